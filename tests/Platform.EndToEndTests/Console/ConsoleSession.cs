using Microsoft.Playwright;

namespace Platform.EndToEndTests.Console;

/// <summary>A user signed in to the console through the gateway, on a browser context of their own.</summary>
public sealed class ConsoleSession(IBrowserContext context, IPage page) : IAsyncDisposable
{
    /// <summary>How long an action or an assertion waits for the page; the machine's cores are shared with the whole platform.</summary>
    public const float Patience = 60_000;

    public IPage Page => page;

    /// <summary>Signs in on the development sign-in page as a test user of a municipality (or, with a länskod, a region).</summary>
    public static async Task<ConsoleSession> SignInAsync(
        ConsoleBrowser browser, PlatformFixture platform, string organisation, string role, bool qualified = true)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = platform.GatewayUrl,
            Locale = "sv-SE",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(Patience);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/logga-in");
        await page.GetByLabel("Kommunkod").FillAsync(organisation);
        await page.GetByLabel("Roll").SelectOptionAsync(role);
        await page.GetByLabel("Socionomexamen").SetCheckedAsync(qualified);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/logga-in", StringComparison.Ordinal));
        return new ConsoleSession(context, page);
    }

    /// <summary>A screenshot of the whole page, kept under the test output's screenshots folder.</summary>
    public async Task<byte[]> ScreenshotAsync(string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
        return await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
