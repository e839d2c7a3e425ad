using System.Globalization;
using Microsoft.AspNetCore.Localization;
using WorkflowArchive.Host.Api;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Host.Startup;

/// <summary>
/// The division works in Spanish (es-BO): every page is Spanish whatever the browser says. API callers may ask for
/// English messages with <c>Accept-Language: en</c>; the machine-readable <c>code</c> is the same in both.
/// </summary>
public static class LocalizationRegistration
{
    private static readonly CultureInfo[] Supported = [TextKey.Spanish, CultureInfo.GetCultureInfo("en")];

    public static IServiceCollection AddArchiveLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddSingleton<ProblemTexts>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(TextKey.Spanish);
            options.SupportedCultures = Supported;
            options.SupportedUICultures = Supported;
            var acceptLanguage = new AcceptLanguageHeaderRequestCultureProvider { Options = options };
            options.RequestCultureProviders =
            [
                new CustomRequestCultureProvider(context => context.Request.Path.StartsWithSegments("/api")
                    ? acceptLanguage.DetermineProviderCultureResult(context)
                    : Task.FromResult<ProviderCultureResult?>(null)),
            ];
        });
        return services;
    }
}
