using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Advisors;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Tests.Engine;

/// <summary>
/// What a failing activity leaves behind: the unit of work exactly as it stood before the activity, including what earlier
/// activities of the same move changed, whatever state each row was in.
/// </summary>
public sealed class TrackerSnapshotTests
{
    [Fact]
    public async Task Restore_undoes_an_activitys_edits_to_read_changed_and_added_rows_and_keeps_what_came_before()
    {
        await using var engine = await EngineHarness.CreateAsync();
        await engine.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DbContext>();
            db.Set<Advisor>().AddRange(Advisor("ONLYREAD", "Leída"), Advisor("EARLIER", "Guardada"));
            await db.SaveChangesAsync();
        });

        await engine.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DbContext>();
            var read = await db.Set<Advisor>().SingleAsync(a => a.Code == "ONLYREAD");
            var changed = await db.Set<Advisor>().SingleAsync(a => a.Code == "EARLIER");
            changed.Name = "Cambiada por una actividad anterior";
            var added = Advisor("ADDED", "Añadida antes");
            db.Set<Advisor>().Add(added);

            var snapshot = TrackerSnapshot.Take(db);
            read.Name = "Tocada por la actividad que falla";
            read.Active = false;
            changed.Name = "Otra vez";
            added.Office = "Otra oficina";
            var stray = Advisor("STRAY", "De la actividad que falla");
            db.Set<Advisor>().Add(stray);
            snapshot.Restore();

            Assert.Equal(("Leída", true, EntityState.Unchanged), (read.Name, read.Active, db.Entry(read).State));
            Assert.Equal(("Cambiada por una actividad anterior", EntityState.Modified), (changed.Name, db.Entry(changed).State));
            Assert.Equal(("Oficina", EntityState.Added), (added.Office, db.Entry(added).State));
            Assert.Equal(EntityState.Detached, db.Entry(stray).State);

            await db.SaveChangesAsync();
        });

        var stored = await engine.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<Advisor>().AsNoTracking().OrderBy(a => a.Code).ToListAsync());
        Assert.Equal(
            ["ADDED: Añadida antes, Oficina", "EARLIER: Cambiada por una actividad anterior, Oficina", "ONLYREAD: Leída, Oficina"],
            stored.Select(a => $"{a.Code}: {a.Name}, {a.Office}"));
    }

    private static Advisor Advisor(string code, string name) => new() { Code = code, Name = name, Office = "Oficina" };
}
