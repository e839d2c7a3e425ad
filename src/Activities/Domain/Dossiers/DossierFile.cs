using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Loans;
using WorkflowArchive.Domain.Requests;

namespace WorkflowArchive.Domain.Dossiers;

/// <summary>Everything known of one dossier: its checklist, returns, history, the requests that asked for it, the holds on it and its originals out on loan.</summary>
public sealed record DossierFile(
    Dossier Dossier,
    string? BatchNumber,
    string? BoxCode,
    string? ManifestNumber,
    IReadOnlyList<DossierDocument> Documents,
    IReadOnlyList<DossierReturn> Returns,
    IReadOnlyList<DossierEvent> History,
    IReadOnlyList<RetrievalRequest> Requests,
    IReadOnlyList<LegalHold> ActiveHolds,
    IReadOnlyList<OriginalLoan> OriginalsOut);
