using Platform.ServiceDefaults.Problems;
using Quality.Domain.Deviations;

namespace Quality.Features.Deviations;

/// <summary>A deviation as the API shows it; <c>escalatedTo</c> names the head of department when the risk is above 8.</summary>
internal sealed record DeviationView(
    Guid DeviationId,
    string Source,
    Guid? CaseId,
    string? Unit,
    DateTimeOffset ReportedAt,
    string Description,
    int Probability,
    int Severity,
    int Risk,
    bool Serious,
    string? EscalatedTo,
    string Status,
    DateTimeOffset InvestigationDueAt,
    bool InvestigationOverdue,
    string? Causes,
    string? Actions,
    string? FollowUp,
    DateTimeOffset? InvestigatedAt,
    DateTimeOffset? OutcomeToldAt,
    DateTimeOffset? LexSarahAt,
    DateTimeOffset? ReportedToIvoAt,
    DateTimeOffset? IvoReportDueAt,
    int Version)
{
    public static DeviationView Of(Deviation d, DateTimeOffset now) => new(
        d.Id, KebabEnum.Name(d.Source), d.CaseId, d.Unit, d.ReportedAt, d.Description, d.Probability, d.Severity, d.Risk, d.Serious,
        d.Serious ? "forvaltningschef" : null, KebabEnum.Name(d.Status), d.InvestigationDueAt,
        d.InvestigatedAt is null && now > d.InvestigationDueAt, d.Causes, d.Actions, d.FollowUp, d.InvestigatedAt, d.OutcomeToldAt,
        d.LexSarahAt, d.ReportedToIvoAt, d.IvoReportDueAt, d.Version);
}
