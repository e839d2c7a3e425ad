using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Tests.Texts;

/// <summary>
/// Every message key has a Spanish text (the neutral resources) and an English one with the same placeholders, no two
/// keys share a code, and no resource entry is left without the key that says it.
/// </summary>
public sealed partial class ResourceCompletenessTests
{
    [Fact]
    public void The_product_declares_keys_in_each_catalog()
    {
        Assert.Equal(["ContractTexts", "DomainTexts", "EngineTexts", "FormTexts", "HostTexts"], TextCatalogs.Catalogs.Select(c => c.Name).Order());
        Assert.True(TextCatalogs.Keys.Count > 200, $"only {TextCatalogs.Keys.Count} keys were found");
    }

    [Fact]
    public void Every_key_has_a_spanish_text()
    {
        var missing = TextCatalogs.Keys
            .Where(k => !TextCatalogs.Entries(k.Key.Resources, CultureInfo.InvariantCulture).ContainsKey(k.Key.Code))
            .Select(k => $"{k.Field} ({k.Key.Code})");

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_key_has_an_english_text()
    {
        var missing = TextCatalogs.Keys
            .Where(k => !TextCatalogs.Entries(k.Key.Resources, TextCatalogs.English).ContainsKey(k.Key.Code))
            .Select(k => $"{k.Field} ({k.Key.Code})");

        Assert.Empty(missing);
    }

    [Fact]
    public void The_spanish_and_english_texts_of_a_key_take_the_same_arguments()
    {
        var differing = TextCatalogs.Keys
            .Select(k => (k.Field, Spanish: k.Key.Template(CultureInfo.InvariantCulture), English: k.Key.Template(TextCatalogs.English)))
            .Where(t => t.Spanish is not null && t.English is not null && !Placeholders(t.Spanish).SetEquals(Placeholders(t.English)))
            .Select(t => $"{t.Field}: «{t.Spanish}» / «{t.English}»");

        Assert.Empty(differing);
    }

    [Fact]
    public void No_two_keys_share_a_code()
    {
        var shared = TextCatalogs.Keys.GroupBy(k => k.Key.Code).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(k => k.Field))}");

        Assert.Empty(shared);
    }

    [Fact]
    public void Every_resource_entry_is_declared_by_a_key()
    {
        var orphans = TextCatalogs.Catalogs
            .SelectMany(catalog => new[] { CultureInfo.InvariantCulture, TextCatalogs.English }.SelectMany(culture =>
                TextCatalogs.Entries(catalog, culture).Keys
                    .Where(code => !TextCatalogs.Keys.Any(k => k.Key.Resources == catalog && k.Key.Code == code))
                    .Select(code => $"{catalog.Name}.{(culture.Name.Length == 0 ? "resx" : culture.Name + ".resx")}: {code}")));

        Assert.Empty(orphans);
    }

    [Fact]
    public void Codes_are_kebab_case()
    {
        Assert.Empty(TextCatalogs.Keys.Where(k => !KebabCase().IsMatch(k.Key.Code)).Select(k => $"{k.Field} ({k.Key.Code})"));
    }

    /// <summary>A key reached another way (a property, a method building one) would escape every check above.</summary>
    [Fact]
    public void Catalogs_expose_keys_only_as_static_readonly_fields()
    {
        var members = TextCatalogs.Catalogs.SelectMany(c => c.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m switch
            {
                FieldInfo f => f.FieldType == typeof(TextKey) && !f.IsInitOnly,
                PropertyInfo p => p.PropertyType == typeof(TextKey),
                MethodInfo method => method.ReturnType == typeof(TextKey) && method.IsPublic,
                _ => false,
            })
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}");

        Assert.Empty(members);
    }

    private static HashSet<string> Placeholders(string template) =>
        Placeholder().Matches(template).Select(m => m.Groups[1].Value).ToHashSet();

    [GeneratedRegex(@"\{(\d+)(?:[:,][^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();
}
