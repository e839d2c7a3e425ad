using System.Security.Claims;
using WorkflowArchive.Domain.Transfers;
using WorkflowArchive.Host.Security;

namespace WorkflowArchive.Host.Application;

public sealed record ReceptionRecorded(string Number, int Confirmed, string ReceiptNumber);

/// <summary>Recording Condebamba's receipt for a whole remisión, from the API or the Remisiones page.</summary>
public sealed class ManifestActions(ManifestQueries manifests, ManifestReception reception, PolicyCheck policy)
{
    /// <summary>Completes the reception task of every dossier on the remisión; answers how many moved to Condebamba's custody.</summary>
    public async Task<ReceptionRecorded> ConfirmReceptionAsync(string number, string? receiptNumber, ClaimsPrincipal user,
        CancellationToken cancellationToken = default)
    {
        await policy.EnsureAsync(user, Policies.Archive);
        var manifest = await manifests.FindAsync(number, cancellationToken);
        var confirmed = await reception.ConfirmAsync(manifest.Id, receiptNumber ?? "", user.RequireName(), cancellationToken);
        return new ReceptionRecorded(manifest.Number, confirmed, receiptNumber!.Trim());
    }
}
