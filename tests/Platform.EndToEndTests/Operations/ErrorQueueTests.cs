using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Operations;
using Platform.EndToEndTests.Assessment;

namespace Platform.EndToEndTests.Operations;

/// <summary>Operators see the broker's error queues without personal data, and replay what failed once its cause is fixed.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ErrorQueueTests(PlatformFixture platform)
{
    private const string Origin = "assessment-protection-assessment-recorded";
    private const string ErrorQueue = Origin + "_error";
    private const string Queues = "/api/operations/error-queues";

    [Fact]
    public async Task Given_a_message_parked_because_its_report_was_missing_When_an_operator_peeks_then_replays_it_after_the_report_arrives_Then_no_body_is_shown_and_it_is_consumed()
    {
        // Arrange: the protection assessment arrives before the report it assesses, so its consumer keeps failing.
        await using var desk = await MunicipalityDesk.OpenAsync(platform);
        using var operatorClient = await platform.ForMunicipalityAsync(desk.Municipality, role: "operator", qualified: false);
        var report = Reports.Registered(desk.Municipality, Guid.NewGuid());
        var recorded = AssessmentApi.ProtectionAssessment(report);
        await desk.Bus.PublishAsync(recorded, recorded.EventId);
        var (peeked, parked) = await ApiClients.EventuallyAsync(async () =>
        {
            // The error queue is declared with the first message parked in it; until then it is a 404.
            using var response = await operatorClient.GetAsync(new Uri($"{Queues}/{ErrorQueue}/messages?take={ErrorQueueEndpoints.MaxTake}", UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            var text = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var message = JsonDocument.Parse(text).RootElement.EnumerateArray()
                .FirstOrDefault(m => m.GetProperty("messageId").GetString() == recorded.EventId.ToString());
            return message.ValueKind == JsonValueKind.Object ? Tuple.Create(text, message) : null;
        }, TimeSpan.FromSeconds(60));
        var listed = await ApiClients.EventuallyAsync(async () =>
            (await operatorClient.GetFromJsonAsync<JsonElement>(Queues)).EnumerateArray()
                .FirstOrDefault(q => q.GetProperty("name").GetString() == ErrorQueue && q.GetProperty("messages").GetInt64() >= 1) is { ValueKind: JsonValueKind.Object } queue
                ? Tuple.Create(queue) : null);

        // Act
        await desk.Bus.PublishAsync(report, report.EventId);
        await Reports.AssessmentOfAsync(desk.Caseworker, report.ReportId, TimeSpan.FromSeconds(60));
        using var replay = await operatorClient.PostAsJsonAsync($"{Queues}/{ErrorQueue}/replay", new { messageIds = new[] { recorded.EventId } });

        // Assert
        Assert.Equal(Origin, listed.Item1.GetProperty("origin").GetString());
        Assert.Equal("System.InvalidOperationException", parked.GetProperty("exceptionType").GetString());
        Assert.Contains("urn:message:intake:protection-assessment-recorded:v1", parked.GetProperty("messageTypes").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("Assessment.Consumers.ProtectionAssessmentRecordedConsumer", parked.GetProperty("consumerType").GetString());
        Assert.EndsWith("/" + Origin, parked.GetProperty("inputAddress").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.String, parked.GetProperty("faultedAt").ValueKind);
        Assert.True(parked.GetProperty("redeliveries").GetInt32() >= 1);
        Assert.True(parked.GetProperty("bodyBytes").GetInt32() > 0);
        Assert.DoesNotContain(report.ReportId.ToString(), peeked, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("not been registered", peeked, StringComparison.Ordinal);
        var replayed = await Responses.ExpectAsync(replay, HttpStatusCode.OK);
        Assert.Equal(1, replayed.GetProperty("moved").GetInt32());
        Assert.Equal(Origin, replayed.GetProperty("queue").GetString());
        await ApiClients.EventuallyAsync(async () =>
            (await Reports.AssessmentOfAsync(desk.Caseworker, report.ReportId))!.Value.GetProperty("reports").EnumerateArray()
                .Any(r => r.GetProperty("protectionAssessmentRecorded").GetBoolean()) ? "consumed" : null, TimeSpan.FromSeconds(30));
        Assert.DoesNotContain(recorded.EventId.ToString(), await operatorClient.GetStringAsync($"{Queues}/{ErrorQueue}/messages?take={ErrorQueueEndpoints.MaxTake}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_caseworker_or_no_token_When_the_error_queues_are_asked_for_Then_403_naming_the_rule_or_401()
    {
        // Arrange
        using var caseworker = await platform.ForMunicipalityAsync(Municipalities.Next());
        using var anonymous = platform.CreateGatewayClient();

        // Act
        using var refused = await caseworker.PostAsJsonAsync($"{Queues}/{ErrorQueue}/replay", new { all = true });
        using var unauthenticated = await anonymous.GetAsync(new Uri(Queues, UriKind.Relative));

        // Assert
        var problem = await Responses.ExpectAsync(refused, HttpStatusCode.Forbidden);
        Assert.Equal(OperatorOnly.Rule, problem.GetProperty("rule").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
    }

    [Theory]
    [InlineData("no-such-queue_error", HttpStatusCode.NotFound)]
    [InlineData(Origin, HttpStatusCode.BadRequest)]
    public async Task Given_an_operator_When_a_queue_is_unknown_or_not_an_error_queue_Then_404_or_400_naming_queue(string queue, HttpStatusCode expected)
    {
        // Arrange
        using var operatorClient = await platform.ForMunicipalityAsync(Municipalities.Next(), role: "operator", qualified: false);

        // Act
        using var response = await operatorClient.GetAsync(new Uri($"{Queues}/{queue}/messages", UriKind.Relative));

        // Assert
        var problem = await Responses.ExpectAsync(response, expected);
        var named = expected == HttpStatusCode.BadRequest
            ? problem.GetProperty("errors").EnumerateObject().Single().Name
            : problem.GetProperty("detail").GetString();
        Assert.Contains("queue", named, StringComparison.Ordinal);
    }
}
