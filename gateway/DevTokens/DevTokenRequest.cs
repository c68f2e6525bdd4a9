namespace Gateway.DevTokens;

internal sealed record DevTokenRequest(
    string? Sub,
    string? Name,
    string? Municipality,
    string? Region,
    string? Role,
    string? Unit,
    bool Qualified,
    int? LifetimeMinutes);
