using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Platform.EndToEndTests.Placements;

namespace Platform.EndToEndTests.Foundation;

/// <summary>
/// A write that appends something is safe to retry with an Idempotency-Key in every service, not only at
/// intake: a caseworker whose answer was lost on the way sends it again and the visit, the dialogue or the
/// deviation is recorded once.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class IdempotencyKeyTests(PlatformFixture platform)
{
    [Fact]
    public async Task Given_a_visit_with_a_key_When_sent_again_Then_the_first_answer_returns_marked_replayed_and_one_visit_is_recorded()
    {
        // Arrange
        await using var desk = await MunicipalityDesk.OpenAsync(platform);
        var id = await PlacementsApi.StartedAsync(desk.Bus, desk.Caseworker, PlacementsApi.Decided(desk.Municipality), daysAgo: 40);
        var visit = Visit("Samtal om skolan.");
        var key = Guid.NewGuid().ToString();
        using var first = await SendAsync(desk.Caseworker, Visits(id), visit, key);
        var firstBody = await first.Content.ReadAsStringAsync();

        // Act
        using var retry = await SendAsync(desk.Caseworker, Visits(id), visit, key);

        // Assert
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal("true", Assert.Single(retry.Headers.GetValues("Idempotent-Replayed")));
        Assert.Equal(firstBody, await retry.Content.ReadAsStringAsync());
        Assert.Equal("application/json; charset=utf-8", retry.Content.Headers.ContentType?.ToString());
        Assert.Equal(1, await DutyRecordsAsync(id));
    }

    [Fact]
    public async Task Given_a_used_key_When_sent_with_another_body_or_by_another_caseworker_Then_409_and_nothing_more_is_recorded()
    {
        // Arrange
        await using var desk = await MunicipalityDesk.OpenAsync(platform);
        using var colleague = await platform.ForMunicipalityAsync(desk.Municipality, sub: "kollega");
        var id = await PlacementsApi.StartedAsync(desk.Bus, desk.Caseworker, PlacementsApi.Decided(desk.Municipality), daysAgo: 40);
        var key = Guid.NewGuid().ToString();
        using var first = await SendAsync(desk.Caseworker, Visits(id), Visit("Första besöket."), key);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        // Act
        using var otherBody = await SendAsync(desk.Caseworker, Visits(id), Visit("Ett annat besök."), key);
        using var otherPerson = await SendAsync(colleague, Visits(id), Visit("Första besöket."), key);

        // Assert
        Assert.Equal(HttpStatusCode.Conflict, otherBody.StatusCode);
        Assert.Contains("different request", await otherBody.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, otherPerson.StatusCode);
        Assert.DoesNotContain("Första", await otherPerson.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await DutyRecordsAsync(id));
    }

    [Fact]
    public async Task Given_a_key_on_a_request_that_wrote_nothing_When_the_corrected_request_is_sent_with_it_Then_it_is_carried_out()
    {
        // Arrange
        await using var desk = await MunicipalityDesk.OpenAsync(platform);
        var id = await PlacementsApi.StartedAsync(desk.Bus, desk.Caseworker, PlacementsApi.Decided(desk.Municipality), daysAgo: 40);
        var key = Guid.NewGuid().ToString();
        using var incomplete = await SendAsync(desk.Caseworker, Visits(id), new { doneOn = PlacementsApi.Today }, key);

        // Act
        using var corrected = await SendAsync(desk.Caseworker, Visits(id), Visit("Besök."), key);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.False(corrected.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1, await DutyRecordsAsync(id));
    }

    public static TheoryData<string> UnusableKeys => ["nyckel med mellanslag", new string('k', 101)];

    [Theory]
    [MemberData(nameof(UnusableKeys))]
    public async Task Given_an_unusable_key_When_sent_Then_400_names_the_header_and_nothing_is_recorded(string key)
    {
        // Arrange
        await using var desk = await MunicipalityDesk.OpenAsync(platform);
        var id = await PlacementsApi.StartedAsync(desk.Bus, desk.Caseworker, PlacementsApi.Decided(desk.Municipality), daysAgo: 40);
        using var request = new HttpRequestMessage(HttpMethod.Post, Visits(id)) { Content = JsonContent.Create(Visit("Besök.")) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);

        // Act
        using var response = await desk.Caseworker.SendAsync(request);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await PlacementsApi.ErrorsOfAsync(response)).TryGetProperty("Idempotency-Key", out _));
        Assert.Equal(0, await DutyRecordsAsync(id));
    }

    [Fact]
    public async Task Given_concurrent_deviation_reports_with_one_key_When_sent_Then_one_deviation_exists_and_every_answer_is_it_or_a_409()
    {
        // Arrange
        var municipality = Municipalities.Next();
        using var caseworker = await platform.ForMunicipalityAsync(municipality, unit: "enhet-1");
        using var head = await platform.ForMunicipalityAsync(municipality, role: "forvaltningschef");
        var deviation = new { description = "Besöket blev inte av.", probability = 2, severity = 2 };
        var key = Guid.NewGuid().ToString();

        // Act
        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => SendAsync(caseworker, "/api/quality/deviations", deviation, key)));

        // Assert
        var all = await head.GetFromJsonAsync<JsonElement>("/api/quality/deviations");
        var stored = Assert.Single(all.EnumerateArray()).GetProperty("deviationId").GetGuid();
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.Created);
        foreach (var response in responses)
        {
            Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict });
            if (response.StatusCode == HttpStatusCode.Created)
            {
                Assert.Equal(stored, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("deviationId").GetGuid());
                Assert.Equal($"/api/quality/deviations/{stored}", response.Headers.Location?.OriginalString);
            }

            response.Dispose();
        }
    }

    private static string Visits(Guid placementId) => $"/api/placements/placements/{placementId}/visits";

    private static object Visit(string note) => new { doneOn = PlacementsApi.Today, individualConversation = true, note };

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string path, object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    private async Task<long> DutyRecordsAsync(Guid placementId)
    {
        await using var connection = new NpgsqlConnection(platform.SuperuserConnectionString("placements"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM duty_records WHERE placement_id = @placement", connection);
        command.Parameters.AddWithValue("placement", placementId);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
