using Assessment.Domain.Assessments;
using Platform.BuildingBlocks.Delegation;
using Platform.Contracts.Assessment;
using Platform.Contracts.Intake;
using Platform.Rules;
using Platform.Testing.Messaging;

namespace Assessment.Tests.Unit;

public sealed class InitialAssessmentTests
{
    private static readonly DateTimeOffset Received = new(2026, 11, 22, 15, 40, 0, TimeSpan.Zero);
    private static readonly Decider TeamLead = new("t1", "Tove", "teamledare", true);
    private static readonly RulePeriod SevenDays = RulePeriod.Days(7);

    private static AssessmentReport Report(
        Classification reportClass = Classification.Anmalan,
        DateTimeOffset? receivedAt = null,
        bool mandatory = true,
        bool asked = true,
        params ConcernCategory[] concerns) =>
        AssessmentReport.From(Registered(receivedAt ?? Received) with
        {
            Classification = reportClass,
            IsMandatoryReporter = mandatory,
            FeedbackRequested = asked,
            ConcernCategories = concerns.Length == 0 ? [ConcernCategory.Neglect] : concerns,
        }, Received);

    private static ReportRegistered Registered(DateTimeOffset receivedAt) =>
        RegisteredReports.Anmalan("0484", receivedAt, Guid.Empty) with { OccurredAt = Received, CaseNumber = "2026-000001", ChildBirthYearMonth = null };

    private static DecisionInput Decision(AssessmentOutcome outcome, string? overrideReason = null) => new(outcome, "Skäl.", overrideReason, null);

    [Fact]
    public void Given_an_open_assessment_When_a_later_report_joins_Then_the_deadline_stays_that_of_the_first()
    {
        // Arrange
        var assessment = InitialAssessment.Open(Report(), priorKnowledgeInRecords: false, Received);
        var due = assessment.DueAt;

        // Act
        assessment.Attach(Report(Classification.AnnanKannedom, Received.AddDays(5)), ReportDisposition.JoinedAssessment);

        // Assert
        Assert.Equal(due, assessment.DueAt);
        Assert.Equal(2, assessment.Reports.Count);
        Assert.True(assessment.IsStatutory);
    }

    [Fact]
    public void Given_an_open_assessment_When_a_report_received_earlier_joins_Then_the_deadline_runs_from_it_and_the_move_is_returned()
    {
        // Arrange
        var assessment = InitialAssessment.Open(Report(), priorKnowledgeInRecords: false, Received);
        var due = assessment.DueAt;

        // Act
        var moved = assessment.Attach(Report(receivedAt: Received.AddDays(-4)), ReportDisposition.JoinedAssessment);

        // Assert
        Assert.Equal(due.AddDays(-4), assessment.DueAt);
        Assert.Equal(assessment.DueAt, assessment.OriginalDueAt);
        Assert.Equal(due, moved?.PreviousDueAt);
        Assert.Equal(Received.AddDays(-4), assessment.ReceivedAt);
    }

    [Fact]
    public void Given_an_extended_assessment_When_an_earlier_report_moves_the_rule_date_past_and_it_is_decided_Then_it_is_late_against_the_rule_but_not_the_extension()
    {
        // Arrange
        var assessment = InitialAssessment.Open(Report(), priorKnowledgeInRecords: false, Received);
        assessment.Extend(assessment.DueAt.AddDays(10), "Synnerliga skäl.", TeamLead, DelegationVerdict.ByOrder(1), Received.AddDays(1));
        assessment.Attach(Report(receivedAt: Received.AddDays(-10)), ReportDisposition.JoinedAssessment);

        // Act
        assessment.Decide(Decision(AssessmentOutcome.OpenInvestigation), TeamLead, DelegationVerdict.ByOrder(1), SevenDays, Received.AddDays(8));

        // Assert
        Assert.False(assessment.DecidedWithinStatutoryDeadline);
        Assert.True(assessment.DecidedWithinDeadline);
        Assert.True(assessment.IsExtended);
    }

    [Fact]
    public void Given_a_report_of_violence_by_a_close_relative_When_not_opening_is_considered_Then_the_law_forbids_it()
    {
        // Arrange
        var report = AssessmentReport.From(Registered(Received) with { ViolenceByCloseRelative = true }, Received);
        var assessment = InitialAssessment.Open(report, priorKnowledgeInRecords: false, Received);

        // Act
        var forbidden = assessment.ForbidsNotOpening(AssessmentOutcome.DoNotOpen);

        // Assert
        Assert.True(forbidden);
        Assert.False(assessment.ForbidsNotOpening(AssessmentOutcome.OpenInvestigation));
    }

    [Fact]
    public void Given_an_assessment_of_annan_kannedom_When_an_anmalan_joins_Then_it_becomes_statutory()
    {
        // Arrange
        var assessment = InitialAssessment.Open(Report(Classification.AnnanKannedom), priorKnowledgeInRecords: false, Received);

        // Act
        var before = assessment.IsStatutory;
        assessment.Attach(Report(), ReportDisposition.JoinedAssessment);

        // Assert
        Assert.False(before);
        Assert.True(assessment.IsStatutory);
    }

    [Fact]
    public void Given_an_extended_deadline_When_a_report_joins_Then_the_extension_is_kept()
    {
        // Arrange
        var assessment = InitialAssessment.Open(Report(), priorKnowledgeInRecords: false, Received);
        var extended = assessment.DueAt.AddDays(7);
        assessment.Extend(extended, "Synnerliga skäl.", TeamLead, DelegationVerdict.ByOrder(1), Received.AddDays(3));

        // Act
        assessment.Attach(Report(), ReportDisposition.JoinedAssessment);

        // Assert
        Assert.Equal(extended, assessment.DueAt);
        Assert.True(assessment.IsExtended);
    }

    [Fact]
    public void Given_the_deadline_has_passed_When_decided_Then_the_decision_stands_and_is_recorded_as_late()
    {
        // Arrange
        var assessment = InitialAssessment.Open(Report(), priorKnowledgeInRecords: false, Received);

        // Act
        assessment.Decide(Decision(AssessmentOutcome.OpenInvestigation), TeamLead, DelegationVerdict.ByOrder(1), SevenDays, assessment.DueAt.AddMinutes(1));

        // Assert
        Assert.Equal(AssessmentStatus.Decided, assessment.Status);
        Assert.False(assessment.DecidedWithinDeadline);
    }

    [Theory]
    [InlineData(true, true, 1)]
    [InlineData(true, false, 0)]
    [InlineData(false, true, 0)]
    public void Given_a_reporter_When_decided_Then_a_feedback_task_exists_exactly_when_a_mandatory_reporter_asked(bool mandatory, bool asked, int tasks)
    {
        // Arrange
        var assessment = InitialAssessment.Open(Report(mandatory: mandatory, asked: asked), priorKnowledgeInRecords: false, Received);

        // Act
        assessment.Decide(Decision(AssessmentOutcome.DoNotOpen), TeamLead, DelegationVerdict.ByOrder(1), SevenDays, Received.AddDays(2));

        // Assert
        Assert.Equal(tasks, assessment.FeedbackTasks.Count);
        Assert.All(assessment.FeedbackTasks, t => Assert.Equal(AssessmentOutcome.DoNotOpen, t.Outcome));
    }

    [Fact]
    public void Given_a_violence_concern_When_decided_not_to_open_Then_an_override_is_needed_and_the_decision_is_flagged()
    {
        // Arrange
        var assessment = InitialAssessment.Open(Report(concerns: ConcernCategory.Violence), priorKnowledgeInRecords: false, Received);

        // Act
        var needed = assessment.NeedsViolenceOverride(AssessmentOutcome.DoNotOpen);
        assessment.Decide(Decision(AssessmentOutcome.DoNotOpen, "Annan myndighet har insats."), TeamLead, DelegationVerdict.ByOrder(1), SevenDays, Received.AddDays(1));

        // Assert
        Assert.True(needed);
        Assert.False(assessment.NeedsViolenceOverride(AssessmentOutcome.OpenInvestigation));
        Assert.True(assessment.FlaggedForQualityFollowUp);
        Assert.Equal("Annan myndighet har insats.", assessment.ViolenceOverrideReason);
    }

    [Fact]
    public void Given_prior_knowledge_without_a_weighing_When_checked_before_a_decision_Then_it_is_missing()
    {
        // Arrange
        var assessment = InitialAssessment.Open(Report(), priorKnowledgeInRecords: true, Received);
        assessment.RecordChildView(false, "Barnet är för litet för samtal.", TeamLead, Received);

        // Act
        var missing = assessment.MissingBefore(AssessmentOutcome.OpenInvestigation);

        // Assert
        Assert.Equal(new[] { "prior-knowledge" }, missing);
    }

    [Fact]
    public void Given_an_assessment_with_one_report_When_that_report_becomes_an_ansokan_Then_it_closes()
    {
        // Arrange
        var report = Report();
        var assessment = InitialAssessment.Open(report, priorKnowledgeInRecords: false, Received);

        // Act
        var moved = assessment.Detach(report, Received.AddDays(1));

        // Assert
        Assert.Null(moved);
        Assert.Equal(AssessmentStatus.Closed, assessment.Status);
        Assert.Null(report.AssessmentId);
    }
}
