using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Advisors;
using WorkflowArchive.Domain.Auditing;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Persistence;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Tests.Pipeline;

/// <summary>
/// Contexts come from EF Core's pool, one scope after another. A context the next scope takes saves under that scope's
/// actor, and without the rows its last scope buffered and never saved (a request that failed halfway); a scope gives
/// its context back once, however many names it took it under.
/// </summary>
public abstract class PooledContextTests(DatabaseProvider provider) : HostedTest(provider)
{
    [Fact]
    public async Task A_context_handed_to_the_next_scope_saves_under_its_actor_and_without_what_the_last_scope_left()
    {
        var first = await Factory.InScopeAsync(async sp =>
        {
            sp.GetRequiredService<ActorContext>().SignIn("ana.rojas");
            var db = sp.GetRequiredService<ArchiveDbContext>();
            (await db.Set<Advisor>().SingleAsync(a => a.Code == "arojas")).Name = "Ana Rojas (primera)";
            await db.SaveChangesAsync();
            // Then the request fails after buffering an audit entry: its scope ends without saving it.
            AppendBuffer.For(db).Add(AuditEntry.Of(nameof(Advisor), "arojas", "Nunca guardado", Factory.Time.GetUtcNow(), "ana.rojas", new Dictionary<string, (object?, object?)>()));
            return db;
        });

        // The pool hands contexts out in turn (hosted work may hold some): take scopes until that one comes back.
        var reused = false;
        for (var scope = 0; scope < 200 && !reused; scope++)
            reused = await Factory.InScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<ArchiveDbContext>();
                if (!ReferenceEquals(db, first)) return false;
                sp.GetRequiredService<ActorContext>().SignIn("luis.fernandez");
                (await db.Set<Advisor>().SingleAsync(a => a.Code == "arojas")).Name = "Ana Rojas (segunda)";
                await db.SaveChangesAsync();
                return true;
            });
        Assert.True(reused, "no later scope was handed the first scope's context: contexts are not pooled");

        var (audited, neverSaved) = await Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ArchiveDbContext>();
            var entries = await db.Set<AuditEntry>().AsNoTracking().Where(e => e.ObjectType == nameof(Advisor) && e.ChangesJson.Contains("Ana Rojas (")).ToListAsync();
            return (entries.Select(e => (e.Actor, Second: e.ChangesJson.Contains("segunda"))).OrderBy(e => e.Second).ToList(),
                await db.Set<AuditEntry>().CountAsync(e => e.Action == "Nunca guardado"));
        });
        Assert.Equal([("ana.rojas", false), ("luis.fernandez", true)], audited);
        Assert.Equal(0, neverSaved);
    }

    [Fact]
    public async Task A_scope_gives_its_context_back_once_when_it_ends_whoever_disposed_it_before()
    {
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            // Handed out as ArchiveDbContext and as DbContext, the same context: the scope disposes it under both names.
            var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
            Assert.Same(db, scope.ServiceProvider.GetRequiredService<DbContext>());
            // Disposing it early must not give it to another scope while this one still works with it.
            await db.DisposeAsync();
            Assert.True(await db.Set<Advisor>().AnyAsync());
        }

        // Scopes side by side: no two may hold the same context, and each one works.
        var scopes = Enumerable.Range(0, 40).Select(_ => Factory.Services.CreateAsyncScope()).ToList();
        try
        {
            var contexts = scopes.Select(s => s.ServiceProvider.GetRequiredService<ArchiveDbContext>()).ToList();
            Assert.Equal(contexts.Count, contexts.Distinct(ReferenceEqualityComparer.Instance).Count());
            foreach (var db in contexts) Assert.True(await db.Set<Advisor>().AnyAsync());
        }
        finally
        {
            foreach (var scope in scopes) await scope.DisposeAsync();
        }
    }
}

public sealed class SqlitePooledContextTests() : PooledContextTests(DatabaseProvider.Sqlite);

[Trait("Provider", "Postgres")]
public sealed class PostgresPooledContextTests() : PooledContextTests(DatabaseProvider.Postgres);
