using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Forms;
using WorkflowArchive.Domain.Requests;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows.Contracts;
using WorkflowArchive.Workflows.Runtime;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Host.Application;

/// <summary>A registered request and the workflow that answers it.</summary>
public sealed record RequestCreated(string Number, Guid InstanceId, string Status, string? IncidentMessage);

/// <summary>Step 10: asking the archive for documentation and following the answer; shared by the API and the Solicitudes page.</summary>
public sealed class RequestActions(ArchiveDbContext db, WorkflowEngine engine, TimeProvider time, RetrievalRequestContract contract)
{
    public const string WorkflowKey = RetrievalRequestContract.WorkflowKey;

    public async Task<RequestCreated> CreateAsync(RequestInput input, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var requester = user.Identity?.Name ?? throw new Security.AccessDeniedException(HostTexts.SignInRequired.With());

        // Checked before anything starts: a refused request leaves no row and no instance behind.
        var data = DataOf(input);
        await contract.EnsureValidAsync(data, cancellationToken);
        var number = string.IsNullOrWhiteSpace(input.Number)
            ? $"SOL-{time.GetUtcNow():yyyyMMdd}-{Guid.NewGuid().ToString("N")[..6].ToUpperInvariant()}"
            : input.Number.Trim();
        var variables = data.DeepClone().AsObject();
        variables.Remove(RetrievalRequestContract.Number);
        variables[RetrievalRequestContract.RequestedBy] = requester;
        var instance = await engine.StartAsync(WorkflowKey, number, variables, requester, cancellationToken);
        return new RequestCreated(number, instance.Id, instance.Status.ToString(), instance.IncidentMessage);
    }

    /// <summary>The request as its contract reads it; the fields are the variables the instance starts with.</summary>
    public static JsonObject DataOf(RequestInput input) => new()
    {
        [RetrievalRequestContract.Number] = input.Number,
        [RetrievalRequestContract.OrderNumber] = input.OrderNumber,
        [RetrievalRequestContract.CustomerDocument] = input.CustomerDocument,
        [RetrievalRequestContract.CustomerName] = input.CustomerName,
        [RetrievalRequestContract.SaleDateFrom] = input.SaleDateFrom?.ToString(FormValues.DateFormat),
        [RetrievalRequestContract.SaleDateTo] = input.SaleDateTo?.ToString(FormValues.DateFormat),
        [RetrievalRequestContract.RequestingUnit] = input.RequestingUnit,
        [RetrievalRequestContract.Reason] = input.Reason,
        [RetrievalRequestContract.DueDate] = input.DueDate?.ToString(FormValues.DateFormat),
    };

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
