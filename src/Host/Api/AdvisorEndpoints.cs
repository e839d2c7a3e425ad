using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Advisors;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Host.Api;

public static class AdvisorEndpoints
{
    public static IEndpointRouteBuilder MapAdvisorEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/advisors").WithTags("Advisors").RequireAuthorization(Policies.Staff);

        group.MapGet("/", (AdvisorQueries advisors, CancellationToken ct) => advisors.ListAsync(ct));

        group.MapPost("/", async (AdvisorInput body, ArchiveDbContext db, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(body.Code) || string.IsNullOrWhiteSpace(body.Name) || string.IsNullOrWhiteSpace(body.Office))
                throw new WorkflowValidationException(HostTexts.AdvisorFieldsRequired.With());
            var code = body.Code.Trim();
            if (await db.Set<Advisor>().AnyAsync(a => a.Code == code, ct))
                throw new WorkflowConflictException(HostTexts.AdvisorExists.With(code));
            var advisor = new Advisor { Code = code, Name = body.Name.Trim(), Channel = body.Channel, Office = body.Office.Trim() };
            db.Add(advisor);
            await db.SaveChangesAsync(ct);
            return Results.Created($"/api/advisors/{advisor.Code}", advisor);
        }).RequireAuthorization(Policies.Administration).WithSummary("Registers a sales advisor of Plataforma, Zonal or Mezzanine.");
        return app;
    }
}
