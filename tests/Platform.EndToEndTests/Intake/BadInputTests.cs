using System.Net;
using System.Text.Json.Nodes;

namespace Platform.EndToEndTests.Intake;

[Collection(PlatformCollection.Name)]
public sealed class BadInputTests(PlatformFixture platform)
{
    public static TheoryData<string, string> BadRegistrations => new()
    {
        { "bad-check-digit", "child.identityNumber" },
        { "impossible-date", "child.identityNumber" },
        { "received-in-future", "receivedAt" },
        { "received-without-offset", "receivedAt" },
        { "unknown-concern", "concernCategories[1]" },
        { "no-concern", "concernCategories" },
        { "unknown-classification", "classification" },
        { "unknown-channel", "channel" },
        { "missing-reporter", "reporter" },
        { "unknown-reporter-category", "reporter.category" },
        { "missing-mandatory-flag", "reporter.isMandatoryReporter" },
        { "anonymous-mandatory-reporter", "reporter.isMandatoryReporter" },
        { "description-too-long", "description" },
        { "missing-description", "description" },
        { "missing-child", "child" },
        { "both-identities", "child" },
        { "temporary-birth-date-in-future", "child.temporaryIdentity.birthDate" },
        { "wrong-json-type", "reporter.requestedFeedback" },
    };

    [Theory]
    [MemberData(nameof(BadRegistrations))]
    public async Task Given_a_bad_field_When_registering_Then_400_names_it_and_nothing_is_written(string change, string field)
    {
        // Arrange
        var municipality = Municipalities.Next();
        var client = await platform.ForMunicipalityAsync(municipality);
        var report = IntakeRequests.Report(Reports.IdentityNumber(7));
        Spoil(report, change);

        // Act
        using var response = await client.PostAsync("/api/intake/reports", report);

        // Assert
        Assert.Contains(field, await IntakeApi.ValidationFieldsAsync(response));
        foreach (var table in new[] { "reports", "children", "case_number_counters", "outbox_messages", "access_log" })
        {
            Assert.Equal(0, await IntakeDatabase.CountAsync(platform, table, municipality));
        }
    }

    [Fact]
    public async Task Given_several_bad_fields_When_registering_Then_each_is_named()
    {
        // Arrange
        var client = await platform.ForMunicipalityAsync(Municipalities.Next());
        var report = IntakeRequests.Report("811218-9875");
        report["receivedAt"] = IntakeRequests.Instant(DateTimeOffset.UtcNow.AddHours(3));
        report.Remove("reporter");

        // Act
        using var response = await client.PostAsync("/api/intake/reports", report);

        // Assert
        var fields = await IntakeApi.ValidationFieldsAsync(response);
        Assert.Equal(["child.identityNumber", "receivedAt", "reporter"], fields.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Given_a_bad_identity_number_When_refused_Then_the_answer_does_not_echo_it()
    {
        // Arrange
        var client = await platform.ForMunicipalityAsync(Municipalities.Next());

        // Act
        using var response = await client.PostAsync("/api/intake/reports", IntakeRequests.Report("19811218-9875"));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("9875", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static void Spoil(JsonObject report, string change)
    {
        var reporter = report["reporter"]!.AsObject();
        var child = report["child"]!.AsObject();
        switch (change)
        {
            case "bad-check-digit": child["identityNumber"] = "811218-9875"; break;
            case "impossible-date": child["identityNumber"] = "810230-1234"; break;
            case "received-in-future": report["receivedAt"] = IntakeRequests.Instant(DateTimeOffset.UtcNow.AddHours(1)); break;
            case "received-without-offset": report["receivedAt"] = "2026-11-24T09:30:00"; break;
            case "unknown-concern": report["concernCategories"] = new JsonArray("neglect", "boredom"); break;
            case "no-concern": report["concernCategories"] = new JsonArray(); break;
            case "unknown-classification": report["classification"] = "rumour"; break;
            case "unknown-channel": report["channel"] = "pigeon"; break;
            case "missing-reporter": report.Remove("reporter"); break;
            case "unknown-reporter-category": reporter["category"] = "neighbour-cat"; break;
            case "missing-mandatory-flag": reporter.Remove("isMandatoryReporter"); break;
            case "anonymous-mandatory-reporter": reporter["category"] = "anonymous"; reporter.Remove("name"); reporter.Remove("contact"); break;
            case "description-too-long": report["description"] = new string('x', 8001); break;
            case "missing-description": report["description"] = "  "; break;
            case "missing-child": report.Remove("child"); break;
            case "both-identities": child["temporaryIdentity"] = new JsonObject { ["knownName"] = "Kim" }; break;
            case "temporary-birth-date-in-future":
                report["child"] = new JsonObject { ["temporaryIdentity"] = new JsonObject { ["birthDate"] = "2099-01-01" } };
                break;
            case "wrong-json-type": reporter["requestedFeedback"] = "maybe"; break;
            default: throw new ArgumentOutOfRangeException(nameof(change), change, null);
        }
    }
}
