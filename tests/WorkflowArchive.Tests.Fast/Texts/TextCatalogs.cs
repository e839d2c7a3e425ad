using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Tests.Texts;

/// <summary>Every message key the product declares, found by reflection, and the resource files behind them.</summary>
public static class TextCatalogs
{
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static IReadOnlyList<Assembly> Assemblies { get; } =
        [typeof(EngineTexts).Assembly, typeof(DomainTexts).Assembly, typeof(HostTexts).Assembly];

    /// <summary>Each static TextKey field of every type in the product's assemblies, with where it is declared.</summary>
    public static IReadOnlyList<(string Field, TextKey Key)> Keys { get; } = Assemblies
        .SelectMany(a => a.GetTypes())
        .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
        .Where(f => f.FieldType == typeof(TextKey))
        .Select(f => ($"{f.DeclaringType!.Name}.{f.Name}", (TextKey)f.GetValue(null)!))
        .ToList();

    /// <summary>The marker types whose .resx files hold the texts (one catalog each).</summary>
    public static IReadOnlyList<Type> Catalogs { get; } = Keys.Select(k => k.Key.Resources).Distinct().ToList();

    /// <summary>The entries of one catalog's resources in exactly this culture (no fallback to the neutral Spanish).</summary>
    public static IReadOnlyDictionary<string, string> Entries(Type catalog, CultureInfo culture)
    {
        var set = new ResourceManager(catalog).GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        return set is null
            ? new Dictionary<string, string>()
            : set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }
}
