using Microsoft.EntityFrameworkCore;

namespace WorkflowArchive.Domain.Archive;

/// <summary>The retention period in force for a service: the one set through the API, else the configured one.</summary>
public sealed class RetentionPeriods(DbContext db, ArchiveOptions options)
{
    public async Task<string> ForServiceAsync(string serviceCode, CancellationToken cancellationToken) =>
        await ArchiveQueries.RetentionPeriodAsync(db, serviceCode, cancellationToken)
        ?? options.RetentionFor(serviceCode);
}
