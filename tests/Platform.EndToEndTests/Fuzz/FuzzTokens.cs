using System.Text;
using System.Text.Json.Nodes;
using Gateway.DevTokens;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;
using Platform.ServiceDefaults.Authentication;

namespace Platform.EndToEndTests.Fuzz;

/// <summary>Tokens for the fuzz run: a municipality's own staff, other roles, and tokens the platform must refuse.</summary>
internal static class FuzzTokens
{
    /// <summary>The callers that send every operation's base request besides its own caller.</summary>
    public static async Task<List<(string Kind, FuzzCaller Caller, FuzzExpectation Expect)>> OthersAsync(PlatformFixture platform, string municipality)
    {
        using var gateway = platform.CreateGatewayClient();
        var valid = await IssueAsync(gateway, municipality);
        var region = "9" + municipality[1];
        const string Anonymous = "anonymous";
        return
        [
            ("no-token", new FuzzCaller(null, Anonymous), FuzzExpectation.Unauthorized),
            ("expired-token", new FuzzCaller(Expired(platform, municipality), Anonymous), FuzzExpectation.Unauthorized),
            ("tampered-signature", new FuzzCaller(TamperedSignature(valid), Anonymous), FuzzExpectation.Unauthorized),
            ("altered-claims", new FuzzCaller(AlteredMunicipality(valid, Municipalities.Next()), Anonymous), FuzzExpectation.Unauthorized),
            ("other-role:operator", new FuzzCaller(await IssueAsync(gateway, municipality, PlatformRoles.Operator), municipality), FuzzExpectation.NoServerError),
            ("other-role:namnd", new FuzzCaller(await IssueAsync(gateway, municipality, PlatformRoles.Namnd), municipality), FuzzExpectation.NoServerError),
            ("other-role:regionanalytiker", new FuzzCaller(await ApiClients.IssueAsync(gateway, new
            {
                sub = "analyst-" + region, name = "Regional Analytiker", region, role = PlatformRoles.Regionanalytiker, qualified = false,
            }), region), FuzzExpectation.NoServerError),
        ];
    }

    public static async Task<FuzzCaller> CaseworkerAsync(PlatformFixture platform, string municipality)
    {
        using var gateway = platform.CreateGatewayClient();
        return new FuzzCaller(await IssueAsync(gateway, municipality), municipality);
    }

    private static Task<string> IssueAsync(HttpClient gateway, string municipality, string role = PlatformRoles.Handlaggare) =>
        ApiClients.IssueAsync(gateway, new { sub = role + "-" + municipality, name = "Test Testsson", municipality, role, qualified = true });

    private static string Expired(PlatformFixture platform, string municipality)
    {
        var issuer = new TokenIssuer(TokenIssuer.Credentials(platform.SigningKey),
            new PlatformAuthOptions { Issuer = "platform-local", Audience = "platform-api" },
            new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(-3)));
        return issuer.Issue(
            [new(PlatformClaimTypes.Subject, "u1"), new(PlatformClaimTypes.Role, PlatformRoles.Handlaggare), new(PlatformClaimTypes.Municipality, municipality)],
            TimeSpan.FromHours(1));
    }

    private static string TamperedSignature(string token)
    {
        var parts = token.Split('.');
        var signature = parts[2].ToCharArray();
        var middle = signature.Length / 2;
        signature[middle] = signature[middle] == 'A' ? 'B' : 'A';
        return $"{parts[0]}.{parts[1]}.{new string(signature)}";
    }

    /// <summary>The same signature over claims that now name another municipality.</summary>
    private static string AlteredMunicipality(string token, string municipality)
    {
        var parts = token.Split('.');
        var claims = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!;
        claims[PlatformClaimTypes.Municipality] = municipality;
        return $"{parts[0]}.{Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(claims.ToJsonString()))}.{parts[2]}";
    }
}
