using Microsoft.Playwright;

namespace Platform.EndToEndTests.Console;

/// <summary>
/// Debian's Chromium, started once for a test class and driven by Playwright; Playwright never
/// downloads a browser here. Each test signs in on a context of its own.
/// </summary>
public sealed class ConsoleBrowser : IAsyncLifetime
{
    /// <summary>Installed by platform.sh with PostgreSQL and RabbitMQ.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? playwright;
    private IBrowser? browser;

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser has not been started.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: ./platform.sh test installs Debian's chromium.");
        }

        // The platform shares the machine's cores with the browser: an assertion waits as long as an action may.
        Assertions.SetDefaultExpectTimeout(ConsoleSession.Patience);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = Arguments,
        });
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}
