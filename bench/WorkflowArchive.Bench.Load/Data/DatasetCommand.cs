using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using WorkflowArchive.Domain.Advisors;
using WorkflowArchive.Host.Persistence;

namespace WorkflowArchive.Bench.Load.Data;

/// <summary>
/// `dataset`: a fresh store with the schema from the EF migrations (so every search index is there), the catalog and
/// shipped workflows, 40 advisors, the archive's boxes, N dossiers in bulk, and the Smartflex sales the HTTP load
/// registers and works on. Writes the search sample and a figure of how long the load took.
/// </summary>
public static class DatasetCommand
{
    public const string DatabaseName = "wa_bench_data";
    public const string LoadAdvisor = "arojas";

    public static async Task RunAsync(BenchStore store, int dossiers, int loadSales, string output)
    {
        await using var services = await BenchServices.FreshAsync(store, new BenchClock(DossierRows.Noon));

        var advisors = Advisors();
        var shelves = new ArchiveShelves(dossiers / ArchiveShelves.BoxCapacity + 2);
        var rows = new DossierRows(shelves, advisors);
        var watch = Stopwatch.StartNew();
        await using (var writer = await BulkWriter.OpenAsync(store))
        {
            await writer.WriteAsync("dossiers", DossierRows.Columns, rows.Generate(dossiers));
            await writer.WriteAsync("dossier_name_words", DossierRows.NameWordColumns, rows.NameWords());
            await writer.WriteAsync("smartflex_sales", LoadSales.Columns, LoadSales.Rows(loadSales));
        }
        var loaded = watch.Elapsed;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
            db.AddRange(advisors);
            db.AddRange(shelves.Containers);
            db.AddRange(shelves.Boxes);
            await db.SaveChangesAsync();
        }
        await AnalyzeAsync(store);
        rows.Sample.Save(Path.Combine(output, $"search-sample-{store.Provider}.json"));

        new ResultFile($"Data set, {store.Label}")
            .Line($"{dossiers:N0} dossiers and {loadSales:N0} Smartflex sales written in {ResultFile.Number(loaded.TotalSeconds)} s " +
                  $"({ResultFile.Number(dossiers / loaded.TotalSeconds, 0)} dossiers/s, {(store.Provider == DatabaseProvider.Postgres ? "binary COPY" : "prepared inserts, 50,000 per transaction")}, indexes in place); " +
                  $"{shelves.Boxes.Count:N0} boxes of {ArchiveShelves.BoxCapacity}.")
            .WriteTo(Path.Combine(output, $"dataset-{store.Provider}.md"));
    }

    private static List<Advisor> Advisors() =>
        Enumerable.Range(0, 40).Select(i => i == 0
            ? new Advisor { Code = LoadAdvisor, Name = "Ana Rojas", Channel = AdvisorChannel.Plataforma, Office = "Oficina Central" }
            : new Advisor { Code = $"asesor{i:D2}", Name = $"Asesor {i:D2}", Channel = (AdvisorChannel)(i % 3), Office = $"Oficina {i % 7}" }).ToList();

    /// <summary>Fresh planner statistics after a bulk load, as autovacuum/ANALYZE would give a production database.</summary>
    private static async Task AnalyzeAsync(BenchStore store)
    {
        await using var writer = await BulkWriter.OpenAsync(store);
        // PostgreSQL: VACUUM too, as autovacuum would, so the visibility map lets covering indexes answer without the heap.
        await writer.ExecuteAsync(store.Provider == DatabaseProvider.Postgres ? "VACUUM (ANALYZE)" : "ANALYZE");
    }
}
