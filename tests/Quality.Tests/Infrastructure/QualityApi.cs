using System.Text.Json;
using Platform.Contracts;
using Platform.Testing.Messaging;

namespace Quality.Tests.Infrastructure;

/// <summary>The quality API as the tests read it, and the events published as the other services' outboxes would.</summary>
internal static class QualityApi
{
    public static async Task PublishAsync(string amqpUri, IEnumerable<IIntegrationEvent> events)
    {
        await using var bus = await TestBus.StartAsync(amqpUri);
        var publish = typeof(TestBus).GetMethod(nameof(TestBus.PublishAsync))!;
        foreach (var message in events)
        {
            // Published under its own type, as its publisher's outbox does, so it reaches that type's queue.
            await (Task)publish.MakeGenericMethod(message.GetType()).Invoke(bus, [message, message.EventId])!;
        }
    }

    public static async Task<JsonElement> IndicatorsAsync(HttpClient client, string period)
    {
        using var response = await client.GetAsync($"/api/quality/indicators?period={period}");
        return await ExpectAsync(response, HttpStatusCode.OK);
    }

    public static JsonElement Indicator(JsonElement answer, string id) =>
        answer.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);

    public static (long? Numerator, long? Denominator) Figures(JsonElement answer, string id)
    {
        var indicator = Indicator(answer, id);
        return (Number(indicator.GetProperty("numerator")), Number(indicator.GetProperty("denominator")));
    }

    /// <summary>Polls until the projections hold what the test published, read through the API.</summary>
    public static Task<JsonElement> WhenAsync(HttpClient client, string period, Func<JsonElement, bool> complete) =>
        Eventually.UntilAsync<JsonElement?>(async () =>
        {
            var answer = await IndicatorsAsync(client, period);
            return complete(answer) ? answer : null;
        }, TimeSpan.FromSeconds(60)).ContinueWith(t => t.Result!.Value, TaskScheduler.Default);

    public static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    private static long? Number(JsonElement element) => element.ValueKind == JsonValueKind.Null ? null : element.GetInt64();
}
