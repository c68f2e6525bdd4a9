using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace Platform.ServiceDefaults.Authentication;

/// <summary>Bearer-token authentication required on every endpoint that does not opt out.</summary>
public static class AuthenticationExtensions
{
    /// <summary>Adds the token handler and a fallback policy that requires an authenticated user.</summary>
    public static IServiceCollection AddPlatformAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(PlatformAuthOptions.Section).Get<PlatformAuthOptions>() ?? new PlatformAuthOptions();
        services.AddSingleton(options);
        services.AddSingleton(new TokenValidationParameters
        {
            ValidIssuer = options.Issuer,
            ValidAudience = options.Audience,
            IssuerSigningKey = options.CreateSecurityKey(),
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = TimeSpan.FromSeconds(30),
        });
        // The system clock, as the token validator's own lifetime check uses.
        services.AddSingleton(new ValidatedTokens(TimeProvider.System));
        services.AddAuthentication(PlatformTokenHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, PlatformTokenHandler>(PlatformTokenHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        return services;
    }
}
