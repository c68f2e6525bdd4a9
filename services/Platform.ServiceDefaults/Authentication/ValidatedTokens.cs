using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;

namespace Platform.ServiceDefaults.Authentication;

/// <summary>
/// Tokens that passed validation, remembered until they expire, so a caseworker's hundredth request
/// with the same token is not parsed and its signature checked a hundredth time: that was a third of
/// the gateway's allocations per request. Only an exact match of the whole token string is a hit.
/// Each hit gets a new identity with copies of the claims, so nothing a request does to its user
/// reaches another request.
/// </summary>
internal sealed class ValidatedTokens(TimeProvider time)
{
    /// <summary>More than the tokens in use at once in a large municipality; past it the memory is emptied and refills.</summary>
    internal const int Capacity = 4096;

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public int Count => entries.Count;

    public bool TryGet(string token, [NotNullWhen(true)] out ClaimsIdentity? identity, [NotNullWhen(true)] out SecurityToken? securityToken)
    {
        if (entries.TryGetValue(token, out var entry))
        {
            if (time.GetUtcNow() < entry.ExpiresAt)
            {
                identity = entry.NewIdentity();
                securityToken = entry.SecurityToken;
                return true;
            }

            entries.TryRemove(token, out _);
        }

        identity = null;
        securityToken = null;
        return false;
    }

    /// <summary>Remembers a validated token until its <c>exp</c>, without clock skew.</summary>
    public void Add(string token, ClaimsIdentity identity, SecurityToken securityToken)
    {
        if (entries.Count >= Capacity)
        {
            entries.Clear();
        }

        entries[token] = new Entry(
            [.. identity.Claims.Select(c => new Claim(c.Type, c.Value, c.ValueType, c.Issuer, c.OriginalIssuer))],
            identity.AuthenticationType,
            identity.NameClaimType,
            identity.RoleClaimType,
            securityToken,
            new DateTimeOffset(DateTime.SpecifyKind(securityToken.ValidTo, DateTimeKind.Utc)));
    }

    private sealed record Entry(
        Claim[] Claims,
        string? AuthenticationType,
        string NameClaimType,
        string RoleClaimType,
        SecurityToken SecurityToken,
        DateTimeOffset ExpiresAt)
    {
        public ClaimsIdentity NewIdentity() => new(Claims, AuthenticationType, NameClaimType, RoleClaimType);
    }
}
