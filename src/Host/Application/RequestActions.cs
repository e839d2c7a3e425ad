using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Forms;
using WorkflowArchive.Domain.Requests;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Security;
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
        // Always the service's: a number the requester chose could read as another request or a dossier's order number.
        var number = $"SOL-{time.GetUtcNow():yyyyMMdd}-{Guid.NewGuid().ToString("N")[..6].ToUpperInvariant()}";
        var variables = data.DeepClone().AsObject();
        variables[RetrievalRequestContract.RequestedBy] = requester;
        var instance = await engine.StartAsync(WorkflowKey, number, variables, requester, cancellationToken);
        return new RequestCreated(number, instance.Id, instance.Status.ToString(), instance.IncidentMessage);
    }

    /// <summary>The request as its contract reads it; the fields are the variables the instance starts with.</summary>
    public static JsonObject DataOf(RequestInput input) => new()
    {
        [RetrievalRequestContract.OrderNumber] = input.OrderNumber,
        [RetrievalRequestContract.CustomerDocument] = input.CustomerDocument,
        [RetrievalRequestContract.CustomerName] = input.CustomerName,
        [RetrievalRequestContract.SaleDateFrom] = input.SaleDateFrom?.ToString(FormValues.DateFormat),
        [RetrievalRequestContract.SaleDateTo] = input.SaleDateTo?.ToString(FormValues.DateFormat),
        [RetrievalRequestContract.RequestingUnit] = input.RequestingUnit,
        [RetrievalRequestContract.Reason] = input.Reason,
        [RetrievalRequestContract.DueDate] = input.DueDate?.ToString(FormValues.DateFormat),
    };

    /// <summary>Every request for those who read them all; a requester's own only, for a requester.</summary>
    public Task<PagedList<RequestDetail>> ListAsync(RetrievalStatus? status, int? page, int? pageSize, ClaimsPrincipal user,
        CancellationToken cancellationToken = default)
    {
        var query = Visible(user);
        if (status is not null) query = query.Where(r => r.Status == status);
        return Paging.PageAsync(query.OrderByDescending(r => r.RequestedAt), page, pageSize, RequestDetail.From, cancellationToken);
    }

    /// <summary>Another requester's request is not found, rather than forbidden: its number says nothing to whoever guessed it.</summary>
    public async Task<RequestDetail> ReadAsync(string number, ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        RequestDetail.From(await Visible(user).FirstOrDefaultAsync(r => r.Number == number, cancellationToken)
            ?? throw new WorkflowNotFoundException(DomainTexts.RequestNotFound.With(number)));

    /// <summary>
    /// A scan, for those who read every request; for a requester, only the scan delivered in answer to one of their
    /// own requests. Anything else is not found, so a requester cannot learn which files exist.
    /// </summary>
    public async Task<AttachmentFile> DownloadAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var attachments = db.Set<Attachment>().AsNoTracking().Where(a => a.Id == id);
        if (!user.ReadsEveryRequest())
        {
            var delivered = Visible(user).Where(r => r.Status == RetrievalStatus.Recovered && r.AttachmentId == id);
            attachments = attachments.Where(a => delivered.Any(r => r.Id == a.RequestId));
        }
        return await attachments.Select(a => new AttachmentFile(a.FileName, a.ContentType, a.Content)).FirstOrDefaultAsync(cancellationToken)
               ?? throw new WorkflowNotFoundException(HostTexts.FileNotFound.With());
    }

    private IQueryable<RetrievalRequest> Visible(ClaimsPrincipal user)
    {
        var requests = db.Set<RetrievalRequest>().AsNoTracking();
        if (user.ReadsEveryRequest()) return requests;
        var name = user.RequireName();
        return requests.Where(r => r.RequestedBy == name);
    }
}
