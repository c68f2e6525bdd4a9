namespace PlatformConsole.SignIn;

/// <summary>The development sign-in form: a test user of a municipality or a region, as the gateway's /dev/token takes it.</summary>
internal sealed class TestUser
{
    public string Name { get; set; } = "Testa Testsson";

    /// <summary>A kommunkod (four digits) or a länskod (two digits).</summary>
    public string Organisation { get; set; } = "0484";

    public string Role { get; set; } = Platform.ServiceDefaults.Authentication.PlatformRoles.Handlaggare;

    public string? Unit { get; set; }

    public bool Qualified { get; set; } = true;

    public bool IsRegion => Organisation.Trim().Length == 2;

    public object TokenRequest() => new
    {
        sub = $"{Role}-{Organisation.Trim()}-{(Unit ?? "").Trim()}",
        name = Name.Trim(),
        municipality = IsRegion ? null : Organisation.Trim(),
        region = IsRegion ? Organisation.Trim() : null,
        role = Role,
        unit = string.IsNullOrWhiteSpace(Unit) ? null : Unit.Trim(),
        qualified = Qualified,
    };
}
