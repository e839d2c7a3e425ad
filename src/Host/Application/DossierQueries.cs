using System.Security.Claims;
using WorkflowArchive.Activities.Dossiers;
using WorkflowArchive.Host.Api;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Host.Application;

/// <summary>Finding dossiers, as the API and the Expedientes pages both do: advisors only ever see their own sales.</summary>
public sealed class DossierQueries(DossierSearch search, DossierFileReader files)
{
    public Task<PagedList<DossierSummary>> SearchAsync(DossierSearchCriteria criteria, ClaimsPrincipal user, int? page, int? pageSize,
        CancellationToken cancellationToken = default)
    {
        if (user.IsOnlyAdvisor()) criteria = criteria with { AdvisorCode = user.AdvisorCodeOf() ?? "-" };
        return Paging.PageAsync(search.Query(criteria), page, pageSize, DossierSummary.From, cancellationToken);
    }

    public async Task<DossierDetail> ReadAsync(string orderNumber, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var file = await files.ReadAsync(orderNumber, cancellationToken);
        if (user.IsOnlyAdvisor() && file.Dossier.AdvisorCode != user.AdvisorCodeOf())
            throw new AccessDeniedException($"Dossier {orderNumber} belongs to another advisor.");
        return DossierDetail.From(file);
    }

    /// <summary>The dossier, or null when there is none by that number (a task whose business key is not a dossier).</summary>
    public async Task<DossierDetail?> FindAsync(string orderNumber, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        try { return await ReadAsync(orderNumber, user, cancellationToken); }
        catch (WorkflowNotFoundException) { return null; }
    }
}
