namespace Platform.Contracts.Investigation;

/// <summary>The legal basis of an intervention.</summary>
public enum LegalBasis
{
    /// <summary>Voluntary, under the Social Services Act.</summary>
    Sol,

    /// <summary>Compulsory care under 2 § LVU (the home environment).</summary>
    Lvu2,

    /// <summary>Compulsory care under 3 § LVU (the young person's own behaviour).</summary>
    Lvu3,
}
