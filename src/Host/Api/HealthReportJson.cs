using Microsoft.Extensions.Diagnostics.HealthChecks;
using WorkflowArchive.Host.Application;

namespace WorkflowArchive.Host.Api;

/// <summary>Writes the readiness report as JSON, so operators see each check's description (which Smartflex source answers, for one).</summary>
internal static class HealthReportJson
{
    // Exceptions are left out on purpose: their messages can carry connection details.
    public static Task WriteAsync(HttpContext context, HealthReport report) =>
        context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            entries = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                data = e.Value.Data,
            }),
        });
}
