using System.Net;

namespace Platform.EndToEndTests.Intake;

[Collection(PlatformCollection.Name)]
public sealed class IdempotencyTests(PlatformFixture platform)
{
    [Fact]
    public async Task Given_a_registration_with_a_key_When_retried_with_the_same_body_Then_the_first_result_returns_and_one_report_exists()
    {
        // Arrange
        var municipality = Municipalities.Next();
        var client = await platform.ForMunicipalityAsync(municipality);
        var report = IntakeRequests.Report(Reports.IdentityNumber(11));
        var key = Guid.NewGuid().ToString();
        using var first = await client.PostAsync("/api/intake/reports", report, key);
        var firstBody = await IntakeApi.ExpectAsync(first, HttpStatusCode.Created);

        // Act
        using var retry = await client.PostAsync("/api/intake/reports", report, key);

        // Assert
        var retryBody = await IntakeApi.ExpectAsync(retry, HttpStatusCode.Created);
        Assert.Equal(firstBody.Id("reportId"), retryBody.Id("reportId"));
        Assert.Equal(firstBody.Text("caseNumber"), retryBody.Text("caseNumber"));
        Assert.Equal(1, await IntakeDatabase.CountAsync(platform, "reports", municipality));
        Assert.Equal(1, await IntakeDatabase.CountAsync(platform, "outbox_messages", municipality));
    }

    [Fact]
    public async Task Given_concurrent_retries_with_one_key_When_registered_Then_all_get_the_same_report()
    {
        // Arrange
        var municipality = Municipalities.Next();
        var client = await platform.ForMunicipalityAsync(municipality);
        var report = IntakeRequests.Report(Reports.IdentityNumber(12));
        var key = Guid.NewGuid().ToString();

        // Act
        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => client.PostAsync("/api/intake/reports", report, key)));

        // Assert
        var bodies = await Task.WhenAll(responses.Select(r => IntakeApi.ExpectAsync(r, HttpStatusCode.Created)));
        Assert.Single(bodies.Select(b => b.Id("reportId")).Distinct());
        Assert.Equal(1, await IntakeDatabase.CountAsync(platform, "reports", municipality));
    }

    [Fact]
    public async Task Given_a_used_key_When_sent_with_a_different_body_Then_409_and_nothing_new_is_written()
    {
        // Arrange
        var municipality = Municipalities.Next();
        var client = await platform.ForMunicipalityAsync(municipality);
        var key = Guid.NewGuid().ToString();
        using var first = await client.PostAsync("/api/intake/reports", IntakeRequests.Report(Reports.IdentityNumber(13)), key);
        await IntakeApi.ExpectAsync(first, HttpStatusCode.Created);

        // Act
        using var other = await client.PostAsync("/api/intake/reports", IntakeRequests.Report(Reports.IdentityNumber(14)), key);

        // Assert
        Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
        Assert.Equal(1, await IntakeDatabase.CountAsync(platform, "reports", municipality));
    }

    [Fact]
    public async Task Given_one_key_When_used_in_two_municipalities_Then_each_gets_its_own_report()
    {
        // Arrange
        var a = await platform.ForMunicipalityAsync(Municipalities.Next());
        var b = await platform.ForMunicipalityAsync(Municipalities.Next());
        var report = IntakeRequests.Report(Reports.IdentityNumber(15));
        var key = Guid.NewGuid().ToString();

        // Act
        using var inA = await a.PostAsync("/api/intake/reports", report, key);
        using var inB = await b.PostAsync("/api/intake/reports", report, key);

        // Assert
        var (bodyA, bodyB) = (await IntakeApi.ExpectAsync(inA, HttpStatusCode.Created), await IntakeApi.ExpectAsync(inB, HttpStatusCode.Created));
        Assert.NotEqual(bodyA.Id("reportId"), bodyB.Id("reportId"));
    }
}
