using System.Globalization;
using Intake.Access;
using Intake.Data;
using Intake.Domain.Settings;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Authorization;
using Platform.Contracts;
using Platform.Contracts.Tenancy;
using Platform.Rules;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Problems;

namespace Intake.Features.Settings;

/// <summary>
/// <c>GET</c>/<c>PUT /api/intake/settings</c>: which roles of the municipality see protected
/// identities. Case workers may read it; the department head or a unit manager changes it.
/// </summary>
internal static class SettingsEndpoints
{
    public static RouteGroupBuilder MapSettings(this RouteGroupBuilder group)
    {
        group.MapGet("/settings", GetAsync).Produces<IntakeSettings>();
        group.MapPut("/settings", PutAsync).DocumentsJsonWrite<IntakeSettings, IntakeSettings>(StatusCodes.Status200OK);
        return group;
    }

    private static async Task<IResult> GetAsync(CurrentUser user, ProtectedIdentityPolicy policy, IntakeDbContext db, TimeProvider time, CancellationToken cancellationToken) =>
        Refusal(user, [.. IntakeAccess.CaseWork, .. IntakeAccess.SettingsEditors])
        ?? Results.Ok(new IntakeSettings(await policy.RolesAsync(cancellationToken), CutOffText(await db.ProtectionAssessmentCutOffAsync(cancellationToken), time)));

    private static async Task<IResult> PutAsync(HttpRequest http, CurrentUser user, IntakeDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (Refusal(user, IntakeAccess.SettingsEditors) is { } refused)
        {
            return refused;
        }

        var errors = new ValidationErrors();
        var request = await JsonRequestBody.ReadAsync<IntakeSettings>(http, errors, cancellationToken);
        var roles = request is null ? null : Roles(request, errors);
        var cutOff = request is null ? null : CutOff(request.ProtectionAssessmentCutOff, errors);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var row = await db.MunicipalitySettings.SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            db.MunicipalitySettings.Add(row = new MunicipalitySettings());
        }

        row.ProtectedIdentityRoles = roles!;
        row.ProtectionAssessmentCutOff = cutOff;
        row.UpdatedAt = time.GetUtcNow();
        row.UpdatedById = Staff.From(user).Id;
        await db.SaveChangesAsync(cancellationToken);
        return Results.Ok(new IntakeSettings(roles, CutOffText(cutOff, time)));
    }

    private static string[]? Roles(IntakeSettings request, ValidationErrors errors)
    {
        if (request.ProtectedIdentityRoles is null)
        {
            errors.Add("protectedIdentityRoles", "Required: a list of roles, possibly empty.");
            return null;
        }

        for (var i = 0; i < request.ProtectedIdentityRoles.Count; i++)
        {
            errors.Require(PlatformRoles.All.Contains(request.ProtectedIdentityRoles[i] ?? string.Empty),
                $"protectedIdentityRoles[{i}]", "Unknown role. One of: " + string.Join(", ", PlatformRoles.All.Order(StringComparer.Ordinal)) + ".");
        }

        return errors.IsValid ? [.. request.ProtectedIdentityRoles.Distinct(StringComparer.Ordinal)] : null;
    }

    /// <summary>The municipality's cut-off, <c>HH:mm</c> local time; null (left out) is the rule's default.</summary>
    private static TimeOnly? CutOff(string? text, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (TimeOnly.TryParseExact(text.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var cutOff))
        {
            return cutOff;
        }

        errors.Add("protectionAssessmentCutOff", "A local time, HH:mm (e.g. 15:00), or left out for the rule's default.");
        return null;
    }

    /// <summary>The cut-off in force, the rule's own when the municipality has none.</summary>
    private static string CutOffText(TimeOnly? cutOff, TimeProvider time) =>
        (cutOff ?? RuleCatalogue.InForce(RuleIds.ProtectionAssessment, StockholmCalendar.LocalDate(time.GetUtcNow())).CutOff!.Value)
            .ToString("HH:mm", CultureInfo.InvariantCulture);

    private static IResult? Refusal(CurrentUser user, string[] roles) =>
        user.Tenant.Kind == TenantKind.Municipality && user.IsInRole(roles)
            ? null
            : Problems.Forbidden(AccessRules.MunicipalSettings, "Only the municipality's staff named for it may see or change intake settings.");
}
