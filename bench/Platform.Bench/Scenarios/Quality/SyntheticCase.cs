using Platform.Contracts;
using Platform.Contracts.Assessment;
using Platform.Contracts.Intake;

namespace Platform.Bench.Scenarios.Quality;

/// <summary>
/// One synthetic case's events as the other services publish them: a report, its protection assessment, an
/// assessment and the feedback to the reporter; a share goes on to an investigation, and from there to
/// interventions and placements (<see cref="SyntheticInvestigation"/>). Only ids, categories and times.
/// </summary>
internal sealed class SyntheticCase(string tenant, Random random, List<IIntegrationEvent> events)
{
    private static readonly DateTimeOffset HistoryStart = new(2022, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly ReporterCategory[] Reporters = Enum.GetValues<ReporterCategory>();

    /// <summary>Five years of history, ending before the bench's own month so nothing lies in the future.</summary>
    public static readonly DateTimeOffset HistoryEnd = new(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);

    public static readonly string[] Units = ["enhet-1", "enhet-2", "enhet-3", "enhet-4"];

    public string Tenant => tenant;

    public Random Random => random;

    public Guid ChildId { get; } = Guid.NewGuid();

    public LegalGender Gender { get; private set; }

    public string? BirthYearMonth { get; private set; }

    public string Unit { get; private set; } = Units[0];

    public void Write()
    {
        var received = HistoryStart.AddMinutes(random.NextDouble() * (HistoryEnd - HistoryStart).TotalMinutes * 0.98);
        Gender = random.NextDouble() switch { < 0.48 => LegalGender.Female, < 0.96 => LegalGender.Male, _ => LegalGender.Unknown };
        BirthYearMonth = received.AddMonths(-random.Next(0, 21 * 12)).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        Unit = Units[Math.Min(Units.Length - 1, (int)(-Math.Log(1 - random.NextDouble()) * 1.5))];
        var reportId = Guid.NewGuid();
        var reporter = Reporters[random.Next(Reporters.Length)];
        var feedback = random.NextDouble() < 0.3;
        Add(new ReportRegistered
        {
            EventId = Guid.NewGuid(), TenantId = tenant, OccurredAt = received, ReportId = reportId, CaseNumber = "BENCH",
            ReceivedAt = received, Classification = Classification.Anmalan, ReporterCategory = reporter, IsMandatoryReporter = true,
            FeedbackRequested = feedback, ConcernCategories = [ConcernCategory.Neglect], ChildId = ChildId, ChildGender = Gender,
            ChildBirthYearMonth = BirthYearMonth, IsProtectedIdentity = false, Unit = Unit, ProtectionAssessmentDueAt = received.AddHours(24),
        });
        if (random.NextDouble() < 0.95)
        {
            var assessed = received.AddHours(1 + random.NextDouble() * 28);
            Add(new ProtectionAssessmentRecorded
            {
                EventId = Guid.NewGuid(), TenantId = tenant, OccurredAt = assessed, ReportId = reportId, ChildId = ChildId, AssessedAt = assessed,
                DueAt = received.AddHours(24), WithinDeadline = assessed <= received.AddHours(24), ImmediateProtectionNeeded = false, AssessorRole = "handlaggare",
            });
        }

        if (random.NextDouble() < 0.8)
        {
            Assess(reportId, received, reporter, feedback);
        }
    }

    public void Add(IIntegrationEvent message)
    {
        if (message.OccurredAt <= HistoryEnd)
        {
            events.Add(message);
        }
    }

    private void Assess(Guid reportId, DateTimeOffset received, ReporterCategory reporter, bool feedback)
    {
        var assessmentId = Guid.NewGuid();
        var opened = received.AddHours(2 + random.NextDouble() * 24);
        var due = received.AddDays(14);
        var violence = random.NextDouble() < 0.2;
        Add(new AssessmentOpened
        {
            EventId = Guid.NewGuid(), TenantId = tenant, OccurredAt = opened, AssessmentId = assessmentId, ReportId = reportId, ChildId = ChildId,
            Classification = Classification.Anmalan, ReceivedAt = received, DueAt = due, RuleId = "initial-assessment", IsStatutory = true,
            HasViolenceConcern = violence, ChildGender = Gender, ChildBirthYearMonth = BirthYearMonth, Unit = Unit,
        });
        if (random.NextDouble() >= 0.95)
        {
            return;
        }

        var decided = opened.AddDays(2 + random.NextDouble() * 16);
        var investigate = random.NextDouble() < 0.35;
        Add(new AssessmentDecided
        {
            EventId = Guid.NewGuid(), TenantId = tenant, OccurredAt = decided, AssessmentId = assessmentId, ChildId = ChildId, ReportIds = [reportId],
            Outcome = investigate ? AssessmentOutcome.OpenInvestigation : AssessmentOutcome.DoNotOpen, DecidedAt = decided, DueAt = due,
            WithinDeadline = decided <= due, StatutoryDueAt = due, WithinStatutoryDeadline = decided <= due, WasExtended = false, IsStatutory = true,
            DeciderRole = "enhetschef", DelegationValid = random.NextDouble() < 0.98, DelegationBasis = DelegationBasis.DelegationOrder,
            FlaggedForQualityFollowUp = false, Unit = Unit,
        });
        if (feedback)
        {
            var told = decided.AddDays(random.NextDouble() * 5);
            Add(random.NextDouble() < 0.8
                ? new ReporterFeedbackGiven
                {
                    EventId = Guid.NewGuid(), TenantId = tenant, OccurredAt = told, AssessmentId = assessmentId, ReportId = reportId, ReporterCategory = reporter,
                    OutcomeTold = investigate ? AssessmentOutcome.OpenInvestigation : AssessmentOutcome.DoNotOpen, GivenAt = told, DueAt = decided.AddDays(7), WithinDeadline = true,
                }
                : new ReporterFeedbackNotGiven
                {
                    EventId = Guid.NewGuid(), TenantId = tenant, OccurredAt = told, AssessmentId = assessmentId, ReportId = reportId, ReporterCategory = reporter,
                    EndedAt = told, DueAt = decided.AddDays(7),
                });
        }

        if (investigate)
        {
            new SyntheticInvestigation(this).Write(assessmentId, reportId, decided.AddDays(1), violence);
        }
    }
}
