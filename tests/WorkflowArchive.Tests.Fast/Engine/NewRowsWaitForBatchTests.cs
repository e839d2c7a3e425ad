using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using WorkflowArchive.Workflows.Persistence;

namespace WorkflowArchive.Tests.Engine;

/// <summary>
/// Which new rows a move in SQLite's group commit leaves for its batch to write (<see cref="INewRowsWaitForBatch"/>): a
/// row written at once must never point at one that waits, or the store's reference check fails in the move's turn; and
/// the batch writes a table whose rows point at another's after it.
/// </summary>
public sealed class NewRowsWaitForBatchTests
{
    [Fact]
    public void A_marked_table_waits_unless_a_row_written_now_points_at_it()
    {
        Assert.Equal(["Box"], Waiting(db => db.Add(new Box())));
        // Marked too, the card waits with its box: the batch writes both, the box first.
        Assert.Equal(["Box", "Card"], Waiting(db => db.AddRange(new Box(), new Card())));
        // The label is written now and points at the box: the box cannot wait.
        Assert.Empty(Waiting(db => db.AddRange(new Box(), new Label())));
        // Nor when the label points at the card, which points at the box.
        Assert.Empty(Waiting(db => db.AddRange(new Box(), new Card(), new CardLabel())));
    }

    [Fact]
    public void A_changed_row_pointing_at_a_marked_table_keeps_it_from_waiting()
    {
        Assert.Empty(Waiting(db =>
        {
            var label = new Label();
            db.Attach(label);
            label.Text = "changed";
            db.Add(new Box());
        }));
    }

    [Fact]
    public void Tables_are_written_principal_first_whatever_order_they_came_in()
    {
        using var db = new Store();
        IEntityType Type<T>() => db.Model.FindEntityType(typeof(T))!;

        Assert.Equal([Type<Box>(), Type<Card>(), Type<CardLabel>()], TableOrder.ByReferences([Type<CardLabel>(), Type<Card>(), Type<Box>()], t => t));
        // Tables that do not point at each other keep the order they came in (the order their first rows were added).
        Assert.Equal([Type<Box>(), Type<Label>(), Type<Card>()], TableOrder.ByReferences([Type<Box>(), Type<Label>(), Type<Card>()], t => t));
        Assert.Equal([Type<Box>(), Type<Card>(), Type<Label>()], TableOrder.ByReferences([Type<Card>(), Type<Box>(), Type<Label>()], t => t));
    }

    private static List<string> Waiting(Action<Store> change)
    {
        using var db = new Store();
        change(db);
        var entries = db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified).ToList();
        var added = entries.Where(e => e.State == EntityState.Added).GroupBy(e => e.Metadata).ToList();
        return TrackedRowSets.WaitingForBatch(entries, added).Select(t => t.ClrType.Name).Order().ToList();
    }

    private sealed class Box : INewRowsWaitForBatch
    {
        public Guid Id { get; set; } = Guid.NewGuid();
    }

    private sealed class Card : INewRowsWaitForBatch
    {
        public Guid Id { get; set; } = Guid.NewGuid();
        public Guid? BoxId { get; set; }
    }

    private sealed class Label
    {
        public Guid Id { get; set; } = Guid.NewGuid();
        public Guid? BoxId { get; set; }
        public string? Text { get; set; }
    }

    private sealed class CardLabel
    {
        public Guid Id { get; set; } = Guid.NewGuid();
        public Guid? CardId { get; set; }
    }

    private sealed class Store : DbContext
    {
        protected override void OnConfiguring(DbContextOptionsBuilder options) => options.UseSqlite("Data Source=:memory:");

        protected override void OnModelCreating(ModelBuilder model)
        {
            model.Entity<Box>();
            model.Entity<Card>().HasOne<Box>().WithMany().HasForeignKey(c => c.BoxId);
            model.Entity<Label>().HasOne<Box>().WithMany().HasForeignKey(l => l.BoxId);
            model.Entity<CardLabel>().HasOne<Card>().WithMany().HasForeignKey(l => l.CardId);
        }
    }
}
