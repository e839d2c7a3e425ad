using Hangfire;
using Scalar.AspNetCore;
using WorkflowArchive.Activities;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Host.Api;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Background;
using WorkflowArchive.Host.Components.Account;
using WorkflowArchive.Host.Components;
using WorkflowArchive.Host.Demo;
using WorkflowArchive.Host.Maintenance;
using WorkflowArchive.Host.Notifications;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Host.Smartflex;
using WorkflowArchive.Host.Startup;
using WorkflowArchive.Host.WebUi;
using WorkflowArchive.Workflows.Runtime;
using WorkflowArchive.Workflows;

NativeMemoryArenas.Limit(Environment.GetEnvironmentVariable("MALLOC_ARENA_MAX"));

// backup, restore and verify run instead of the web host (see MaintenanceCommands).
if (MaintenanceCommands.Handles(args)) return await MaintenanceCommands.RunAsync(args, Console.Out);

var builder = WebApplication.CreateBuilder(DemoFlag.Apply(args, out var demo));
if (demo) DemoFlag.Enable(builder.Configuration);

builder.Services.AddArchiveClock(builder.Configuration);
builder.Services.AddArchiveDatabase(builder.Configuration, builder.Environment);
builder.Services.AddWorkflowEngine();
builder.Services.AddArchiveTelemetry(builder.Configuration);
builder.Services.AddDocumentLifecycleActivities(builder.Configuration.GetSection(ArchiveOptions.Section).Get<ArchiveOptions>());
builder.Services.AddDocumentLifecycleQueries();
builder.Services.AddSmartflex(builder.Configuration);
var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
builder.Services.AddArchiveBackgroundJobs(builder.Configuration, database);
builder.Services.AddArchiveBackups(builder.Configuration);
builder.Services.AddScoped<IOutboxHandler, LoggingOutboxHandler>();
builder.Services.AddArchiveNotifications(builder.Configuration);
builder.Services.AddScoped<ShippedWorkflows>();
builder.Services.AddScoped<DemoDataSeeder>();

builder.Services.AddArchiveSecurity(builder.Configuration);
builder.Services.AddArchiveLocalization();
builder.Services.AddArchiveApplication();
builder.Services.AddArchiveWebUi();
builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = StatusMessages.Explain);
builder.Services.AddExceptionHandler<ProblemDetailsMapping>();
builder.Services.AddSingleton(builder.Configuration.GetSection(InputLimitOptions.Section).Get<InputLimitOptions>() ?? new InputLimitOptions());
// Let binding failures (malformed JSON, wrong types) reach ProblemDetailsMapping, which says what was wrong.
builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
builder.Services.ConfigureHttpJsonOptions(json =>
{
    json.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
});
builder.Services.AddOpenApi(openApi => openApi.AddDocumentTransformer<BearerSecuritySchemeTransformer>());
builder.Services.AddHealthChecks()
    .AddDbContextCheck<ArchiveDbContext>("database", tags: ["ready"]);

var app = builder.Build();
if (demo) DemoFlag.Warn(app.Logger, app.Environment);

app.UseSecurityHeaders();
// Browsers remember HTTPS-only for a year; only a real installation behind HTTPS may say so.
if (app.Environment.IsProduction()) app.UseHsts();
app.UseRequestLocalization();
app.UseExceptionHandler();
app.UseArchiveStatusPages();
app.UseCrossSiteRequestGuard();
app.UseSignInRateLimits();
app.UseAuthentication();
app.UseAuthorization();
app.UseSignedInActor();
app.UsePasswordChangeGate();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.MapAccountEndpoints();
var openApi = app.MapOpenApi();
var scalar = app.MapScalarApiReference();
// A real installation shows its API description to signed-in people only.
if (app.Environment.IsProduction())
{
    openApi.RequireAuthorization();
    scalar.RequireAuthorization();
}
app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready"), ResponseWriter = HealthReportJson.WriteAsync });
// Every API body meets the same length limits (InputLimits).
var api = app.MapGroup("").WithInputLimits();
api.MapAuthEndpoints();
api.MapDefinitionEndpoints();
api.MapInstanceEndpoints();
api.MapTaskEndpoints();
api.MapActivityEndpoints();
api.MapFormEndpoints();
api.MapBatchEndpoints();
api.MapCatalogEndpoints();
api.MapAdvisorEndpoints();
api.MapUserEndpoints();
api.MapArchiveEndpoints();
api.MapBoxEndpoints();
api.MapRetentionEndpoints();
api.MapOutboxEndpoints();
api.MapManifestEndpoints();
api.MapLoanEndpoints();
api.MapRequestEndpoints();
api.MapIndicatorEndpoints();
api.MapPaperEndpoints();
api.MapDossierEndpoints();
api.MapAuditEndpoints();
api.MapBackupEndpoints();
app.MapArchiveNotifications();
app.MapBackgroundDashboard();
app.MapSmartflexEndpoints();

await app.Services.InitializeArchiveAsync();
await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
