using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Workflows.ServiceTasks;

namespace WorkflowArchive.Host.Api;

public static class ActivityEndpoints
{
    public static IEndpointRouteBuilder MapActivityEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/activities", (ActivityCatalog catalog) => catalog.Descriptors)
            .WithTags("Definitions").RequireAuthorization(Policies.Staff)
            .WithSummary("The activity types service tasks can name in wa:activity, with their inputs and outputs.");
        return app;
    }
}
