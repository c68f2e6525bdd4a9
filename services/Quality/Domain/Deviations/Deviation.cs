using Platform.BuildingBlocks.Persistence;
using Platform.Contracts;
using Platform.Rules;

namespace Quality.Domain.Deviations;

/// <summary>
/// An avvikelse (SOSFS 2011:9): reported on a case or on the organisation, its risk probability × severity (each
/// 1–4, above 8 serious and for the head of department), investigated by the responsible unit manager within
/// the <c>deviation-investigation</c> rule, the outcome told to the reporter; a serious wrong becomes a Lex
/// Sarah matter, whose investigation is due at IVO by the <c>lex-sarah-ivo-report</c> rule.
/// </summary>
internal sealed class Deviation : ITenantOwned
{
    public const int SeriousAbove = 8;

    public Guid Id { get; init; }

    public string TenantId { get; set; } = string.Empty;

    public DeviationSource Source { get; init; }

    public Guid? CaseId { get; init; }

    public string? Unit { get; init; }

    public DateTimeOffset ReportedAt { get; init; }

    public string ReportedBy { get; init; } = string.Empty;

    public string ReporterRole { get; init; } = string.Empty;

    public string Description { get; init; } = string.Empty;

    public int Probability { get; init; }

    public int Severity { get; init; }

    public DateTimeOffset InvestigationDueAt { get; init; }

    public DeviationStatus Status { get; private set; }

    public string? Causes { get; private set; }

    public string? Actions { get; private set; }

    public string? FollowUp { get; private set; }

    public DateTimeOffset? InvestigatedAt { get; private set; }

    public DateTimeOffset? OutcomeToldAt { get; private set; }

    public DateTimeOffset? LexSarahAt { get; private set; }

    public DateTimeOffset? ReportedToIvoAt { get; private set; }

    public DateTimeOffset? IvoReportDueAt { get; private set; }

    public int Version { get; private set; }

    public int Risk => Probability * Severity;

    public bool Serious => Risk > SeriousAbove;

    public static Deviation Report(Guid id, DeviationSource source, Guid? caseId, string? unit, string reportedBy, string role, string description, int probability, int severity, DateTimeOffset now) => new()
    {
        Id = id,
        Source = source,
        CaseId = caseId,
        Unit = unit,
        ReportedAt = now,
        ReportedBy = reportedBy,
        ReporterRole = role,
        Description = description,
        Probability = probability,
        Severity = severity,
        InvestigationDueAt = RuleCatalogue.Due(RuleIds.DeviationInvestigation, now),
    };

    public void Investigate(string causes, string actions, string followUp, DateTimeOffset now)
    {
        (Causes, Actions, FollowUp, InvestigatedAt, Status) = (causes, actions, followUp, now, DeviationStatus.Investigated);
        Version++;
    }

    public void TellOutcome(DateTimeOffset now)
    {
        (OutcomeToldAt, Status) = (now, DeviationStatus.Closed);
        Version++;
    }

    public void EscalateToLexSarah(DateTimeOffset now)
    {
        LexSarahAt = now;
        Version++;
    }

    public void ReportToIvo(DateTimeOffset reportedAt)
    {
        (ReportedToIvoAt, IvoReportDueAt) = (reportedAt, RuleCatalogue.Due(RuleIds.LexSarahIvoReport, reportedAt));
        Version++;
    }
}
