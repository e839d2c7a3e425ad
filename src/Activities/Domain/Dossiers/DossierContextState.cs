using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Workflows.Persistence;

namespace WorkflowArchive.Domain.Dossiers;

/// <summary>A batch's dossiers remembered per context (<see cref="DossierAccess"/>), forgotten when a pooled context passes on.</summary>
internal sealed class DossierContextState : IContextLeaseReset
{
    public void Forget(DbContext db) => DossierAccess.ForgetBatch(db);
}
