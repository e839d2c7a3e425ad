using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Advisors;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Auditing;
using WorkflowArchive.Domain.Batches;
using WorkflowArchive.Domain.Catalog;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Loans;
using WorkflowArchive.Domain.Requests;
using WorkflowArchive.Domain.Smartflex;
using WorkflowArchive.Domain.Transfers;

namespace WorkflowArchive.Domain;

/// <summary>The document-lifecycle tables, applied by the host's DbContext next to the engine's.</summary>
public static class DocumentLifecycleModel
{
    private const int Code = 50;
    private const int Name = 300;

    public static ModelBuilder ApplyDocumentLifecycleModel(this ModelBuilder model)
    {
        model.Entity<ServiceType>(e =>
        {
            e.ToTable("service_types");
            e.HasKey(s => s.Code);
            e.Property(s => s.Code).HasMaxLength(Code);
            e.Property(s => s.Name).HasMaxLength(Name);
        });
        model.Entity<RetentionPolicy>(e =>
        {
            e.ToTable("retention_policies");
            e.HasKey(p => p.ServiceCode);
            e.Property(p => p.ServiceCode).HasMaxLength(Code);
            e.Property(p => p.Period).HasMaxLength(20);
            e.Property(p => p.ChangedBy).HasMaxLength(200);
        });
        model.Entity<TransactionType>(e =>
        {
            e.ToTable("transaction_types");
            e.HasKey(t => t.Code);
            e.Property(t => t.Code).HasMaxLength(Code);
            e.Property(t => t.Name).HasMaxLength(Name);
        });
        model.Entity<RequirementSet>(e =>
        {
            e.ToTable("requirement_sets");
            e.HasKey(s => s.Id);
            e.HasIndex(s => s.Version).IsUnique();
            e.HasIndex(s => s.EffectiveFrom);
            e.Property(s => s.CreatedBy).HasMaxLength(200);
            e.Property(s => s.Comment).HasMaxLength(2000);
            e.HasMany(s => s.Items).WithOne().HasForeignKey(i => i.RequirementSetId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<RequirementItem>(e =>
        {
            e.ToTable("requirement_items");
            e.HasKey(i => i.Id);
            e.Property(i => i.ServiceCode).HasMaxLength(Code);
            e.Property(i => i.TransactionCode).HasMaxLength(Code);
            e.Property(i => i.DocumentCode).HasMaxLength(Code);
            e.Property(i => i.DocumentName).HasMaxLength(Name);
            e.Property(i => i.Condition).HasConversion<string>().HasMaxLength(30);
            // Lists published before the rule kept a copy only.
            e.Property(i => i.Keeps).HasConversion<string>().HasMaxLength(20).HasDefaultValue(DocumentForms.Copy).HasSentinel(DocumentForms.None);
        });
        model.Entity<Advisor>(e =>
        {
            e.ToTable("advisors");
            e.HasKey(a => a.Id);
            e.Property(a => a.Code).HasMaxLength(100);
            e.HasIndex(a => a.Code).IsUnique();
            e.Property(a => a.Name).HasMaxLength(Name);
            e.Property(a => a.Office).HasMaxLength(Name);
            e.Property(a => a.Channel).HasConversion<string>().HasMaxLength(20);
        });
        model.Entity<Batch>(e =>
        {
            e.ToTable("batches");
            e.HasKey(b => b.Id);
            e.Property(b => b.Number).HasMaxLength(Code);
            e.HasIndex(b => b.Number).IsUnique();
            e.Property(b => b.AdvisorCode).HasMaxLength(100);
            e.Property(b => b.BinderNumber).HasMaxLength(Code);
            e.Property(b => b.RegisteredBy).HasMaxLength(200);
            e.HasIndex(b => new { b.AdvisorCode, b.DeliveredOn });
            // The batch list pages through them, the latest registered first.
            e.HasIndex(b => b.RegisteredAt);
        });
        model.Entity<Dossier>(ConfigureDossier);
        model.Entity<DossierNameWord>(e =>
        {
            e.ToTable("dossier_name_words");
            e.HasKey(w => new { w.DossierId, w.Position });
            e.Property(w => w.Words).HasMaxLength(Name);
            e.Property(w => w.Prefix).HasMaxLength(DossierNameWord.PrefixLength * 2);
            e.Property(w => w.OrderNumber).HasMaxLength(Code);
            // Covering and in the page's order: a name of three letters or more with a sale-date window is one range
            // (prefix equal, dates between) read in sale date + order number order, the rest of the words tested in the
            // index; the page stops after its rows and the capped count after 1,001. RepeatsPrefix is in it too, so the
            // rows that need no once-per-dossier check are told apart without reading the table.
            e.HasIndex(w => new { w.Prefix, w.SaleDate, w.OrderNumber, w.Words, w.DossierId, w.Position, w.RepeatsPrefix }).HasDatabaseName("IX_dossier_name_words_page");
            e.HasOne<Dossier>().WithMany().HasForeignKey(w => w.DossierId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<DossierDocument>(e =>
        {
            e.ToTable("dossier_documents");
            e.HasKey(d => d.Id);
            e.Property(d => d.Code).HasMaxLength(Code);
            e.Property(d => d.Name).HasMaxLength(Name);
            e.Property(d => d.Note).HasMaxLength(1000);
            e.Ignore(d => d.Defect);
            e.Ignore(d => d.Lacking);
            e.Property(d => d.Keeps).HasConversion<string>().HasMaxLength(20).HasDefaultValue(DocumentForms.Copy).HasSentinel(DocumentForms.None);
            e.Property(d => d.Arrived).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(d => new { d.DossierId, d.Code }).IsUnique();
        });
        model.Entity<DossierReturn>(e =>
        {
            e.ToTable("dossier_returns");
            e.HasKey(r => r.Id);
            e.Property(r => r.AdvisorCode).HasMaxLength(100);
            e.Property(r => r.Reason).HasMaxLength(1000);
            e.Property(r => r.ReturnedBy).HasMaxLength(200);
            e.Property(r => r.CorrectedBy).HasMaxLength(200);
            e.Property(r => r.CorrectionNote).HasMaxLength(1000);
            e.HasIndex(r => new { r.DossierId, r.Number }).IsUnique();
            e.HasIndex(r => new { r.AdvisorCode, r.ReturnedAt });
            // The indicators read a period's returns and corrections.
            e.HasIndex(r => r.ReturnedAt);
            e.HasIndex(r => r.CorrectedAt);
        });
        model.Entity<DossierEvent>(e =>
        {
            e.ToTable("dossier_events");
            e.HasKey(x => x.Id);
            e.Property(x => x.Action).HasMaxLength(100);
            e.Property(x => x.Actor).HasMaxLength(200);
            e.HasIndex(x => new { x.DossierId, x.Id });
        });
        model.Entity<ArchiveLocation>(e =>
        {
            e.ToTable("archive_locations");
            e.HasKey(l => l.Id);
            e.Property(l => l.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(l => l.Code).HasMaxLength(Code);
            e.HasIndex(l => l.Code).IsUnique();
            e.Property(l => l.Name).HasMaxLength(Name);
            e.Property(l => l.Path).HasMaxLength(1000);
            e.Property(l => l.ClassificationPrefix).HasMaxLength(Name);
            // Moves never write the fill through the unit of work (BoxFill adds one in the store); the token guards edits of the box.
            e.Property(l => l.Filled).IsConcurrencyToken();
            e.HasIndex(l => l.ParentId);
        });
        model.Entity<BoxInventory>(e =>
        {
            e.ToTable("box_inventories");
            e.HasKey(i => i.Id);
            e.Property(i => i.StartedBy).HasMaxLength(200);
            e.Property(i => i.FinishedBy).HasMaxLength(200);
            e.Ignore(i => i.IsOpen);
            e.HasIndex(i => new { i.BoxId, i.StartedAt });
            // One inventory in progress per box: a second start (another tab, a double click) conflicts instead of splitting the scans.
            e.HasIndex(i => i.BoxId).IsUnique().HasFilter("\"FinishedAt\" IS NULL").HasDatabaseName("IX_box_inventories_one_open_per_box");
        });
        model.Entity<BoxInventoryLine>(e =>
        {
            e.ToTable("box_inventory_lines");
            e.HasKey(l => l.Id);
            e.Property(l => l.Code).HasMaxLength(Code);
            e.Property(l => l.Finding).HasConversion<string>().HasMaxLength(20);
            // A code counts once per inventory, however often the scanner fires (two racing scans: the second conflicts).
            e.HasIndex(l => new { l.InventoryId, l.Code }).IsUnique();
            e.HasIndex(l => l.DossierId);
        });
        model.Entity<LegalHold>(e =>
        {
            e.ToTable("legal_holds");
            e.HasKey(h => h.Id);
            e.Property(h => h.Reason).HasMaxLength(1000);
            e.Property(h => h.PlacedBy).HasMaxLength(200);
            e.Property(h => h.ReleasedBy).HasMaxLength(200);
            e.Property(h => h.ReleaseReason).HasMaxLength(1000);
            e.Ignore(h => h.IsActive);
            e.HasIndex(h => h.DossierId);
            e.HasIndex(h => h.BoxId);
            e.Property(h => h.CustomerDocument).HasMaxLength(Code);
            e.HasIndex(h => h.CustomerDocument);
        });
        model.Entity<OriginalLoan>(e =>
        {
            e.ToTable("original_loans");
            e.HasKey(l => l.Id);
            e.Property(l => l.RequestNumber).HasMaxLength(Code);
            e.Property(l => l.LentTo).HasMaxLength(200);
            e.Property(l => l.LentBy).HasMaxLength(200);
            e.Property(l => l.ReturnedBy).HasMaxLength(200);
            e.Ignore(l => l.IsOut);
            e.HasIndex(l => new { l.DossierId, l.ReturnedAt });
            e.HasIndex(l => l.RequestId);
        });
        model.Entity<TransferManifest>(e =>
        {
            e.ToTable("transfer_manifests");
            e.HasKey(m => m.Id);
            e.Property(m => m.Number).HasMaxLength(Code);
            e.HasIndex(m => m.Number).IsUnique();
            // Moves count dossiers in with one statement (ManifestAssignment); the token makes a dispatch that raced one refuse (409).
            e.Property(m => m.DossierCount).IsConcurrencyToken();
            e.Property(m => m.BoxPath).HasMaxLength(1000);
            e.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(m => m.ReceiptNumber).HasMaxLength(100);
            e.Property(m => m.ReceivedBy).HasMaxLength(200);
            e.Property(m => m.SentBy).HasMaxLength(200);
            e.Property(m => m.CarriedBy).HasMaxLength(200);
            e.Property(m => m.CondebambaReceiver).HasMaxLength(200);
            e.Property(m => m.MissingNote).HasMaxLength(1000);
            e.HasIndex(m => new { m.BoxId, m.Status });
            // One remisión in preparation per box, whatever two moves believe: the second one conflicts and is retried.
            e.HasIndex(m => m.BoxId).IsUnique().HasFilter("\"Status\" = 'Prepared'").HasDatabaseName("IX_transfer_manifests_one_prepared_per_box");
        });
        model.Entity<NumberSequence>(e =>
        {
            e.ToTable("number_sequences");
            e.HasKey(n => n.Name);
            e.Property(n => n.Name).HasMaxLength(100);
        });
        model.Entity<SmartflexSale>(e =>
        {
            e.ToTable("smartflex_sales");
            e.HasKey(s => s.OrderNumber);
            e.Property(s => s.OrderNumber).HasMaxLength(Code);
            e.Property(s => s.CustomerDocument).HasMaxLength(Code);
            e.Property(s => s.CustomerName).HasMaxLength(Name);
            e.Property(s => s.ServiceCode).HasMaxLength(Code);
            e.Property(s => s.TransactionCode).HasMaxLength(Code);
            e.Property(s => s.AdvisorCode).HasMaxLength(100);
            e.HasIndex(s => s.SaleDate);
        });
        model.Entity<RetrievalRequest>(e =>
        {
            e.ToTable("retrieval_requests");
            e.HasKey(r => r.Id);
            e.Property(r => r.Number).HasMaxLength(Code);
            e.HasIndex(r => r.Number).IsUnique();
            e.Property(r => r.OrderNumber).HasMaxLength(Code);
            e.Property(r => r.CustomerDocument).HasMaxLength(Code);
            e.Property(r => r.CustomerName).HasMaxLength(Name);
            e.Property(r => r.RequestedBy).HasMaxLength(200);
            e.Property(r => r.RequestingUnit).HasMaxLength(200);
            e.Property(r => r.Reason).HasMaxLength(1000);
            e.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(r => r.DeliveryMethod).HasMaxLength(20);
            e.Property(r => r.ResolvedBy).HasMaxLength(200);
            e.Property(r => r.NotFoundReason).HasMaxLength(1000);
            e.HasIndex(r => r.RequestedAt);
            e.HasIndex(r => r.DossierId);
        });
        model.Entity<Attachment>(e =>
        {
            e.ToTable("attachments");
            e.HasKey(a => a.Id);
            e.Property(a => a.FileName).HasMaxLength(Name);
            e.Property(a => a.ContentType).HasMaxLength(100);
            e.Property(a => a.Sha256).HasMaxLength(64);
            e.Property(a => a.UploadedBy).HasMaxLength(200);
            e.HasIndex(a => a.RequestId);
            e.HasIndex(a => a.DossierId);
        });
        model.Entity<AuditEntry>(e =>
        {
            e.ToTable("audit_entries");
            e.HasKey(a => a.Id);
            e.Property(a => a.ObjectType).HasMaxLength(100);
            e.Property(a => a.ObjectId).HasMaxLength(100);
            e.Property(a => a.Action).HasMaxLength(20);
            e.Property(a => a.Actor).HasMaxLength(200).IsRequired();
            e.Property(a => a.PreviousHash).HasMaxLength(64);
            e.Property(a => a.Hash).HasMaxLength(64);
            e.HasIndex(a => new { a.ObjectType, a.ObjectId, a.Id });
            // One entry per place in the chain: a second linker linking to the same head fails instead of forking it.
            // Entries not linked yet have no place (NULL, which a unique index allows many of) and are found through it.
            e.HasIndex(a => a.Sequence).IsUnique().HasDatabaseName(AuditChainLinker.SequenceIndex);
        });
        return model;
    }

    /// <summary>Indexes follow the search screen: order number, CI/NIT, name prefix, advisor, sale date, status, box.</summary>
    private static void ConfigureDossier(EntityTypeBuilder<Dossier> e)
    {
        e.ToTable("dossiers");
        e.HasKey(d => d.Id);
        e.Property(d => d.OrderNumber).HasMaxLength(Code);
        e.HasIndex(d => d.OrderNumber).IsUnique();
        e.Property(d => d.CustomerName).HasMaxLength(Name);
        e.Property(d => d.CustomerNameKey).HasMaxLength(Name);
        // Name prefix with a sale-date window, the search's hardest query, reads both columns from this one index; a prefix
        // alone still uses its leading column.
        e.HasIndex(d => new { d.CustomerNameKey, d.SaleDate });
        e.Property(d => d.CustomerDocument).HasMaxLength(Code);
        e.HasIndex(d => d.CustomerDocument);
        // The forms people search by (SearchText): a CI/NIT without extension, the trailing digits of an order number.
        e.Property(d => d.CustomerDocumentNumber).HasMaxLength(Code);
        e.HasIndex(d => d.CustomerDocumentNumber);
        e.Property(d => d.OrderNumberReversed).HasMaxLength(Code);
        e.HasIndex(d => d.OrderNumberReversed);
        e.Property(d => d.AdvisorReason).HasMaxLength(1000);
        e.Property(d => d.ServiceCode).HasMaxLength(Code);
        e.Property(d => d.TransactionCode).HasMaxLength(Code);
        e.Property(d => d.AdvisorCode).HasMaxLength(100);
        e.HasIndex(d => new { d.AdvisorCode, d.SaleDate });
        // The indicators count how many of each advisor's dossiers arrived in a period.
        e.HasIndex(d => new { d.AdvisorCode, d.ReceivedAt });
        e.HasIndex(d => d.SaleDate);
        e.Property(d => d.Channel).HasConversion<string>().HasMaxLength(20);
        e.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        e.HasIndex(d => new { d.Status, d.SaleDate });
        e.HasIndex(d => d.BoxId);
        e.HasIndex(d => d.RetentionDueAt);
        e.HasIndex(d => d.FirstReviewedAt);
        e.HasIndex(d => d.BatchId);
        e.Property(d => d.ClassificationCode).HasMaxLength(Name);
        e.Property(d => d.Location).HasMaxLength(1000);
        e.Property(d => d.Custody).HasMaxLength(200);
        e.Property(d => d.RetentionPeriod).HasMaxLength(20);
        e.Property(d => d.CondebambaReceipt).HasMaxLength(100);
        e.Property(d => d.MissingNote).HasMaxLength(1000);
    }
}
