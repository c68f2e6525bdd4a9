namespace PlatformConsole.Gateway;

/// <summary>Where the console reaches the platform's API: the gateway, never a service or a database.</summary>
internal sealed class GatewayOptions
{
    public const string Section = "Console";

    /// <summary>The gateway's base address (the app host sets <c>Console__GatewayUrl</c>).</summary>
    public string GatewayUrl { get; set; } = "http://localhost:8080";
}
