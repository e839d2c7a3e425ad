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
using WorkflowArchive.Host.Notifications;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Host.Smartflex;
using WorkflowArchive.Host.Startup;
using WorkflowArchive.Host.WebUi;
using WorkflowArchive.Workflows.Runtime;
using WorkflowArchive.Workflows;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddArchiveClock(builder.Configuration);
builder.Services.AddArchiveDatabase(builder.Configuration, builder.Environment);
builder.Services.AddWorkflowEngine();
builder.Services.AddDocumentLifecycleActivities(builder.Configuration.GetSection(ArchiveOptions.Section).Get<ArchiveOptions>());
builder.Services.AddDocumentLifecycleQueries();
builder.Services.AddSmartflex(builder.Configuration);
var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
builder.Services.AddArchiveBackgroundJobs(builder.Configuration, database);
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

app.UseRequestLocalization();
app.UseExceptionHandler();
app.UseArchiveStatusPages();
app.UseAuthentication();
app.UseAuthorization();
app.UseSignedInActor();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.MapAccountEndpoints();
app.MapOpenApi();
app.MapScalarApiReference();
app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready"), ResponseWriter = HealthReportJson.WriteAsync });
app.MapAuthEndpoints();
app.MapDefinitionEndpoints();
app.MapInstanceEndpoints();
app.MapTaskEndpoints();
app.MapActivityEndpoints();
app.MapFormEndpoints();
app.MapBatchEndpoints();
app.MapCatalogEndpoints();
app.MapAdvisorEndpoints();
app.MapUserEndpoints();
app.MapArchiveEndpoints();
app.MapRetentionEndpoints();
app.MapOutboxEndpoints();
app.MapManifestEndpoints();
app.MapLoanEndpoints();
app.MapRequestEndpoints();
app.MapIndicatorEndpoints();
app.MapPaperEndpoints();
app.MapDossierEndpoints();
app.MapAuditEndpoints();
app.MapArchiveNotifications();
app.MapBackgroundDashboard();
app.MapSmartflexEndpoints();

await app.Services.InitializeArchiveAsync();
await app.RunAsync();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
