namespace Aspire.AppHost.Setup;

/// <summary>The token issuer and audience every project is configured with; tests mint tokens with them.</summary>
public static class PlatformAuthDefaults
{
    public const string Issuer = "platform-local";

    public const string Audience = "platform-api";
}
