using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Workflows.Persistence;
using WorkflowArchive.Workflows.ServiceTasks;

namespace WorkflowArchive.Domain.Archive;

/// <summary>The retention period in force for a service: the one set through the API, else the configured one.</summary>
public sealed class RetentionPeriods(DbContext db, ArchiveOptions options)
{
    /// <summary>A dossier, tracked, with the period set for its service through the API (null: none), in one statement.</summary>
    private sealed record DossierAndPeriod(Dossier Dossier, string? Period);

    private static readonly CompiledPerModel<Func<DbContext, string, CancellationToken, Task<DossierAndPeriod?>>> WithPeriod = new(() =>
        EF.CompileAsyncQuery((DbContext context, string orderNumber, CancellationToken _) => context.Set<Dossier>()
            .Where(d => d.OrderNumber == orderNumber)
            .Select(d => new DossierAndPeriod(d, context.Set<RetentionPolicy>().Where(p => p.ServiceCode == d.ServiceCode).Select(p => p.Period).FirstOrDefault()))
            .FirstOrDefault()));

    public async Task<string> ForServiceAsync(string serviceCode, CancellationToken cancellationToken) =>
        await ArchiveQueries.RetentionPeriodAsync(db, serviceCode, cancellationToken)
        ?? options.RetentionFor(serviceCode);

    /// <summary>The move's dossier and the period in force for its service: asked together unless the move holds the dossier already.</summary>
    public async Task<(Dossier Dossier, string Period)> ForDossierAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        if (DossierAccess.Held(context) is { } held) return (held, await ForServiceAsync(held.ServiceCode, cancellationToken));
        var read = await WithPeriod.For(db)(db, context.BusinessKey, cancellationToken)
            ?? throw DossierAccess.Missing(context);
        return (read.Dossier, read.Period ?? options.RetentionFor(read.Dossier.ServiceCode));
    }
}
