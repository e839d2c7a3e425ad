using System.Globalization;
using System.Text;

namespace WorkflowArchive.Domain.Dossiers;

/// <summary>
/// Folds text into the forms people search by, so that every search is a range or equality on an indexed column in
/// any database: names without accents or case, a CI/NIT without its extension, an order number read from its end.
/// </summary>
public static class SearchText
{
    /// <summary>Where a word may start inside a folded name besides its first letter: after a space or a hyphen ("Pérez-Gómez").</summary>
    private static readonly char[] WordBreaks = [' ', '-'];

    public static string Key(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Trim().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            folded.Append(char.IsWhiteSpace(c) ? ' ' : char.ToLowerInvariant(c));
        }
        return string.Join(' ', folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// The folded name read from each of its words to its end ("pedro salazar rios", "salazar rios", "rios"), so that a
    /// prefix of any word, or of several words in a row, is a prefix of one of them.
    /// </summary>
    public static IReadOnlyList<string> WordTails(string? name)
    {
        var key = Key(name);
        var tails = new List<string>();
        for (var i = 0; i < key.Length; i++)
        {
            var startsWord = i == 0 || Array.IndexOf(WordBreaks, key[i - 1]) >= 0;
            if (startsWord && Array.IndexOf(WordBreaks, key[i]) < 0) tails.Add(key[i..]);
        }
        return tails;
    }

    /// <summary>A CI or NIT without its extension: its first run of digits ("4530562" for "4530562 CB" or "4530562-1B LP").</summary>
    public static string DocumentNumber(string? document)
    {
        if (string.IsNullOrWhiteSpace(document)) return "";
        var start = 0;
        while (start < document.Length && !char.IsAsciiDigit(document[start])) start++;
        var end = start;
        while (end < document.Length && char.IsAsciiDigit(document[end])) end++;
        return document[start..end];
    }

    /// <summary>The order number backwards, so its trailing digits are a prefix an index can seek ("000035" ends "SF-2026-000035").</summary>
    public static string Reversed(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var chars = text.Trim().ToCharArray();
        Array.Reverse(chars);
        return new string(chars);
    }

    /// <summary>Only digits, as typed when someone searches a CI without extension or the end of an order number.</summary>
    public static bool IsDigits(string? text) => !string.IsNullOrEmpty(text) && text.All(char.IsAsciiDigit);
}
