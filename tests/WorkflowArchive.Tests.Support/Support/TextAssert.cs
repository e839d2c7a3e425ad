using System.Text.RegularExpressions;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Tests.Support;

/// <summary>
/// For messages stored as text (an incident, a journal line): asserts which key made the message, not its wording.
/// The key's Spanish template becomes a pattern in which every {n} matches anything.
/// </summary>
public static class TextAssert
{
    public static void MadeFrom(TextKey key, string? message)
    {
        var template = key.Template(TextKey.Spanish) ?? throw new InvalidOperationException($"No Spanish text for {key.Code}.");
        var pattern = "^" + string.Join(".*", Regex.Split(template, @"\{\d+(?:[:,][^}]*)?\}").Select(Regex.Escape)) + "$";
        Assert.True(message is not null && Regex.IsMatch(message, pattern, RegexOptions.Singleline),
            $"Expected a message made from {key.Code} («{template}»), got «{message}».");
    }
}
