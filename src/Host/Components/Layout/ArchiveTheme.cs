using MudBlazor;

namespace WorkflowArchive.Host.Components.Layout;

/// <summary>The cooperative's colours; one place so every page looks the same.</summary>
public static class ArchiveTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#00539b",
            Secondary = "#f39200",
            AppbarBackground = "#00539b",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "Segoe UI", "Roboto", "Helvetica", "Arial", "sans-serif"] },
        },
    };
}
