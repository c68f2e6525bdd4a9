using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.EndToEndTests.Assessment;

[Collection(PlatformCollection.Name)]
public sealed class WorklistTests(PlatformFixture platform)
{
    [Fact]
    public async Task Given_open_assessments_in_two_units_When_a_unit_reads_its_worklist_Then_it_sees_its_own_soonest_first_with_marks()
    {
        // Arrange
        var municipality = Municipalities.Next();
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        using var unitA = await platform.ForMunicipalityAsync(municipality, unit: "mottagning-a");
        using var unitB = await platform.ForMunicipalityAsync(municipality, unit: "mottagning-b", sub: "b");
        var later = Reports.Registered(municipality, Guid.NewGuid()) with { Unit = "mottagning-a", ReceivedAt = DateTimeOffset.UtcNow.AddDays(-1) };
        var overdue = Reports.Registered(municipality, Guid.NewGuid()) with { Unit = "mottagning-a", ReceivedAt = DateTimeOffset.UtcNow.AddDays(-16) };
        var elsewhere = Reports.Registered(municipality, Guid.NewGuid()) with { Unit = "mottagning-b" };
        foreach (var report in new[] { later, overdue, elsewhere })
        {
            await AssessmentApi.PublishAndWaitAsync(bus, report.Unit == "mottagning-b" ? unitB : unitA, report);
        }

        var triaged = AssessmentApi.IdOf((await Reports.AssessmentOfAsync(unitA, later.ReportId))!.Value);
        using var triage = await AssessmentApi.PutAsync(unitA, triaged, "triage", new { colour = "red" });

        // Act
        var listA = (await unitA.GetFromJsonAsync<JsonElement>("/api/assessment/worklist")).GetProperty("items");
        var listB = (await unitB.GetFromJsonAsync<JsonElement>("/api/assessment/worklist")).GetProperty("items");

        // Assert
        Assert.Equal(2, listA.GetArrayLength());
        Assert.True(listA[0].GetProperty("overdue").GetBoolean());
        Assert.False(listA[1].GetProperty("overdue").GetBoolean());
        Assert.Equal("red", listA[1].GetProperty("triage").GetString());
        Assert.True(listA[0].GetProperty("dueAt").GetDateTimeOffset() < listA[1].GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal(1, listB.GetArrayLength());
        Assert.Equal("mottagning-b", listB[0].GetProperty("unit").GetString());
    }
}
