using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Requests;
using WorkflowArchive.Domain.Transfers;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Domain.Texts;

/// <summary>A status as a message names it: by its label in the reader's language, never by the enum's English name.</summary>
public static class StatusNames
{
    public static Text Of(DossierStatus status) => (status switch
    {
        DossierStatus.Received => DomainTexts.DossierStatusReceived,
        DossierStatus.Verified => DomainTexts.DossierStatusVerified,
        DossierStatus.Returned => DomainTexts.DossierStatusReturned,
        DossierStatus.Complete => DomainTexts.DossierStatusComplete,
        DossierStatus.Classified => DomainTexts.DossierStatusClassified,
        DossierStatus.Archived => DomainTexts.DossierStatusArchived,
        DossierStatus.InTransfer => DomainTexts.DossierStatusInTransfer,
        DossierStatus.Transferred => DomainTexts.DossierStatusTransferred,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "A dossier status without a label."),
    }).With();

    public static Text Of(RetrievalStatus status) => (status switch
    {
        RetrievalStatus.Registered => DomainTexts.RequestStatusRegistered,
        RetrievalStatus.Recovered => DomainTexts.RequestStatusRecovered,
        RetrievalStatus.NotFound => DomainTexts.RequestStatusNotFound,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "A request status without a label."),
    }).With();

    public static Text Of(ManifestStatus status) => (status switch
    {
        ManifestStatus.Prepared => DomainTexts.ManifestStatusPrepared,
        ManifestStatus.Sent => DomainTexts.ManifestStatusSent,
        ManifestStatus.Received => DomainTexts.ManifestStatusReceived,
        ManifestStatus.BoxMissing => DomainTexts.ManifestStatusBoxMissing,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "A remisión status without a label."),
    }).With();
}
