namespace Platform.ServiceDefaults.Authentication;

/// <summary>The roles of the platform's users (DOMAIN.md §1).</summary>
public static class PlatformRoles
{
    /// <summary>Caseworker (handläggare / socialsekreterare).</summary>
    public const string Handlaggare = "handlaggare";

    /// <summary>Team lead.</summary>
    public const string Teamledare = "teamledare";

    /// <summary>Unit manager.</summary>
    public const string Enhetschef = "enhetschef";

    /// <summary>Head of the social services department; decides sub-delegation.</summary>
    public const string Forvaltningschef = "forvaltningschef";

    /// <summary>The political committee (nämnd or utskott).</summary>
    public const string Namnd = "namnd";

    /// <summary>The committee's secretary (nämndsekreterare): enters the committee's decisions with meeting date and protocol paragraph.</summary>
    public const string Namndsekreterare = "namndsekreterare";

    /// <summary>Quality developer.</summary>
    public const string Kvalitetsutvecklare = "kvalitetsutvecklare";

    /// <summary>Regional analyst: de-identified county-wide data only.</summary>
    public const string Regionanalytiker = "regionanalytiker";

    /// <summary>Platform operator: health, traces, queues; never personal data.</summary>
    public const string Operator = "operator";

    /// <summary>Every role.</summary>
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        Handlaggare, Teamledare, Enhetschef, Forvaltningschef, Namnd, Namndsekreterare, Kvalitetsutvecklare, Regionanalytiker, Operator,
    };
}
