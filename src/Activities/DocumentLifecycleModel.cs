using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Activities.Dossiers;
using WorkflowArchive.Activities.Requests;
using WorkflowArchive.Activities.Smartflex;

namespace WorkflowArchive.Activities;

/// <summary>The document-lifecycle tables, applied by the host's DbContext next to the engine's.</summary>
public static class DocumentLifecycleModel
{
    public static ModelBuilder ApplyDocumentLifecycleModel(this ModelBuilder model)
    {
        model.Entity<Dossier>(e =>
        {
            e.ToTable("dossiers");
            e.HasKey(d => d.Id);
            e.Property(d => d.OrderNumber).HasMaxLength(50);
            e.HasIndex(d => d.OrderNumber).IsUnique();
            e.Property(d => d.CustomerName).HasMaxLength(300);
            e.Property(d => d.CustomerDocument).HasMaxLength(50);
            e.HasIndex(d => d.CustomerDocument);
            e.Property(d => d.ServiceType).HasMaxLength(100);
            e.Property(d => d.TransactionType).HasMaxLength(100);
            e.Property(d => d.Advisor).HasMaxLength(200);
            e.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(d => d.ClassificationCode).HasMaxLength(300);
            e.Property(d => d.Location).HasMaxLength(300);
            e.Property(d => d.Custody).HasMaxLength(200);
            e.Property(d => d.ManifestNumber).HasMaxLength(100);
            e.Property(d => d.CondebambaReceipt).HasMaxLength(100);
            e.Property(d => d.BatchReference).HasMaxLength(100);
        });
        model.Entity<DossierEvent>(e =>
        {
            e.ToTable("dossier_events");
            e.HasKey(x => x.Id);
            e.Property(x => x.Action).HasMaxLength(100);
            e.Property(x => x.Actor).HasMaxLength(200);
            e.HasIndex(x => new { x.DossierId, x.Id });
        });
        model.Entity<SmartflexSale>(e =>
        {
            e.ToTable("smartflex_sales");
            e.HasKey(s => s.OrderNumber);
            e.Property(s => s.OrderNumber).HasMaxLength(50);
            e.Property(s => s.CustomerDocument).HasMaxLength(50);
            e.Property(s => s.CustomerName).HasMaxLength(300);
            e.Property(s => s.ServiceType).HasMaxLength(100);
            e.Property(s => s.TransactionType).HasMaxLength(100);
            e.Property(s => s.Advisor).HasMaxLength(200);
        });
        model.Entity<RetrievalRequest>(e =>
        {
            e.ToTable("retrieval_requests");
            e.HasKey(r => r.Id);
            e.Property(r => r.Number).HasMaxLength(50);
            e.HasIndex(r => r.Number).IsUnique();
            e.Property(r => r.OrderNumber).HasMaxLength(50);
            e.HasIndex(r => r.OrderNumber);
            e.Property(r => r.RequestedBy).HasMaxLength(200);
            e.Property(r => r.RequestingUnit).HasMaxLength(200);
            e.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(r => r.DeliveryMethod).HasMaxLength(20);
            e.Property(r => r.ResolvedBy).HasMaxLength(200);
        });
        return model;
    }
}
