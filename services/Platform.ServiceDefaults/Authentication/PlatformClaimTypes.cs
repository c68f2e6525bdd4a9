namespace Platform.ServiceDefaults.Authentication;

/// <summary>The claims a platform token carries.</summary>
public static class PlatformClaimTypes
{
    /// <summary>The user's id.</summary>
    public const string Subject = "sub";

    /// <summary>The user's name, recorded on decisions; never logged.</summary>
    public const string Name = "name";

    /// <summary>The municipality's four-digit kommunkod, for municipal staff.</summary>
    public const string Municipality = "municipality";

    /// <summary>The two-digit länskod, for regional analysts.</summary>
    public const string Region = "region";

    /// <summary>The user's role (see <see cref="PlatformRoles"/>).</summary>
    public const string Role = "role";

    /// <summary>The unit the user works in.</summary>
    public const string Unit = "unit";

    /// <summary>Whether the user has a social-work degree or equivalent (3 kap 3 a § SoL).</summary>
    public const string Qualified = "qualified";
}
