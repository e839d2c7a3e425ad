using MudBlazor;
using MudBlazor.Services;

namespace WorkflowArchive.Host.WebUi;

public static class WebUiRegistration
{
    /// <summary>The staff web app: Blazor interactive server pages with MudBlazor, in Spanish.</summary>
    public static IServiceCollection AddArchiveWebUi(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddMudServices(mud =>
        {
            mud.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight;
            mud.SnackbarConfiguration.PreventDuplicates = false;
        });
        services.AddScoped<UiWork>();
        services.AddScoped<TaskFeed>();
        services.AddScoped<UiFeedback>();
        return services;
    }
}
