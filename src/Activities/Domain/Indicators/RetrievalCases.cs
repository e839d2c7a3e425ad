using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Forms;
using WorkflowArchive.Domain.Requests;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Domain.Indicators;

/// <summary>One request made in the period, as the indicator sees it.</summary>
public sealed record RetrievalCase(DateTimeOffset RequestedAt, string? Unit, RetrievalOutcome Outcome, bool Unregistered);

/// <summary>
/// Every request made in a period. A request whose registration step failed has a workflow instance but no request
/// row; it was made all the same, so it is read from its instance (start time, unit and deadline from its variables).
/// </summary>
public sealed class RetrievalCases(DbContext db, BusinessCalendar calendar, ArchiveOptions options)
{
    public async Task<List<RetrievalCase>> InAsync(ReportingPeriod period, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var registered = await db.Set<RetrievalRequest>().AsNoTracking()
            .Where(r => r.RequestedAt >= period.Start && r.RequestedAt < period.End)
            .Select(r => new { r.RequestedAt, r.RequestingUnit, r.Status, r.DueAt, r.ResolvedAt })
            .ToListAsync(cancellationToken);
        var cases = registered
            .Select(r => new RetrievalCase(r.RequestedAt, r.RequestingUnit, RetrievalOutcomes.Of(r.Status, r.DueAt, r.ResolvedAt, now), false))
            .ToList();

        var requests = db.Set<RetrievalRequest>();
        var unregistered = await db.Set<WorkflowInstance>().AsNoTracking()
            .Where(i => i.DefinitionKey == RetrievalRequestContract.WorkflowKey && i.StartedAt >= period.Start && i.StartedAt < period.End
                        && !requests.Any(r => r.Number == i.BusinessKey))
            .Select(i => new { i.StartedAt, i.VariablesJson })
            .ToListAsync(cancellationToken);
        foreach (var instance in unregistered)
        {
            var variables = JsonNode.Parse(instance.VariablesJson) as JsonObject ?? [];
            var dueAt = RequestDeadline.Of(DateOf(variables[RetrievalRequestContract.DueDate]?.ToString()), instance.StartedAt, calendar, options);
            var unit = variables[RetrievalRequestContract.RequestingUnit]?.ToString();
            cases.Add(new RetrievalCase(instance.StartedAt, string.IsNullOrWhiteSpace(unit) ? null : unit,
                RetrievalOutcomes.Of(RetrievalStatus.Registered, dueAt, null, now), true));
        }
        return cases;
    }

    // A due date the registration could not read gives the default deadline: the request still has to be answered.
    private static DateOnly? DateOf(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
