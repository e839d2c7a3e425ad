using WorkflowArchive.Domain.Forms;
using WorkflowArchive.Domain.Indicators;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Security;

namespace WorkflowArchive.Host.Api;

public static class IndicatorEndpoints
{
    public static IEndpointRouteBuilder MapIndicatorEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/indicators", (string? from, string? to, ProcedureIndicators indicators, CancellationToken ct) =>
            {
                DateRange.EnsureInOrder(from, to);
                return indicators.ComputeAsync(QueryValues.RequiredDate(from, "from"), QueryValues.RequiredDate(to, "to"), ct);
            })
            .WithTags("Indicators")
            .RequireAuthorization(Policies.Oversight)
            .WithSummary("The procedure's indicator (recovered / requested x 100, Aprobado at 99 % or more) and the follow-up figures for a period of days.");
        return app;
    }
}
