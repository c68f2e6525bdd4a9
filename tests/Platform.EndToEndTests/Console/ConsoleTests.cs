using Microsoft.Playwright;
using Platform.Contracts.Investigation;
using Platform.EndToEndTests.Assessment;
using Platform.EndToEndTests.Placements;
using static Microsoft.Playwright.Assertions;

namespace Platform.EndToEndTests.Console;

/// <summary>The web console in Debian's Chromium, through the gateway, as its users work in it.</summary>
[Collection(PlatformCollection.Name)]
public sealed partial class ConsoleTests(PlatformFixture platform, ConsoleBrowser browser) : IClassFixture<ConsoleBrowser>
{
    private const int RenderedColours = 20;

    [Fact]
    public async Task Given_a_caseworker_When_they_register_a_report_Then_the_console_shows_field_errors_then_the_case_number_and_the_worklist_lists_it()
    {
        // Arrange
        await using var session = await ConsoleSession.SignInAsync(browser, platform, Municipalities.Next(), "handlaggare");
        var page = session.Page;
        await page.GotoAsync("/mottagning/ny");
        var register = page.GetByRole(AriaRole.Button, new() { Name = "Registrera", Exact = true });
        await register.ClickAsync();
        await Expect(page.Locator("[data-field=description]")).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        var unlabelled = await page.EvaluateAsync<int>(
            "() => [...document.querySelectorAll('input:not([type=hidden]), select, textarea')].filter(e => e.labels.length === 0).length");

        // Act
        await page.GetByLabel("Känt namn").FillAsync("Okänd Flicka");
        await page.GetByLabel("Försummelse").CheckAsync();
        await page.GetByLabel("Beskrivning").FillAsync(Intake.IntakeRequests.Description);
        await register.ClickAsync();
        var caseNumber = await page.GetByTestId("case-number").InnerTextAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Min arbetslista" }).ClickAsync();

        // Assert
        Assert.Equal("sv", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal(0, unlabelled);
        await Expect(page.GetByTestId("worklist")).ToContainTextAsync(caseNumber);
        await Expect(page.GetByTestId("worklist")).ToContainTextAsync("dagens slut");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        Assert.True(Screenshots.DistinctColours(await session.ScreenshotAsync("worklist")) > RenderedColours);
    }

    [Fact]
    public async Task Given_a_caseworker_outside_the_order_for_not_opening_When_they_decide_in_the_console_Then_the_refusal_is_shown_and_opening_is_decided()
    {
        // Arrange
        using var ready = await ReadyAssessment.OpenAsync(platform);
        await using var session = await ConsoleSession.SignInAsync(browser, platform, ready.Municipality, "handlaggare");
        var page = session.Page;
        await page.GotoAsync($"/forhandsbedomning/{ready.Id}");
        var decide = page.GetByRole(AriaRole.Button, new() { Name = "Fatta beslut" });
        await Expect(decide).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // Act
        await page.GetByLabel("Beslut", new() { Exact = true }).SelectOptionAsync("do-not-open");
        await page.GetByLabel("Motivering").FillAsync(AssessmentApi.Reasoning);
        await decide.ClickAsync();
        var refusal = await page.GetByTestId("rule").InnerTextAsync();
        await page.GetByLabel("Beslut", new() { Exact = true }).SelectOptionAsync("open-investigation");
        await decide.ClickAsync();

        // Assert
        Assert.Contains("delegationsordning ger inte din roll rätt", refusal, StringComparison.Ordinal);
        Assert.Contains("delegation-order:do-not-open", refusal, StringComparison.Ordinal);
        await Expect(page.GetByTestId("decision")).ToContainTextAsync("inleda utredning");
    }

    [Fact]
    public async Task Given_a_county_with_a_small_cell_When_its_analyst_opens_the_region_Then_the_cell_is_shown_as_suppressed()
    {
        // Arrange
        var county = Counties.Next();
        var member = Counties.Municipality(county, 1);
        await PlacementsApi.SendRecordsAsync(platform, member, (PlacementType.Hvb, 5), (PlacementType.Sis, 1));
        await using var session = await ConsoleSession.SignInAsync(browser, platform, county, "regionanalytiker", qualified: false);
        var page = session.Page;

        // Act
        await page.GotoAsync("/region");
        await Expect(page.GetByTestId("county-table")).ToContainTextAsync(member);

        // Assert
        Assert.True(await page.GetByTestId("suppressed").CountAsync() > 0);
        await Expect(page.GetByTestId("suppressed").First).ToHaveTextAsync("dold");
    }

    [Fact]
    public async Task Given_a_quality_developer_When_they_open_the_quality_dashboard_Then_the_indicators_render_with_an_export()
    {
        // Arrange
        await using var session = await ConsoleSession.SignInAsync(browser, platform, Municipalities.Next(), "kvalitetsutvecklare", qualified: false);
        var page = session.Page;

        // Act
        await page.GotoAsync("/kvalitet");
        await Expect(page.GetByTestId("indicators")).ToContainTextAsync("uppgift saknas");

        // Assert
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Exportera indikatorerna som CSV" })).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("format|period="));
        Assert.True(Screenshots.DistinctColours(await session.ScreenshotAsync("quality")) > RenderedColours);
    }
}
