using System.Globalization;
using System.Resources;

namespace WorkflowArchive.Workflows.Texts;

/// <summary>
/// A message a person reads: a stable <see cref="Code"/> for programs, and a text from the resources of the layer that
/// says it, in the reader's language. <see cref="ToString"/> is the Spanish text (logs, incidents, the staff app).
/// </summary>
public sealed record Text(TextKey Key, IReadOnlyList<object?> Arguments)
{
    public string Code => Key.Code;

    public string In(CultureInfo culture) => Key.Format(culture, ArgumentsIn(culture));

    /// <summary>
    /// The arguments ready to format: a nested text (a status name, a field label) is said in the same language, and a
    /// list of texts (one line's problems) becomes one phrase, so no argument stays in Spanish inside an English text.
    /// </summary>
    public IReadOnlyList<object?> ArgumentsIn(CultureInfo culture) => Arguments.Select(argument => argument switch
    {
        Text text => text.In(culture),
        IEnumerable<Text> texts => string.Join("; ", texts.Select(t => t.In(culture))),
        _ => argument,
    }).ToList();

    public override string ToString() => In(TextKey.Spanish);
}

/// <summary>One entry of a layer's message resources: its code is the resource name and the machine-readable error code.</summary>
public sealed class TextKey(string code, Type resources)
{
    /// <summary>The language of the division; the neutral resources are written in it.</summary>
    public static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-BO");

    private static readonly Dictionary<Type, ResourceManager> Managers = [];

    public string Code { get; } = code;

    /// <summary>The marker type whose .resx files hold this text (what <c>IStringLocalizerFactory.Create</c> takes).</summary>
    public Type Resources { get; } = resources;

    public Text With(params object?[] arguments) => new(this, arguments);

    public string? Template(CultureInfo culture) => ManagerOf(Resources).GetString(Code, culture);

    public string Format(CultureInfo culture, IReadOnlyList<object?> arguments) =>
        string.Format(culture, Template(culture) ?? Code, [.. arguments]);

    private static ResourceManager ManagerOf(Type type)
    {
        lock (Managers)
        {
            if (!Managers.TryGetValue(type, out var manager)) Managers[type] = manager = new ResourceManager(type);
            return manager;
        }
    }
}
