using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Platform.EndToEndTests.Console;

/// <summary>axe-core's WCAG 2 A and AA rules, run in the page as it stands: nothing serious or critical may be found.</summary>
internal static class Accessibility
{
    private static readonly AxeRunOptions Wcag2AOrAa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa"] },
        ResultTypes = [ResultType.Violations],
    };

    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(Wcag2AOrAa);
        Assert.NotEmpty(result.Passes);
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{page.Url}: " + string.Join("; ", serious.Select(v =>
            $"{v.Id} ({v.Impact}) at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
    }
}
