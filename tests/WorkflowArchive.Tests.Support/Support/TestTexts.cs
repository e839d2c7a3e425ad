using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Tests.Support;

/// <summary>Texts of the tests' own form contract (TestTexts.resx, .en.resx), so it speaks like the real ones.</summary>
public static class TestTexts
{
    private static TextKey Key(string code) => new(code, typeof(TestTexts));

    public static readonly TextKey NoteForm = Key("test-note");
    public static readonly TextKey NoteLabel = Key("test-note-label");
    public static readonly TextKey Locked = Key("test-locked");
}
