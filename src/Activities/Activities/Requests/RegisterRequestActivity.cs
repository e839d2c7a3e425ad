using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Forms;
using WorkflowArchive.Domain.Requests;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Workflows.ServiceTasks;

namespace WorkflowArchive.Activities.Requests;

/// <summary>Step 10.1: registers what is asked for, by whom, why and by when, and tells the manager where matching dossiers are.</summary>
public sealed class RegisterRequestActivity(BusinessCalendar calendar, ArchiveOptions options) : IWorkflowActivity
{
    public ActivityDescriptor Descriptor { get; } = new("register-request", "Registrar solicitud",
        "Registra la solicitud de documentación, su plazo, y ubica los expedientes que coinciden.",
        [RetrievalRequestContract.OrderNumber, RetrievalRequestContract.CustomerDocument, RetrievalRequestContract.CustomerName, RetrievalRequestContract.SaleDateFrom, RetrievalRequestContract.SaleDateTo, RetrievalRequestContract.RequestedBy, RetrievalRequestContract.RequestingUnit, RetrievalRequestContract.Reason, RetrievalRequestContract.DueDate],
        ["candidates", "dossierLocation", "responseDuration"]);

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var request = await context.Db.Set<RetrievalRequest>().FirstOrDefaultAsync(r => r.Number == context.BusinessKey, cancellationToken)
                      ?? Create(context);
        request.InstanceId = context.InstanceId;

        var candidates = await RequestCriteria.CandidatesAsync(context.Db, request, cancellationToken);
        if (candidates.Count == 1) request.DossierId = candidates[0].Id;
        await RequestAccess.RecordOnDossierAsync(context, request, "Solicitado",
            $"Solicitud {request.Number} de {request.RequestedBy} ({request.RequestingUnit}): {request.Reason}", cancellationToken);

        var minutes = Math.Max(1, (int)Math.Ceiling((request.DueAt!.Value - context.Now).TotalMinutes));
        return ActivityResult.Done($"Solicitud {request.Number} registrada; {candidates.Count} expediente(s) coinciden.", new JsonObject
        {
            ["candidates"] = new JsonArray(candidates.Select(d => (JsonNode)new JsonObject
            {
                ["orderNumber"] = d.OrderNumber, ["customerName"] = d.CustomerName, ["location"] = d.Location, ["custody"] = d.Custody,
            }).ToArray()),
            ["dossierLocation"] = candidates.Count == 1 ? candidates[0].Location : null,
            ["responseDuration"] = $"PT{minutes}M",
        });
    }

    private RetrievalRequest Create(ActivityContext context)
    {
        var request = new RetrievalRequest
        {
            Number = context.BusinessKey,
            OrderNumber = context.OptionalString(RetrievalRequestContract.OrderNumber)?.Trim(),
            CustomerDocument = context.OptionalString(RetrievalRequestContract.CustomerDocument)?.Trim(),
            CustomerName = context.OptionalString(RetrievalRequestContract.CustomerName)?.Trim(),
            SaleDateFrom = Date(context, RetrievalRequestContract.SaleDateFrom),
            SaleDateTo = Date(context, RetrievalRequestContract.SaleDateTo),
            RequestedBy = context.RequireString(RetrievalRequestContract.RequestedBy),
            RequestingUnit = context.OptionalString(RetrievalRequestContract.RequestingUnit),
            Reason = context.OptionalString(RetrievalRequestContract.Reason),
            RequestedAt = context.Now,
            Status = RetrievalStatus.Registered,
        };
        if (RequestCriteria.IsEmpty(request))
            throw new ActivityFailedException(DomainTexts.RequestCriteriaMissing.With());
        var due = Date(context, RetrievalRequestContract.DueDate);
        request.DueAt = RequestDeadline.Of(due, context.Now, calendar, options);
        if (request.DueAt <= context.Now) throw new ActivityFailedException(DomainTexts.RequestDueDatePast.With(due));
        context.Db.Set<RetrievalRequest>().Add(request);
        return request;
    }

    private static DateOnly? Date(ActivityContext context, string name)
    {
        var text = context.OptionalString(name);
        if (string.IsNullOrWhiteSpace(text)) return null;
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ActivityFailedException(DomainTexts.VariableDateInvalid.With(name, text));
    }
}
