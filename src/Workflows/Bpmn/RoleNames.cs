using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace WorkflowArchive.Workflows.Bpmn;

/// <summary>Turns a lane's title ("Gestor(a) Documental") into the role key staff are given ("gestor-documental").</summary>
public static partial class RoleNames
{
    public static string? FromLaneName(string? laneName)
    {
        if (string.IsNullOrWhiteSpace(laneName)) return null;
        var withoutGender = GenderSuffix().Replace(laneName, "");
        var plain = new StringBuilder();
        foreach (var c in withoutGender.Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) plain.Append(char.ToLowerInvariant(c));
        var slug = NonAlphanumeric().Replace(plain.ToString(), "-").Trim('-');
        return slug.Length == 0 ? null : slug;
    }

    [GeneratedRegex(@"\((a|as|o|os|e)\)", RegexOptions.IgnoreCase)]
    private static partial Regex GenderSuffix();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonAlphanumeric();
}
