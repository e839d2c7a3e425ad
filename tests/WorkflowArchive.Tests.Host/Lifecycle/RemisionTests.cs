using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using WorkflowArchive.Domain.Auditing;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Transfers;
using WorkflowArchive.Workflows.Diagnostics;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Lifecycle;

/// <summary>Step 11 as the archive does it: a remisión is prepared, sent with someone, then received by Condebamba (or the box is missing).</summary>
public abstract class RemisionTests(DatabaseProvider provider) : HostedTest(provider)
{
    private static readonly string[] Orders = ["SF-2027-000801", "SF-2027-000802"];

    [Fact]
    public async Task A_remision_goes_prepared_sent_received_and_each_step_out_of_order_is_refused()
    {
        var number = await PreparedRemisionAsync();
        Assert.Matches(@"^REM-2029-\d{5}$", number);
        Assert.Equal("Prepared", (await ManifestAsync(number)).GetProperty("status").GetString());

        var early = await (await PostAsync($"/api/manifests/{number}/reception", new { receiptNumber = "ADM-ARC-2029-0001", receivedBy = "Rosa Vargas" })).ProblemAsync(409);
        Assert.Equal("manifest-not-sent", early.GetProperty("code").GetString());
        var nobody = await (await PostAsync($"/api/manifests/{number}/dispatch", new { carriedBy = " " })).ProblemAsync(400);
        Assert.Equal("manifest-carrier-required", nobody.GetProperty("code").GetString());

        var sent = await (await PostAsync($"/api/manifests/{number}/dispatch", new { carriedBy = "Juan Mamani (mensajería)" })).ReadAsync<JsonElement>();
        Assert.Equal("Sent", sent.GetProperty("status").GetString());
        Assert.Equal("Juan Mamani (mensajería)", sent.GetProperty("carriedBy").GetString());
        Assert.Equal("gestora", sent.GetProperty("sentBy").GetString());
        Assert.Equal(Factory.Time.GetUtcNow(), sent.GetProperty("sentAt").GetDateTimeOffset());
        var twice = await (await PostAsync($"/api/manifests/{number}/dispatch", new { carriedBy = "Otra persona" })).ProblemAsync(409);
        Assert.Equal("manifest-already-sent", twice.GetProperty("code").GetString());
        var unsigned = await (await PostAsync($"/api/manifests/{number}/reception", new { receiptNumber = "ADM-ARC-2029-0001" })).ProblemAsync(400);
        Assert.Equal("reception-receiver-required", unsigned.GetProperty("code").GetString());
        foreach (var order in Orders) Assert.Equal(DossierStatus.InTransfer, (await Archive.DossierAsync(order)).Status);

        var received = await (await PostAsync($"/api/manifests/{number}/reception", new { receiptNumber = "ADM-ARC-2029-0001", receivedBy = "Rosa Vargas" }))
            .ReadAsync<JsonElement>();
        Assert.Equal(2, received.GetProperty("confirmed").GetInt32());
        var manifest = await ManifestAsync(number);
        Assert.Equal(("Received", "Rosa Vargas", "ADM-ARC-2029-0001"),
            (manifest.GetProperty("status").GetString(), manifest.GetProperty("condebambaReceiver").GetString(), manifest.GetProperty("receiptNumber").GetString()));
        foreach (var order in Orders) Assert.Equal(DossierStatus.Transferred, (await Archive.DossierAsync(order)).Status);
    }

    [Fact]
    public async Task A_box_reported_missing_keeps_its_dossiers_in_the_division_until_it_arrives()
    {
        var number = await PreparedRemisionAsync();
        await (await PostAsync($"/api/manifests/{number}/dispatch", new { carriedBy = "Juan Mamani" })).ReadAsync<JsonElement>();

        var missing = await (await PostAsync($"/api/manifests/{number}/reception",
            new { receivedBy = "Rosa Vargas", boxMissing = true, note = "El vehículo llegó sin la caja A-01" })).ReadAsync<JsonElement>();

        Assert.Equal(("BoxMissing", 0), (missing.GetProperty("status").GetString(), missing.GetProperty("confirmed").GetInt32()));
        Assert.Equal("El vehículo llegó sin la caja A-01", (await ManifestAsync(number)).GetProperty("missingNote").GetString());
        var held = await Archive.DossierAsync(Orders[0]);
        Assert.Equal(DossierStatus.InTransfer, held.Status);
        Assert.NotEqual(Custodies.Condebamba, held.Custody);

        var found = await (await PostAsync($"/api/manifests/{number}/reception", new { receiptNumber = "ADM-ARC-2029-0002", receivedBy = "Rosa Vargas" }))
            .ReadAsync<JsonElement>();
        Assert.Equal(("Received", 2), (found.GetProperty("status").GetString(), found.GetProperty("confirmed").GetInt32()));
        Assert.Equal(Custodies.Condebamba, (await Archive.DossierAsync(Orders[0])).Custody);
    }

    [Fact]
    public async Task A_dossier_due_after_its_box_was_sent_goes_on_a_new_remision_with_the_next_number()
    {
        var first = await PreparedRemisionAsync();
        await (await PostAsync($"/api/manifests/{first}/dispatch", new { carriedBy = "Juan Mamani" })).ReadAsync<JsonElement>();

        await Archive.ArchiveAsync(DomainSeed.Sale("SF-2027-000803"), boxCode: "A-01");
        Factory.Time.Advance(TimeSpan.FromDays(2 * 366 + 1));
        await Archive.FireDueTimersAsync();

        var manifests = await Http.GetAsync<JsonElement>("/api/manifests");
        Assert.Equal(2, manifests.GetArrayLength());
        var second = manifests.EnumerateArray().Single(m => m.GetProperty("number").GetString() != first);
        Assert.Equal(("Prepared", 1), (second.GetProperty("status").GetString(), second.GetProperty("dossierCount").GetInt32()));
        Assert.Equal(2, (await ManifestAsync(first)).GetProperty("dossierCount").GetInt32());
        Assert.True(string.CompareOrdinal(second.GetProperty("number").GetString(), first) > 0, $"{second.GetProperty("number")} after {first}");
    }

    [Fact]
    public async Task A_remision_received_with_one_of_its_dossiers_while_another_joins_it_is_received_without_running_the_move_again()
    {
        var number = await PreparedRemisionAsync();
        var manifestId = (await ManifestAsync(number)).GetProperty("id").GetGuid();
        using var measured = new EngineMeasurements(Factory.Services.GetRequiredService<EngineMetrics>());
        // Between the reception's read of the remisión and its commit, another dossier of the box is counted in (the
        // statement ManifestAssignment sends), as happens when the box's retentions end while Condebamba's receipt is typed.
        using (new CountInAfterRead(Factory, manifestId))
            await Client.WorkAsync(LifecycleHost.Manager, Orders[0], "Task_ConfirmReception", "gestora", new JsonObject { ["receiptNumber"] = "ADM-ARC-2029-0003" });

        Assert.Equal(0, measured.Sum("workflow.move.retries") + measured.Sum("workflow.move.conflicts"));
        var manifest = await ManifestAsync(number);
        Assert.Equal(("Received", "ADM-ARC-2029-0003", "gestora", 3),
            (manifest.GetProperty("status").GetString(), manifest.GetProperty("receiptNumber").GetString(), manifest.GetProperty("receivedBy").GetString(),
                manifest.GetProperty("dossierCount").GetInt32()));
        var audited = await Factory.InScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Set<AuditEntry>().AsNoTracking()
            .Where(a => a.ObjectType == nameof(TransferManifest) && a.ObjectId == manifestId.ToString() && a.ChangesJson.Contains("ADM-ARC-2029-0003"))
            .ToListAsync());
        var entry = Assert.Single(audited);
        Assert.Equal(("Modified", "gestora"), (entry.Action, entry.Actor));
        Assert.Contains("\"before\":\"Prepared\"", entry.ChangesJson.Replace(" ", ""));
        Assert.Equal(DossierStatus.Transferred, (await Archive.DossierAsync(Orders[0])).Status);
    }

    /// <summary>Once, right after the first read of the remisión, adds one to its count from a unit of work of its own.</summary>
    private sealed class CountInAfterRead : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly ArchiveApiFactory _factory;
        private readonly Guid _manifestId;
        private readonly string _connection;
        private readonly List<IDisposable> _subscriptions = [];
        private int _done;

        public CountInAfterRead(ArchiveApiFactory factory, Guid manifestId)
        {
            (_factory, _manifestId) = (factory, manifestId);
            using var scope = factory.Services.CreateScope();
            _connection = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>().Database.GetConnectionString()!;
            _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
        }

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name) lock (_subscriptions) _subscriptions.Add(listener.Subscribe(this));
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            // Only this test's host: the listeners are process-wide and other tests run beside it.
            if (value.Key != RelationalEventId.CommandExecuted.Name || value.Value is not CommandExecutedEventData { Context: { } context } data
                || context.Database.GetConnectionString() != _connection
                || !ReadsRemisiones(data.Command.CommandText.Replace("\"", ""))
                || Interlocked.Exchange(ref _done, 1) == 1) return;
            using var scope = _factory.Services.CreateScope();
            scope.ServiceProvider.GetRequiredService<ArchiveDbContext>().Database
                .ExecuteSql($"UPDATE transfer_manifests SET \"DossierCount\" = \"DossierCount\" + 1 WHERE \"Id\" = {_manifestId}");
        }

        /// <summary>On its own or joined to its dossier, as the reception reads it.</summary>
        private static bool ReadsRemisiones(string sql) =>
            sql.StartsWith("SELECT") && (sql.Contains("FROM transfer_manifests") || sql.Contains("JOIN transfer_manifests"));

        public void OnCompleted() { }

        public void OnError(Exception error) { }

        public void Dispose()
        {
            lock (_subscriptions) foreach (var subscription in _subscriptions) subscription.Dispose();
        }
    }

    private HttpClient Http => Archive.Http;

    private async Task<string> PreparedRemisionAsync()
    {
        foreach (var order in Orders) await Archive.ArchiveAsync(DomainSeed.Sale(order), boxCode: "A-01");
        Factory.Time.Advance(TimeSpan.FromDays(2 * 366));
        Assert.Equal(Orders.Length, await Archive.FireDueTimersAsync());
        var manifests = await Http.GetAsync<JsonElement>("/api/manifests");
        return Assert.Single(manifests.EnumerateArray()).GetProperty("number").GetString()!;
    }

    private async Task<JsonElement> ManifestAsync(string number) =>
        (await Http.GetAsync<JsonElement>($"/api/manifests/{number}")).GetProperty("manifest");

    private Task<HttpResponseMessage> PostAsync(string path, object body) => Http.PostAsJsonAsync(path, body, "gestora");
}

public sealed class SqliteRemisionTests() : RemisionTests(DatabaseProvider.Sqlite);

[Trait("Provider", "Postgres")]
public sealed class PostgresRemisionTests() : RemisionTests(DatabaseProvider.Postgres);
