using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Activities.Requests;
using WorkflowArchive.Activities.Texts;
using WorkflowArchive.Host.Api;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Host.Application;

/// <summary>A registered request and the workflow that answers it.</summary>
public sealed record RequestCreated(string Number, Guid InstanceId, string Status, string? IncidentMessage);

/// <summary>Step 10: asking the archive for documentation and following the answer; shared by the API and the Solicitudes page.</summary>
public sealed class RequestActions(ArchiveDbContext db, WorkflowEngine engine, TimeProvider time)
{
    public const string WorkflowKey = "solicitud-documentacion";

    public async Task<RequestCreated> CreateAsync(RequestInput input, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var requester = user.Identity?.Name ?? throw new Security.AccessDeniedException(HostTexts.SignInRequired.With());
        var number = string.IsNullOrWhiteSpace(input.Number)
            ? $"SOL-{time.GetUtcNow():yyyyMMdd}-{Guid.NewGuid().ToString("N")[..6].ToUpperInvariant()}"
            : input.Number.Trim();
        var variables = new JsonObject
        {
            ["orderNumber"] = input.OrderNumber, ["customerDocument"] = input.CustomerDocument, ["customerName"] = input.CustomerName,
            ["saleDateFrom"] = input.SaleDateFrom?.ToString("yyyy-MM-dd"), ["saleDateTo"] = input.SaleDateTo?.ToString("yyyy-MM-dd"),
            ["requestedBy"] = requester, ["requestingUnit"] = input.RequestingUnit, ["reason"] = input.Reason,
            ["dueDate"] = input.DueDate?.ToString("yyyy-MM-dd"),
        };
        var instance = await engine.StartAsync(WorkflowKey, number, variables, requester, cancellationToken);
        return new RequestCreated(number, instance.Id, instance.Status.ToString(), instance.IncidentMessage);
    }

    public Task<PagedList<RetrievalRequest>> ListAsync(RetrievalStatus? status, int? page, int? pageSize, CancellationToken cancellationToken = default)
    {
        var query = db.Set<RetrievalRequest>().AsNoTracking();
        if (status is not null) query = query.Where(r => r.Status == status);
        return Paging.PageAsync(query.OrderByDescending(r => r.RequestedAt), page, pageSize, r => r, cancellationToken);
    }

    public async Task<RetrievalRequest> ReadAsync(string number, CancellationToken cancellationToken = default) =>
        await db.Set<RetrievalRequest>().AsNoTracking().FirstOrDefaultAsync(r => r.Number == number, cancellationToken)
        ?? throw new WorkflowNotFoundException(DomainTexts.RequestNotFound.With(number));
}
