using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Auditing;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Tests.Search;

/// <summary>
/// Every audit entry names who acted (the signed-in user, or "sistema" for timers and sweeps), and the entries form a
/// hash chain that GET /api/audit/verify walks: a row edited or deleted behind the service's back is reported. Saves
/// write their entries unlinked; linkers (a loop on every host, the verification itself) link them once committed.
/// </summary>
public abstract class AuditChainTests(DatabaseProvider provider) : HostedTest(provider, "monitora")
{
    [Fact]
    public async Task A_procedure_walk_leaves_every_entry_with_its_actor_and_verify_reports_the_one_row_edited_in_the_database()
    {
        (await Client.Http.PostAsJsonAsync("/api/archive/locations",
            new { parentCode = "EST-A", kind = "Box", code = "A-09", name = "Caja A-09", capacity = 40 }, "gestora")).EnsureSuccessStatusCode();
        var sale = DomainSeed.Sale("SF-2027-000913");
        await Archive.ArchiveAsync(sale);
        var hold = await (await Client.Http.PostAsJsonAsync("/api/holds", new { orderNumber = sale.OrderNumber, reason = "Proceso judicial 9/2028" }, "legal"))
            .ReadAsync<JsonElement>();
        await (await Client.Http.PostAsJsonAsync($"/api/holds/{hold.GetProperty("id").GetGuid()}/release", new { reason = "Causa archivada" }, "legal"))
            .ReadAsync<JsonElement>();
        Factory.Time.Advance(TimeSpan.FromDays(2 * 366));
        Assert.Equal(1, await Archive.FireDueTimersAsync());
        var manifest = await Factory.InScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Set<WorkflowArchive.Domain.Transfers.TransferManifest>()
            .AsNoTracking().SingleAsync());
        await Archive.SendAndReceiveAsync(manifest.Number, "ADM-ARC-9");
        (await Client.Http.PostAsJsonAsync("/api/requests", new { orderNumber = sale.OrderNumber, reason = "Auditoría" }, "carla"))
            .EnsureSuccessStatusCode();

        var entries = await EntriesAsync();
        Assert.All(entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Actor), $"{e.ObjectType} {e.Action} has no actor"));
        Assert.All(entries.Where(e => e.ObjectType == "LegalHold"), e => Assert.Equal("legal", e.Actor));
        Assert.Equal(2, entries.Count(e => e.ObjectType == "LegalHold"));
        Assert.Equal("gestora", entries.Single(e => e.ObjectType == "ArchiveLocation" && e.Action == "Created" && e.ChangesJson.Contains("A-09")).Actor);
        Assert.Equal("gestora", entries.Single(e => e.ObjectType == "Batch").Actor);
        Assert.Contains(entries, e => e is { ObjectType: "DossierDocument", Actor: "gestora" });
        Assert.Equal("carla", entries.Single(e => e is { ObjectType: "RetrievalRequest", Action: "Created" }).Actor);
        // The retention timer's move opened the manifest and sent the dossier on its way: background work, "sistema".
        Assert.Equal(ActorContext.System, entries.Single(e => e is { ObjectType: "TransferManifest", Action: "Created" }).Actor);
        Assert.Contains(entries, e => e.ObjectType == "Dossier" && e.Actor == ActorContext.System && e.ChangesJson.Contains("InTransfer"));
        Assert.Contains(entries, e => e is { ObjectType: "TransferManifest", Action: "Modified", Actor: "gestora" });
        Assert.Equal(Enumerable.Range(1, entries.Count).Select(i => (long?)i), entries.Select(e => e.Sequence));

        var clean = await VerifyAsync();
        Assert.True(clean.Intact);
        Assert.Equal(("audit-chain-intact", (long)entries.Count, (AuditChainBreak?)null), (clean.Code, clean.CheckedEntries, clean.FirstBreak));

        var edited = entries.First(e => e.ObjectType == "LegalHold");
        await Factory.InScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Database
            .ExecuteSqlAsync($"""UPDATE audit_entries SET "Actor" = 'gestora' WHERE "Id" = {edited.Id}"""));

        var tampered = await VerifyAsync();
        Assert.False(tampered.Intact);
        Assert.Equal("audit-entry-altered", tampered.Code);
        Assert.Equal(new AuditChainBreak(edited.Id, edited.Sequence!.Value, "LegalHold", edited.ObjectId), tampered.FirstBreak);
        Assert.Equal(edited.Sequence!.Value - 1, tampered.CheckedEntries);
        Assert.Contains("fue modificada", tampered.Message);
    }

    [Fact]
    public async Task A_deleted_row_is_reported_at_the_entry_that_follows_the_gap()
    {
        foreach (var code in new[] { "A-07", "A-08" })
            (await Client.Http.PostAsJsonAsync("/api/archive/locations",
                new { parentCode = "EST-A", kind = "Box", code, name = $"Caja {code}", capacity = 10 }, "gestora")).EnsureSuccessStatusCode();
        var entries = await EntriesAsync();
        Assert.True((await VerifyAsync()).Intact);
        var deleted = entries[^2];

        await Factory.InScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Database
            .ExecuteSqlAsync($"""DELETE FROM audit_entries WHERE "Id" = {deleted.Id}"""));

        var report = await VerifyAsync();
        Assert.Equal(("audit-entry-missing", entries[^1].Id), (report.Code, report.FirstBreak?.EntryId));
    }

    [Fact]
    public async Task Saves_and_linkers_at_the_same_moment_leave_one_unbroken_chain_with_every_entry_linked_once()
    {
        // Each request saves in its own scope and transaction, while four linkers (as four hosts would) link what has
        // committed: no entry may be linked twice, skipped, or linked to the same head as another.
        var saves = Enumerable.Range(10, 8).Select(i => Client.Http.PostAsJsonAsync("/api/archive/locations",
            new { parentCode = "EST-A", kind = "Box", code = $"C-{i}", name = $"Caja C-{i}", capacity = 10 }, "gestora")).ToList();
        var linkers = Enumerable.Range(0, 4).Select(_ => Task.Run(() => Factory.InScopeAsync(sp =>
            sp.GetRequiredService<AuditChainLinker>().LinkPendingAsync(CancellationToken.None)))).ToList();
        var responses = await Task.WhenAll(saves);
        await Task.WhenAll(linkers);

        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode, r.ToString()));
        var report = await VerifyAsync();
        Assert.True(report.Intact, report.Message);
        var entries = await EntriesAsync();
        Assert.Equal(8, entries.Count(e => e is { ObjectType: "ArchiveLocation", Actor: "gestora" }));
        Assert.Equal(Enumerable.Range(1, entries.Count).Select(i => (long?)i), entries.Select(e => e.Sequence));
        Assert.Equal(report.CheckedEntries, entries.Count);
    }

    [Fact]
    public async Task A_save_writes_its_entries_unlinked_and_a_linker_links_them_in_the_order_they_were_saved_with_one_update()
    {
        var before = await EntriesAsync();
        foreach (var code in new[] { "D-01", "D-02" })
            (await Client.Http.PostAsJsonAsync("/api/archive/locations",
                new { parentCode = "EST-A", kind = "Box", code, name = $"Caja {code}", capacity = 10 }, "gestora")).EnsureSuccessStatusCode();

        var saved = await Factory.InScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Set<AuditEntry>().AsNoTracking()
            .Where(e => e.Sequence == null).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(2, saved.Count);
        Assert.All(saved, e => Assert.Equal(("", ""), (e.Hash, e.PreviousHash)));

        var connection = await Factory.ConnectionStringAsync();
        using (var seen = new CommandsSeen(connection))
        {
            Assert.Equal(2, await Factory.InScopeAsync(sp => sp.GetRequiredService<AuditChainLinker>().LinkPendingAsync(CancellationToken.None)));
            // Both links in one UPDATE: a pass of hundreds of entries is not hundreds of statements.
            Assert.Single(seen.InOrder(), c => c.Sql.StartsWith("UPDATE audit_entries"));
        }
        var linked = (await EntriesAsync()).Skip(before.Count).ToList();
        Assert.Equal(saved.Select(e => e.Id), linked.Select(e => e.Id));
        Assert.Equal([before.Count + 1L, before.Count + 2L], linked.Select(e => e.Sequence!.Value));
        Assert.Equal(before.Count == 0 ? AuditChain.Genesis : before[^1].Hash, linked[0].PreviousHash);
        Assert.Equal(0, await Factory.InScopeAsync(sp => sp.GetRequiredService<AuditChainLinker>().LinkPendingAsync(CancellationToken.None)));
    }

    [Fact]
    public async Task An_entry_taken_out_of_the_chain_is_reported_missing_even_after_a_linker_links_it_again()
    {
        foreach (var code in new[] { "E-01", "E-02", "E-03" })
            (await Client.Http.PostAsJsonAsync("/api/archive/locations",
                new { parentCode = "EST-A", kind = "Box", code, name = $"Caja {code}", capacity = 10 }, "gestora")).EnsureSuccessStatusCode();
        var entries = await EntriesAsync();
        var taken = entries[^2];

        // Emptying an entry's place makes it look unsaved-yet: the next link puts it at the end, and the gap stays.
        await Factory.InScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Database
            .ExecuteSqlAsync($"""UPDATE audit_entries SET "Sequence" = NULL, "Hash" = '', "PreviousHash" = '' WHERE "Id" = {taken.Id}"""));

        var report = await VerifyAsync();
        Assert.False(report.Intact);
        Assert.Equal(("audit-entry-missing", entries[^1].Id), (report.Code, report.FirstBreak?.EntryId));
    }

    [Fact]
    public async Task Only_administrators_and_retention_monitors_verify_the_chain()
    {
        Assert.Equal(403, (int)(await VerifyAsAsync("gestora")).StatusCode);
        Assert.Equal(403, (int)(await VerifyAsAsync("duena")).StatusCode);
        Assert.Equal(200, (int)(await VerifyAsAsync("admin")).StatusCode);
    }

    private Task<HttpResponseMessage> VerifyAsAsync(string actor) => Client.Http.GetAsync("/api/audit/verify", actor);

    protected Task<AuditChainReport> VerifyAsync() => Client.Http.GetAsync<AuditChainReport>("/api/audit/verify");

    /// <summary>Every entry, in chain order, once the linker has linked what the test saved.</summary>
    private Task<List<AuditEntry>> EntriesAsync() => Factory.InScopeAsync(async sp =>
    {
        await sp.GetRequiredService<AuditChainLinker>().LinkPendingAsync(CancellationToken.None);
        return await sp.GetRequiredService<ArchiveDbContext>().Set<AuditEntry>().AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
    });
}

public sealed class SqliteAuditChainTests() : AuditChainTests(DatabaseProvider.Sqlite)
{
    [Fact]
    public async Task A_linker_finds_the_unlinked_entries_through_their_index_even_with_statistics_taken_before_any_was_linked()
    {
        // Statistics taken while every entry was unlinked (an ANALYZE after a bulk load or a restore): to SQLite's planner
        // "not linked yet" then means the whole table, and reading it in id order looked cheaper than the index.
        foreach (var code in new[] { "F-01", "F-02" })
            (await Client.Http.PostAsJsonAsync("/api/archive/locations",
                new { parentCode = "EST-A", kind = "Box", code, name = $"Caja {code}", capacity = 10 }, "gestora")).EnsureSuccessStatusCode();
        var connection = await Factory.ConnectionStringAsync();
        await Factory.InScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Database.ExecuteSqlRawAsync(
            "UPDATE audit_entries SET \"Sequence\" = NULL, \"Hash\" = '', \"PreviousHash\" = ''; ANALYZE;"));
        await Factory.InScopeAsync(sp => sp.GetRequiredService<AuditChainLinker>().LinkPendingAsync(CancellationToken.None));
        (await Client.Http.PostAsJsonAsync("/api/archive/locations",
            new { parentCode = "EST-A", kind = "Box", code = "F-03", name = "Caja F-03", capacity = 10 }, "gestora")).EnsureSuccessStatusCode();

        string pass;
        using (var seen = new CommandsSeen(connection))
        {
            Assert.Equal(1, await Factory.InScopeAsync(sp => sp.GetRequiredService<AuditChainLinker>().LinkPendingAsync(CancellationToken.None)));
            pass = seen.InOrder().Select(c => c.Sql).Single(sql => sql.Contains("audit_entries") && sql.Contains("IS NULL") && sql.Contains("LIMIT"));
        }

        // A pass reads only what is not linked yet, however long the trail the archive keeps.
        var plan = await PlanAsync(connection, pass);
        Assert.Contains("USING INDEX IX_audit_entries_Sequence", plan);
        Assert.DoesNotContain("SCAN", plan);
        Assert.True((await VerifyAsync()).Intact);
    }

    [Fact]
    public async Task A_pass_writes_its_links_entry_by_entry_through_their_keys_reading_its_own_rows_once()
    {
        foreach (var code in new[] { "G-01", "G-02", "G-03" })
            (await Client.Http.PostAsJsonAsync("/api/archive/locations",
                new { parentCode = "EST-A", kind = "Box", code, name = $"Caja {code}", capacity = 10 }, "gestora")).EnsureSuccessStatusCode();
        var connection = await Factory.ConnectionStringAsync();

        string write;
        using (var seen = new CommandsSeen(connection))
        {
            Assert.True(await Factory.InScopeAsync(sp => sp.GetRequiredService<AuditChainLinker>().LinkPendingAsync(CancellationToken.None)) >= 3);
            write = seen.AsSent().Single(sql => sql.StartsWith("UPDATE \"audit_entries\""));
        }

        // The pass's rows drive the statement and each entry is found by its key; driven by the unlinked entries instead,
        // SQLite parsed the pass's whole JSON again for every one of them.
        var plan = await PlanAsync(connection, write);
        Assert.Matches(@"^SCAN v VIRTUAL TABLE.* \| SEARCH audit_entries USING INTEGER PRIMARY KEY", plan);
        Assert.True((await VerifyAsync()).Intact);
    }

    private static async Task<string> PlanAsync(string connection, string sql)
    {
        await using var sqlite = new Microsoft.Data.Sqlite.SqliteConnection(connection);
        await sqlite.OpenAsync();
        await using var command = sqlite.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + System.Text.RegularExpressions.Regex.Replace(sql, @"@\w+", "500");
        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) plan.Add(reader.GetString(3));
        return string.Join(" | ", plan);
    }
}

[Trait("Provider", "Postgres")]
public sealed class PostgresAuditChainTests() : AuditChainTests(DatabaseProvider.Postgres);
