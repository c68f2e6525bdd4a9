using Intake.Features.RegisterReport;
using Platform.Contracts.Intake;
using Platform.ServiceDefaults.Problems;

namespace Intake.Tests.Unit;

public sealed class RegisterReportValidationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Given_a_report_received_yesterday_When_validated_Then_it_is_accepted_as_an_anmalan_about_the_child()
    {
        // Arrange
        var errors = new ValidationErrors();

        // Act
        var report = RegisterReportValidation.Validate(Request(receivedAt: "2026-11-23T16:40:00+01:00"), Now, errors);

        // Assert
        Assert.True(errors.IsValid);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 15, 40, 0, TimeSpan.Zero), report!.ReceivedAt);
        Assert.Equal(Classification.Anmalan, report.Classification);
        Assert.Equal("198112189876", report.About.Number!.Digits);
        Assert.Equal([ConcernCategory.Neglect], report.Concerns);
    }

    [Theory]
    [InlineData("2026-11-24T13:00:00+01:00", true)]
    [InlineData("2026-11-24T12:01:00Z", true)]
    [InlineData("2026-11-24T12:05:00Z", false)]
    [InlineData("2026-11-25T08:00:00+01:00", false)]
    public void Given_a_receipt_time_around_now_When_validated_Then_only_the_future_beyond_clock_skew_is_refused(string receivedAt, bool accepted)
    {
        // Arrange
        var errors = new ValidationErrors();

        // Act
        RegisterReportValidation.Validate(Request(receivedAt: receivedAt), Now, errors);

        // Assert
        Assert.Equal(accepted, errors.IsValid);
        Assert.Equal(accepted, !errors.ToDictionary().ContainsKey("receivedAt"));
    }

    [Fact]
    public void Given_an_anonymous_reporter_who_claims_to_be_mandatory_When_validated_Then_the_flag_is_refused()
    {
        // Arrange
        var errors = new ValidationErrors();
        var request = Request() with { Reporter = new("anonymous", true, false, null, null, null) };

        // Act
        RegisterReportValidation.Validate(request, Now, errors);

        // Assert
        Assert.Equal(["reporter.isMandatoryReporter"], errors.ToDictionary().Keys);
    }

    [Fact]
    public void Given_a_repeated_concern_When_validated_Then_it_is_kept_once()
    {
        // Arrange
        var errors = new ValidationErrors();

        // Act
        var report = RegisterReportValidation.Validate(Request() with { ConcernCategories = ["neglect", "Neglect", "school-absence"] }, Now, errors);

        // Assert
        Assert.Equal([ConcernCategory.Neglect, ConcernCategory.SchoolAbsence], report!.Concerns);
    }

    [Theory]
    [InlineData("private-person")]
    [InlineData("anonymous")]
    public void Given_a_private_or_anonymous_reporter_marked_mandatory_When_validated_Then_the_flag_is_refused(string category)
    {
        // Arrange
        var errors = new ValidationErrors();
        var request = Request() with { Reporter = new RegisterReportRequest.ReporterFields(category, true, false, null, null, null) };

        // Act
        var report = RegisterReportValidation.Validate(request, Now, errors);

        // Assert
        Assert.Null(report);
        Assert.Contains("reporter.isMandatoryReporter", errors.ToDictionary().Keys);
    }

    [Theory]
    [InlineData("annan-kannedom", null, false)]
    [InlineData("annan-kannedom", "Domstolens begäran om yttrande.", true)]
    [InlineData("anmalan", null, true)]
    public void Given_a_mandatory_reporters_report_When_registered_as_another_class_Then_a_reason_is_required(string classification, string? reason, bool valid)
    {
        // Arrange
        var errors = new ValidationErrors();

        // Act
        RegisterReportValidation.Validate(Request() with { Classification = classification, ClassificationReason = reason }, Now, errors);

        // Assert
        Assert.Equal(valid, !errors.ToDictionary().ContainsKey("classificationReason"));
    }

    [Theory]
    [InlineData("violence", null, false)]
    [InlineData("violence", true, true)]
    [InlineData("violence", false, true)]
    [InlineData("neglect", true, false)]
    [InlineData("neglect", null, true)]
    public void Given_a_concern_When_violence_by_a_close_relative_is_or_is_not_stated_Then_it_is_required_exactly_with_violence(string concern, bool? byCloseRelative, bool valid)
    {
        // Arrange
        var errors = new ValidationErrors();

        // Act
        RegisterReportValidation.Validate(Request() with { ConcernCategories = [concern], ViolenceByCloseRelative = byCloseRelative }, Now, errors);

        // Assert
        Assert.Equal(valid, !errors.ToDictionary().ContainsKey("violenceByCloseRelative"));
    }

    private static RegisterReportRequest Request(string receivedAt = "2026-11-24T11:00:00+01:00") => new(
        receivedAt,
        "phone",
        "anmalan",
        null,
        new RegisterReportRequest.ReporterFields("school", true, true, "Rut", null, null),
        new RegisterReportRequest.ChildFields("811218-9876", null, false),
        ["neglect"],
        null,
        "Oro.",
        null);
}
