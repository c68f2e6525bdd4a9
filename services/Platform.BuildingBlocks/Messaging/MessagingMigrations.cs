using Microsoft.EntityFrameworkCore.Migrations;
using Platform.BuildingBlocks.Persistence;
using Platform.BuildingBlocks.Tenancy;

namespace Platform.BuildingBlocks.Messaging;

/// <summary>What the outbox and inbox tables need beyond the model, in a service's baseline migration.</summary>
public static class MessagingMigrations
{
    /// <summary>
    /// Tenant row-level security for the outbox and inbox, which the relay must also read across
    /// tenants under the messaging system scope; no domain table accepts that scope.
    /// </summary>
    public static void EnableMessagingRowSecurity(this MigrationBuilder migrationBuilder, string table) =>
        migrationBuilder.EnableRowSecurity(table,
            $"tenant_id = current_setting('app.tenant', true) OR current_setting('app.tenant', true) = '{TenantContext.MessagingSystemScope}'");
}
