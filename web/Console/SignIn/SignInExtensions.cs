using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace PlatformConsole.SignIn;

/// <summary>
/// Who is signed in is the console's own decision (the gateway lets its pages through): an encrypted
/// cookie holding the platform token. In Development the token comes from the gateway's /dev/token
/// for a test user; elsewhere from the municipality's identity provider by OpenID Connect, configured
/// under <c>Console:OpenIdConnect</c>.
/// </summary>
internal static class SignInExtensions
{
    public const string SignInPath = "/logga-in";
    public const string SignOutPath = "/logga-ut";
    public const string OpenIdConnectSection = "Console:OpenIdConnect";

    public static WebApplicationBuilder AddConsoleSignIn(this WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        var authentication = builder.Services.AddAuthentication(o =>
            {
                o.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                o.DefaultChallengeScheme = development ? CookieAuthenticationDefaults.AuthenticationScheme : OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(cookie =>
            {
                cookie.Cookie.Name = "konsol";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.LoginPath = SignInPath;
                cookie.AccessDeniedPath = SignInPath;
                // The cookie lives as long as the token in it, no longer.
                cookie.SlidingExpiration = false;
            });
        if (!development)
        {
            authentication.AddOpenIdConnect(oidc =>
            {
                builder.Configuration.GetSection(OpenIdConnectSection).Bind(oidc);
                oidc.ResponseType = "code";
                oidc.SaveTokens = true;
                oidc.MapInboundClaims = false;
                oidc.Events.OnTokenValidated = context =>
                {
                    if (context.TokenEndpointResponse?.AccessToken is { } token)
                    {
                        context.Principal = TokenPrincipal.From(token);
                        context.Properties!.ExpiresUtc = TokenPrincipal.ExpiresAt(token);
                    }

                    return Task.CompletedTask;
                };
            });
        }

        builder.Services.AddAuthorization();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddScoped<DevTokenSignIn>();
        return builder;
    }

    public static WebApplication MapSignIn(this WebApplication app)
    {
        app.MapPost(SignOutPath, async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.LocalRedirect(SignInPath);
        });
        return app;
    }
}
