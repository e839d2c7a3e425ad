using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Workflows.Persistence;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Host.Persistence;

/// <summary>
/// One context for the engine's tables and the document domain's, so a workflow move and the
/// domain changes its activities make commit in the same transaction. Each provider has a subclass
/// that owns its migrations. It also keeps the Data Protection keys, so every host signs and reads the same cookies and tokens.
/// </summary>
public abstract class ArchiveDbContext(DbContextOptions options) : IdentityDbContext<ArchiveUser>(options), IDataProtectionKeyContext, IActorBoundContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    private bool _leased;

    /// <summary>Whose scope this pooled context serves (<see cref="ContextLeases"/>): its saves are audited under that name.</summary>
    public ActorContext? Actor { get; private set; }

    internal void BindTo(ActorContext actor)
    {
        Actor = actor;
        _leased = true;
    }

    // A leased context goes back to the pool through its ContextLease, once. The scope also disposes it under each name
    // it was handed out as (ArchiveDbContext, DbContext); had those returned it, the second could reach a context the
    // pool had already handed to another scope (two scopes on one connection: a move hung on the other's reader).
    public override void Dispose()
    {
        if (!_leased) base.Dispose();
    }

    public override ValueTask DisposeAsync() => _leased ? ValueTask.CompletedTask : base.DisposeAsync();

    /// <summary>Back to the pool, forgetting the actor: the next scope never saves under this one's name.</summary>
    internal ValueTask GiveBackAsync()
    {
        (_leased, Actor) = (false, null);
        return base.DisposeAsync();
    }

    internal void GiveBack()
    {
        (_leased, Actor) = (false, null);
        base.Dispose();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<ArchiveUser>(e =>
        {
            e.Property(u => u.DisplayName).HasMaxLength(200);
            e.Property(u => u.AdvisorCode).HasMaxLength(100);
        });
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
        modelBuilder.ApplyWorkflowEngineModel();
        modelBuilder.ApplyDocumentLifecycleModel();
    }
}

public sealed class SqliteArchiveDbContext(DbContextOptions<SqliteArchiveDbContext> options) : ArchiveDbContext(options)
{
    /// <summary>SQLite has no date-time-with-offset type that sorts; store UTC ticks so due-date queries run in the database.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();
    }
}

public sealed class PostgresArchiveDbContext(DbContextOptions<PostgresArchiveDbContext> options) : ArchiveDbContext(options)
{
    /// <summary>Byte-order collation on the folded name, its word tails and the reversed order number, so a prefix search is an index range scan whatever the server's locale.</summary>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<WorkflowArchive.Domain.Dossiers.Dossier>().Property(d => d.CustomerNameKey).UseCollation("C");
        modelBuilder.Entity<WorkflowArchive.Domain.Dossiers.Dossier>().Property(d => d.OrderNumberReversed).UseCollation("C");
        modelBuilder.Entity<WorkflowArchive.Domain.Dossiers.DossierNameWord>().Property(w => w.Words).UseCollation("C");
        modelBuilder.Entity<WorkflowArchive.Domain.Dossiers.DossierNameWord>().Property(w => w.Prefix).UseCollation("C");
    }
}
