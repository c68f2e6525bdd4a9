using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.ServiceDefaults.Authentication;

/// <summary>Bearer-token authentication required on every endpoint that does not opt out.</summary>
public static class AuthenticationExtensions
{
    /// <summary>Adds JWT bearer validation (ES256, public key only) and a fallback policy that requires an authenticated user.</summary>
    public static IServiceCollection AddPlatformAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(PlatformAuthOptions.Section).Get<PlatformAuthOptions>() ?? new PlatformAuthOptions();
        // Built now, so a missing or malformed key stops the process at start-up rather than at the first request.
        var parameters = options.CreateValidationParameters();
        services.AddSingleton(options);
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(bearer =>
            {
                bearer.MapInboundClaims = false;
                bearer.TokenHandlers.Clear();
                // The system clock, as the token validator's own lifetime check uses.
                bearer.TokenHandlers.Add(new CachingTokenHandler(new ValidatedTokens(TimeProvider.System)));
                bearer.TokenValidationParameters = parameters;
                bearer.Events = new JwtBearerEvents { OnTokenValidated = PlatformTokenChecks.RequireTenantAndRole };
            });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        return services;
    }
}
