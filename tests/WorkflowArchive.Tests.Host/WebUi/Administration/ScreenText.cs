using System.Text.RegularExpressions;
using Bunit;
using Microsoft.AspNetCore.Components;

namespace WorkflowArchive.Tests.WebUi.Administration;

/// <summary>What a person reads on a page: no GUIDs, ISO dates or periods, enum names or English words of the machine.</summary>
public static partial class ScreenText
{
    public static string Of<T>(IRenderedComponent<T> page) where T : IComponent => string.Join(" ", page.Nodes.Select(n => n.TextContent));

    public static void AssertReadable<T>(IRenderedComponent<T> page) where T : IComponent
    {
        var text = Of(page);
        Assert.False(Guid().IsMatch(text), $"a GUID on screen: {Guid().Match(text).Value}");
        Assert.False(IsoDate().IsMatch(text), $"an ISO date on screen: {IsoDate().Match(text).Value}");
        Assert.False(IsoPeriod().IsMatch(text), $"an ISO period on screen: {IsoPeriod().Match(text).Value}");
        Assert.False(Machine().IsMatch(text), $"a machine word on screen: {Machine().Match(text).Value}");
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Guid();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\bP\d+[YMWD]\b")]
    private static partial Regex IsoPeriod();

    [GeneratedRegex(@"\b(True|False|null|Box|Shelf|Dossier|Customer|Parked|TaskCreated|TaskAssigned|InstanceIncident|Exception)\b")]
    private static partial Regex Machine();
}
