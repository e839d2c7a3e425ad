namespace WorkflowArchive.Workflows.Texts;

/// <summary>The engine's messages (texts in EngineTexts.resx, Spanish, and EngineTexts.en.resx).</summary>
public static class EngineTexts
{
    private static TextKey Key(string code) => new(code, typeof(EngineTexts));

    /// <summary>Transitional: a literal message under a generic code ("not-found", "conflict", ...), shown as it is.</summary>
    public static TextKey Untranslated(string code) => new(code, typeof(EngineTexts));

    public static readonly TextKey InvalidInput = Key("invalid-input");
    public static readonly TextKey FieldRequired = Key("field-required");
}
