using System.Security.Claims;
using WorkflowArchive.Domain.Transfers;
using WorkflowArchive.Host.Security;

namespace WorkflowArchive.Host.Application;

public sealed record ReceptionRecorded(string Number, int Confirmed, string? ReceiptNumber, ManifestStatus Status);

/// <summary>A remisión's way to Condebamba, from the API or the Remisiones page: sent, then received (or the box reported missing).</summary>
public sealed class ManifestActions(ManifestQueries manifests, ManifestDispatch dispatch, ManifestReception reception, PolicyCheck policy)
{
    public async Task<ManifestSummary> SendAsync(string number, DispatchInput input, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await policy.EnsureAsync(user, Policies.Archive);
        var manifest = await manifests.FindAsync(number, cancellationToken);
        return ManifestSummary.From(await dispatch.SendAsync(manifest.Id, input.CarriedBy, user.RequireName(), cancellationToken));
    }

    /// <summary>Completes the reception task of every dossier on the remisión; answers how many moved to Condebamba's custody.</summary>
    public async Task<ReceptionRecorded> ConfirmReceptionAsync(string number, ReceptionInput input, ClaimsPrincipal user,
        CancellationToken cancellationToken = default)
    {
        await policy.EnsureAsync(user, Policies.Archive);
        var manifest = await manifests.FindAsync(number, cancellationToken);
        var report = new ReceptionReport(input.ReceiptNumber?.Trim(), input.ReceivedBy, input.BoxMissing, input.Note);
        var confirmed = await reception.ConfirmAsync(manifest.Id, report, user.RequireName(), cancellationToken);
        var after = await manifests.FindAsync(number, cancellationToken);
        return new ReceptionRecorded(after.Number, confirmed, after.ReceiptNumber, after.Status);
    }
}
