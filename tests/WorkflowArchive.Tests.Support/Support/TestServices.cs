using WorkflowArchive.Activities;

namespace WorkflowArchive.Tests.Support;

public static class TestServices
{
    /// <summary>The real activities with their dependencies, for tests that only need their descriptors.</summary>
    public static IServiceCollection AddDocumentLifecycleServicesForTests(this IServiceCollection services)
    {
        services.AddScoped<Microsoft.EntityFrameworkCore.DbContext>(_ => null!);
        services.AddSingleton(TimeProvider.System);
        return services.AddDocumentLifecycleActivities();
    }
}
