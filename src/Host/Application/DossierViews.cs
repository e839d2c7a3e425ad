using WorkflowArchive.Domain.Advisors;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Catalog;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Requests;

namespace WorkflowArchive.Host.Application;

/// <summary>A dossier in a search result: enough to tell it apart and to know where it is.</summary>
public sealed record DossierSummary(Guid Id, string OrderNumber, string CustomerName, string CustomerDocument, string AdvisorCode,
    AdvisorChannel Channel, DateOnly SaleDate, string ServiceCode, string TransactionCode, DossierStatus Status, int ReturnCount,
    string? Location, string Custody, DateTimeOffset ReceivedAt, DateTimeOffset? ArchivedAt, DateTimeOffset? RetentionDueAt,
    DateTimeOffset? TransferredAt, DateTimeOffset? MissingSince = null, string? MissingNote = null)
{
    public static DossierSummary From(Dossier d) => new(d.Id, d.OrderNumber, d.CustomerName, d.CustomerDocument, d.AdvisorCode, d.Channel,
        d.SaleDate, d.ServiceCode, d.TransactionCode, d.Status, d.ReturnCount, d.Location, d.Custody, d.ReceivedAt, d.ArchivedAt,
        d.RetentionDueAt, d.TransferredAt, d.MissingSince, d.MissingNote);
}

/// <summary>One dossier with its checklist, returns, history, requests, active holds and originals out on loan, and the instance that runs it.</summary>
public sealed record DossierDetail(DossierSummary Dossier, bool CustomerIsCompany, bool SignedByRepresentative, string? BatchNumber,
    int? RequirementSetVersion, string? ClassificationCode, string? BoxCode, int? Position, string? RetentionPeriod, string? ManifestNumber,
    string? CondebambaReceipt, Guid? InstanceId, IReadOnlyList<DocumentView> Documents, IReadOnlyList<ReturnView> Returns,
    IReadOnlyList<HistoryView> History, IReadOnlyList<RequestView> Requests, IReadOnlyList<HoldView> ActiveHolds,
    IReadOnlyList<LoanView> OriginalsOut, string? AdvisorReason = null)
{
    public static DossierDetail From(DossierFile file, DateOnly today)
    {
        var d = file.Dossier;
        return new DossierDetail(DossierSummary.From(d), d.CustomerIsCompany, d.SignedByRepresentative, file.BatchNumber,
            d.RequirementSetVersion, d.ClassificationCode, file.BoxCode, d.Position, d.RetentionPeriod, file.ManifestNumber,
            d.CondebambaReceipt, d.InstanceId,
            file.Documents.Select(x => new DocumentView(x.Code, x.Name, x.Required, x.MustBeSigned, x.Received, x.Legible, x.Signed, x.Defect, x.Note,
                x.UpdatedAt, x.Keeps, x.Arrived)).ToList(),
            file.Returns.Select(r => new ReturnView(r.Number, r.AdvisorCode, r.Reason, r.Items.Split('\n'), r.ReturnedAt, r.ReturnedBy, r.DueAt,
                r.CorrectedAt, r.CorrectedBy, r.CorrectionNote, r.Supplied)).ToList(),
            file.History.Select(e => new HistoryView(e.At, e.Actor, e.Action, e.Detail)).ToList(),
            file.Requests.Select(RequestView.From).ToList(),
            file.ActiveHolds.Select(h => new HoldView(h.Id, h.DossierId is not null ? "dossier" : h.BoxId is not null ? "box" : "customer", h.Reason, h.PlacedAt, h.PlacedBy)).ToList(),
            file.OriginalsOut.Select(l => LoanView.From(l, d.OrderNumber, today)).ToList(), d.AdvisorReason);
    }
}

/// <summary>One checklist item: <see cref="Keeps"/> the forms its rule says the archive keeps, <see cref="Arrived"/> those the review found (null: not recorded).</summary>
public sealed record DocumentView(string Code, string Name, bool Required, bool MustBeSigned, bool Received, bool Legible, bool Signed,
    string? Defect, string? Note, DateTimeOffset UpdatedAt, DocumentForms Keeps, DocumentForms? Arrived);

public sealed record ReturnView(int Number, string AdvisorCode, string Reason, IReadOnlyList<string> Items, DateTimeOffset ReturnedAt,
    string? ReturnedBy, DateTimeOffset DueAt, DateTimeOffset? CorrectedAt, string? CorrectedBy, string? CorrectionNote, string? Supplied);

public sealed record HistoryView(DateTimeOffset At, string? Actor, string Action, string? Detail);

public sealed record RequestView(string Number, string RequestedBy, string? RequestingUnit, string? Reason, RetrievalStatus Status,
    DateTimeOffset RequestedAt, DateTimeOffset? DueAt, string? DeliveryMethod, DateTimeOffset? ResolvedAt, string? ResolvedBy, string? NotFoundReason)
{
    public static RequestView From(RetrievalRequest r) => new(r.Number, r.RequestedBy, r.RequestingUnit, r.Reason, r.Status, r.RequestedAt,
        r.DueAt, r.DeliveryMethod, r.ResolvedAt, r.ResolvedBy, r.NotFoundReason);
}

/// <summary>An active hold that stops the transfer; <see cref="On"/> says whether it was placed on the dossier or on its whole box.</summary>
public sealed record HoldView(Guid Id, string On, string Reason, DateTimeOffset PlacedAt, string PlacedBy);
