using System.Text.Json;
using WorkflowArchive.Bench.Load.Data;

namespace WorkflowArchive.Bench.Load.Http;

/// <summary>The search screen's usual questions against the full data set, one client, each asked many times with sampled values.</summary>
public static class SearchRun
{
    private const double GoalP95Ms = 20;
    private const int WarmUpPerKind = 40;

    public static async Task<ResultFile> RunAsync(ApiClient api, SearchSample sample, int perKind, string label)
    {
        var kinds = new (string Name, Func<int, string> Url)[]
        {
            ("order number", i => $"/api/dossiers?orderNumber={Pick(sample.OrderNumbers, i)}"),
            ("CI/NIT", i => $"/api/dossiers?customerDocument={Uri.EscapeDataString(Pick(sample.Documents, i))}"),
            ("name prefix + 1-year sale dates", i => Pick(sample.Names, i) is var n
                ? $"/api/dossiers?name={Uri.EscapeDataString(n.Prefix)}&from={n.From:yyyy-MM-dd}&to={n.To:yyyy-MM-dd}" : ""),
            ("status Archived + box code", i => $"/api/dossiers?status=Archived&location={Pick(sample.ArchivedBoxes, i)}"),
            // The forms people search by (issue #14): a later word of the name, a CI/NIT without extension, an order's last digits.
            ("name: a later word (surname), no dates", i => $"/api/dossiers?name={Uri.EscapeDataString(Pick(sample.LaterWords, i))}"),
            ("CI/NIT without extension", i => $"/api/dossiers?customerDocument={Pick(sample.DocumentNumbers, i)}"),
            ("order number: last 6 digits", i => $"/api/dossiers?orderNumber={Pick(sample.OrderTails, i)}"),
        };
        // Every kind warms up before any is measured: the host compiles its search path while serving the first
        // requests (tiered JIT), which would otherwise count against whichever kind comes first.
        foreach (var (_, url) in kinds)
            for (var i = 0; i < WarmUpPerKind; i++) await api.GetAsync(url(perKind + i));
        var rows = new List<IReadOnlyList<string>>();
        foreach (var (name, url) in kinds)
        {
            var latencies = new List<double>();
            long matches = 0, capped = 0;
            for (var i = 0; i < perKind; i++)
            {
                var result = await api.GetAsync(url(i));
                if (result.Status != 200) throw new InvalidOperationException($"{url(i)}: {result.Status} {result.Body}");
                latencies.Add(result.Milliseconds);
                var answer = JsonDocument.Parse(result.Body).RootElement;
                matches += answer.GetProperty("total").GetInt64();
                // The search counts to 1,000 at most ("más de 1.000"): past it the total is a lower bound.
                if (answer.TryGetProperty("totalIsLowerBound", out var lower) && lower.GetBoolean()) capped++;
            }
            var p = new Percentiles(latencies);
            rows.Add([name, p.Count.ToString(), ResultFile.Number((double)matches / perKind, 1), capped.ToString(), ResultFile.Number(p.P50, 2), ResultFile.Number(p.P95, 2),
                ResultFile.Number(p.P99, 2), ResultFile.Number(p.Max, 2), ResultFile.Goal(p.P95 < GoalP95Ms)]);
        }
        return new ResultFile($"Search, {label}")
            .Table(["Query (GET /api/dossiers)", "Requests", "Mean total (counted to 1,000)", "Totals over 1,000", "p50 (ms)", "p95 (ms)", "p99 (ms)", "max (ms)", "Goal p95 < 20 ms"], rows);
    }

    private static T Pick<T>(IReadOnlyList<T> values, int i) => values[i % values.Count];
}
