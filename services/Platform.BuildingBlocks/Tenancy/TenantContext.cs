using Microsoft.AspNetCore.Http;
using Platform.Contracts.Tenancy;
using Platform.ServiceDefaults.Authentication;

namespace Platform.BuildingBlocks.Tenancy;

/// <summary>
/// The tenant that the current unit of work (a request or a consumed message) is scoped to. Every
/// query filter and the database's row-level security read it; nothing runs unscoped by accident.
/// </summary>
public sealed class TenantContext(IHttpContextAccessor accessor)
{
    /// <summary>The value that lets the outbox relay see every tenant's outbox rows (and nothing else).</summary>
    public const string MessagingSystemScope = "*";

    private string? _explicit;

    /// <summary>The current tenant's code, or null when none is set.</summary>
    public string? Current => _explicit ?? FromToken();

    /// <summary>The current tenant's code; throws when none is set.</summary>
    public string Required => Current ?? throw new InvalidOperationException("No tenant is set for this unit of work.");

    /// <summary>Scopes this unit of work to a tenant (for consumers, which have no token).</summary>
    public void Use(TenantId tenant)
    {
        if (_explicit is not null && _explicit != tenant.Value)
        {
            throw new InvalidOperationException("A unit of work cannot change tenant.");
        }

        _explicit = tenant.Value;
    }

    /// <summary>Scopes this unit of work to the messaging infrastructure (outbox relay only).</summary>
    internal void UseMessagingSystemScope() => _explicit = MessagingSystemScope;

    private string? FromToken()
    {
        var user = accessor.HttpContext?.User;
        if (user?.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        return user.FindFirst(PlatformClaimTypes.Municipality)?.Value ?? user.FindFirst(PlatformClaimTypes.Region)?.Value;
    }
}
