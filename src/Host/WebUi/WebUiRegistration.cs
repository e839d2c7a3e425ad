using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection.Extensions;
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
        services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, SpanishCircuitCulture>());
        services.AddArchiveMudBlazor();
        services.AddScoped<UiWork>();
        services.AddScoped<TaskFeed>();
        services.AddScoped<UiFeedback>();
        services.AddScoped<TaskDrafts>();
        return services;
    }

    /// <summary>MudBlazor as the pages use it, its own words in Spanish whatever the thread's culture says.</summary>
    public static IServiceCollection AddArchiveMudBlazor(this IServiceCollection services)
    {
        services.AddMudServices(mud =>
        {
            mud.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight;
            mud.SnackbarConfiguration.PreventDuplicates = false;
        });
        services.AddTransient<MudLocalizer, SpanishMudLocalizer>();
        // MudBlazor falls back to its English texts when the UI culture is English; the app is Spanish-only, so never.
        services.AddLocalizationInterceptor(sp => new DefaultLocalizationInterceptor(
            sp.GetRequiredService<ILoggerFactory>(), sp.GetRequiredService<MudLocalizer>()) { IgnoreDefaultEnglish = true });
        return services;
    }
}
