using System.Collections;
using System.Resources;
using WorkflowArchive.Host.WebUi;

namespace WorkflowArchive.Tests.WebUi;

/// <summary>MudBlazor's own words must all come out Spanish: a MudBlazor update that adds a text fails here until it is translated.</summary>
public sealed class SpanishMudLocalizerTests
{
    [Fact]
    public void Every_text_mudblazor_ships_has_a_spanish_translation()
    {
        var assembly = typeof(MudBlazor.MudLocalizer).Assembly;
        using var stream = assembly.GetManifestResourceStream("MudBlazor.Resources.LanguageResource.resources")!;
        using var reader = new ResourceReader(stream);
        var keys = reader.Cast<DictionaryEntry>().Select(e => (string)e.Key).ToList();

        Assert.NotEmpty(keys);
        var untranslated = keys.Where(k => !SpanishMudLocalizer.Translations.ContainsKey(k)).ToList();
        Assert.True(untranslated.Count == 0, $"MudBlazor texts without Spanish: {string.Join(", ", untranslated)}");
    }

    [Fact]
    public void The_localizer_answers_spanish_and_says_when_it_has_nothing()
    {
        var localizer = new SpanishMudLocalizer();

        Assert.Equal("Filas por página:", localizer["MudDataGridPager_RowsPerPage"].Value);
        Assert.Equal("Mes siguiente julio", localizer["MudBaseDatePicker_NextMonth", "julio"].Value);
        Assert.True(localizer["No_such_key"].ResourceNotFound);
    }
}
