using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Platform.ServiceDefaults.Authentication;

/// <summary>
/// JsonWebTokenHandler that remembers the tokens it validated (see <see cref="ValidatedTokens"/>):
/// a repeat of the exact token string skips parsing and the signature check and gets a new identity.
/// </summary>
internal sealed class CachingTokenHandler : JsonWebTokenHandler
{
    private readonly ValidatedTokens validated;

    public CachingTokenHandler(ValidatedTokens validated)
    {
        this.validated = validated;
        MapInboundClaims = false;
    }

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        if (validated.TryGet(token, out var identity, out var securityToken))
        {
            return new TokenValidationResult { IsValid = true, ClaimsIdentity = identity, SecurityToken = securityToken };
        }

        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid)
        {
            validated.Add(token, result.ClaimsIdentity, result.SecurityToken);
        }

        return result;
    }
}
