using Microsoft.Playwright;

namespace WorkflowArchive.Tests.Support;

/// <summary>How a person works MudBlazor's inputs, for the browser tests: by the data-testid the pages carry.</summary>
public static class PageActions
{
    /// <summary>The page is interactive and its browser has joined /hubs/notifications (see notifications.js).</summary>
    public static Task WaitForLiveAsync(this IPage page) =>
        page.WaitForFunctionAsync("() => document.body.dataset.liveNotifications === 'connected'", null, new() { Timeout = 30_000 });

    public static ILocator Input(this IPage page, string testId) =>
        page.Locator($"input[data-testid='{testId}'], [data-testid='{testId}'] input, textarea[data-testid='{testId}']").First;

    public static Task FillFieldAsync(this IPage page, string testId, string text) => page.Input(testId).FillAsync(text);

    public static Task ClickOnAsync(this IPage page, string testId) => page.Locator($"[data-testid='{testId}']").First.ClickAsync();

    /// <summary>Opens a MudSelect and picks the option whose text contains <paramref name="option"/>.</summary>
    public static async Task ChooseAsync(this IPage page, string testId, string option)
    {
        await page.Locator($"[data-testid='{testId}']").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = option }).First.ClickAsync();
    }

    /// <summary>Navigates inside the app as a click on a link would (no full reload: the circuit stays).</summary>
    public static async Task OpenAsync(this IPage page, string linkText)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = linkText, Exact = true }).First.ClickAsync();
    }

    /// <summary>Opens a link that sits in a menu group (data-testid <paramref name="group"/>), unfolding the group first when it is closed.</summary>
    public static async Task OpenFromMenuAsync(this IPage page, string group, string linkText)
    {
        var target = page.GetByRole(AriaRole.Link, new() { Name = linkText, Exact = true }).First;
        if (!await target.IsVisibleAsync()) await page.Locator($"[data-testid='{group}'] button").First.ClickAsync();
        await target.ClickAsync();
    }
}
