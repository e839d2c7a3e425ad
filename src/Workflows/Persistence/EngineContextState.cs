using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Workflows.Persistence;

/// <summary>The engine's state kept per context, forgotten when a pooled context passes to the next scope.</summary>
internal sealed class EngineContextState(OutboxCommitAnnouncer announcer) : IContextLeaseReset
{
    public void Forget(DbContext db)
    {
        AppendBuffer.Forget(db);
        ActivityStatements.Forget(db);
        ActivityFailures.Forget(db);
        GroupCommitMove.Forget(db);
        announcer.Forget(db);
    }
}
