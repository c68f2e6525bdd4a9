using Npgsql;

namespace Quality.Tests.InProcess;

/// <summary>The cases behind a figure, for the municipality's quality staff and managers only, each read logged; and the CSV export.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class DrillDownTests(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task Given_a_late_assessment_When_its_figure_is_opened_by_a_quality_developer_Then_its_case_is_listed_and_the_read_logged()
    {
        // Arrange
        var municipality = Municipalities.Next();
        var events = new CaseEvents(municipality, "enhet-barn");
        var child = Guid.NewGuid();
        var report = events.Report(child, LegalGender.Female, "2015-01", Local(2026, 10, 1));
        var late = events.Assessment(report, child, Local(2026, 10, 1), Local(2026, 10, 20), extendedDueAt: Local(2026, 10, 25));
        await using var service = QualityHost.Start(infrastructure, Local(2026, 11, 15));
        using var client = service.ClientFor(municipality, PlatformRoles.Kvalitetsutvecklare);
        await QualityApi.PublishAsync(infrastructure.AmqpUri, events.All);
        await QualityApi.WhenAsync(client, "2026-10", a => QualityApi.Figures(a, "assessments-late").Numerator == 1);

        // Act
        using var response = await client.GetAsync("/api/quality/indicators/assessments-late/cases?period=2026-10&gender=female");

        // Assert
        var cases = await QualityApi.ExpectAsync(response, HttpStatusCode.OK);
        var listed = Assert.Single(cases.GetProperty("cases").EnumerateArray());
        Assert.Equal(late, listed.GetProperty("caseId").GetGuid());
        Assert.Equal(1, listed.GetProperty("numerator").GetInt32());
        Assert.Equal("assessment", cases.GetProperty("record").GetString());
        Assert.Equal(1L, await LoggedReadsAsync(late));
    }

    [Fact]
    public async Task Given_a_caseworker_When_the_cases_behind_a_figure_are_asked_for_Then_403_names_the_rule()
    {
        // Arrange
        await using var service = QualityHost.Start(infrastructure, Local(2026, 11, 15));
        using var client = service.ClientFor(Municipalities.Next(), PlatformRoles.Handlaggare);

        // Act
        using var response = await client.GetAsync("/api/quality/indicators/assessments-late/cases?period=2026-10");

        // Assert
        var problem = await QualityApi.ExpectAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal("quality-reports", problem.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Given_figures_When_exported_as_csv_Then_each_row_has_the_numerator_and_denominator()
    {
        // Arrange
        var municipality = Municipalities.Next();
        var events = new CaseEvents(municipality, "enhet-barn");
        var child = Guid.NewGuid();
        events.Report(child, LegalGender.Male, "2010-02", Local(2026, 3, 3));
        await using var service = QualityHost.Start(infrastructure, Local(2026, 11, 15));
        using var client = service.ClientFor(municipality, PlatformRoles.Enhetschef);
        await QualityApi.PublishAsync(infrastructure.AmqpUri, events.All);
        await QualityApi.WhenAsync(client, "2026-Q1", a => QualityApi.Figures(a, "reports-received").Numerator == 1);

        // Act
        using var response = await client.GetAsync("/api/quality/indicators?period=2026-Q1&format=csv");

        // Assert
        var csv = await response.Content.ReadAsStringAsync();
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = csv.Split("\r\n");
        Assert.Equal("indicator,kind,period,unit,split,key,no_data,numerator,denominator,value", lines[0]);
        Assert.Contains("reports-received,count,2026-Q1,,total,total,false,1,,1", lines);
        Assert.Contains("reports-received,count,2026-Q1,,gender,male,false,1,,1", lines);
        Assert.Contains("assessments-late,share,2026-Q1,,total,total,true,,,", lines);
    }

    private async Task<long> LoggedReadsAsync(Guid recordId)
    {
        await using var connection = new NpgsqlConnection(infrastructure.ConnectionString("quality", Aspire.AppHost.Postgres.PostgresServer.Superuser));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM access_log WHERE record_id = @id AND action = 'list'", connection);
        command.Parameters.AddWithValue("id", recordId);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
