using Microsoft.Playwright;
using Platform.EndToEndTests.Investigation;
using Platform.EndToEndTests.Placements;
using static Microsoft.Playwright.Assertions;

namespace Platform.EndToEndTests.Console;

// The investigation and placement pages, on cases set up through the API: the same class, so the same browser.
public sealed partial class ConsoleTests
{
    [Fact]
    public async Task Given_an_open_investigation_When_a_caseworker_documents_it_and_decides_outside_the_order_Then_the_rule_is_shown_and_the_team_lead_decides()
    {
        // Arrange
        using var opened = await OpenedInvestigation.OpenAsync(platform);
        await InvestigationApi.EnsureDelegationOrderAsync(platform, opened.Municipality);
        var lastDay = (await InvestigationApi.GetAsync(opened.Staff, opened.Id)).GetProperty("dueDate").GetString();
        await using var caseworker = await ConsoleSession.SignInAsync(browser, platform, opened.Municipality, "handlaggare");
        var page = caseworker.Page;
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = opened.Id.ToString()[..8] }).ClickAsync();
        await Expect(page.GetByTestId("due")).ToHaveTextAsync($"{lastDay}, dagens slut");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // Act
        var childView = page.GetByRole(AriaRole.Button, new() { Name = "Spara barnets synpunkter" });
        await childView.ClickAsync();
        await Expect(page.Locator("[data-field=text]")).ToBeVisibleAsync();
        await page.GetByLabel("Barnets synpunkter, med barnets egna ord").FillAsync(InvestigationApi.Text);
        await childView.ClickAsync();
        await page.GetByLabel("Med vem (roll eller verksamhet)").FillAsync("BVC");
        await page.GetByLabel("Vad kontakten gav").FillAsync(InvestigationApi.Text);
        await page.GetByLabel("Vad som kommunicerats").FillAsync("Utredningen");
        foreach (var label in new[] { "Bedömning av barnets behov", "Vårdnadshavarnas förmåga", "Slutsats" })
        {
            await page.GetByLabel(label, new() { Exact = true }).FillAsync(InvestigationApi.Text);
        }

        foreach (var (part, button) in Parts)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
            await Expect(page.GetByTestId($"part-{part}")).Not.ToHaveClassAsync("missing");
        }

        var decide = page.GetByRole(AriaRole.Button, new() { Name = "Fatta beslut" });
        await page.GetByLabel("Motivering").FillAsync(InvestigationApi.Text);
        await decide.ClickAsync();
        var refusal = await page.GetByTestId("rule").InnerTextAsync();
        await using var teamLead = await ConsoleSession.SignInAsync(browser, platform, opened.Municipality, "teamledare");
        await teamLead.Page.GotoAsync($"/utredning/{opened.Id}");
        await teamLead.Page.GetByLabel("Motivering").FillAsync(InvestigationApi.Text);
        await teamLead.Page.GetByRole(AriaRole.Button, new() { Name = "Fatta beslut" }).ClickAsync();

        // Assert
        Assert.Contains("delegationsordning ger inte din roll rätt", refusal, StringComparison.Ordinal);
        Assert.Contains("delegation-order:decide-open-care", refusal, StringComparison.Ordinal);
        await Expect(teamLead.Page.GetByTestId("decision")).ToContainTextAsync("insatser");
        await Expect(teamLead.Page.GetByTestId("status")).ToHaveTextAsync("Avslutad");
        await Expect(teamLead.Page.GetByTestId("parts").Locator(".missing")).ToHaveCountAsync(0);
        Assert.True(Screenshots.DistinctColours(await teamLead.ScreenshotAsync("investigation")) > RenderedColours);
    }

    [Fact]
    public async Task Given_a_started_placement_When_a_caseworker_records_a_visit_in_the_console_Then_the_field_error_then_the_visit_is_shown()
    {
        // Arrange
        var municipality = Municipalities.Next();
        using var staff = await platform.ForMunicipalityAsync(municipality, role: "handlaggare");
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        var id = await PlacementsApi.StartedAsync(bus, staff, PlacementsApi.Decided(municipality));
        await using var session = await ConsoleSession.SignInAsync(browser, platform, municipality, "handlaggare");
        var page = session.Page;
        await page.GotoAsync($"/placering/{id}");
        var save = page.GetByRole(AriaRole.Button, new() { Name = "Spara besöket" });

        // Act
        await page.GetByLabel("Dag för besöket").FillAsync("");
        await save.ClickAsync();
        await Expect(page.Locator("[data-field=doneOn]")).ToBeVisibleAsync();
        await page.GetByLabel("Dag för besöket").FillAsync(PlacementsApi.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await save.ClickAsync();

        // Assert
        await Expect(page.GetByTestId("record-visit")).ToContainTextAsync("enskilt samtal");
        await Expect(page.GetByTestId("duty-care-plan")).ToContainTextAsync("Försenad");
        await Expect(page.GetByTestId("duty-visit")).ToContainTextAsync("dagens slut");
        Assert.True(Screenshots.DistinctColours(await session.ScreenshotAsync("placement")) > RenderedColours);
    }

    /// <summary>Every part a decision needs without a concern of violence, by the button that records it.</summary>
    private static readonly (string Part, string Button)[] Parts =
    [
        ("guardians-informed", "Spara att vårdnadshavarna informerats"), ("investigation-plan", "Spara utredningsplanen"),
        ("child-heard", "Spara att barnet hörts"), ("child-view", "Spara barnets synpunkter"), ("consultations", "Lägg till konsultationen"),
        ("communications", "Lägg till kommuniceringen"), ("needs-assessment", "Spara behovsbedömningen"),
        ("guardians-ability", "Spara vårdnadshavarnas förmåga"), ("conclusion", "Spara slutsatsen"),
    ];
}
