using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Npgsql;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.MultiHost;

/// <summary>
/// Several real Host processes on one fresh PostgreSQL database and the test Redis, as they would run behind a load
/// balancer: demo users (password Archivo.2027!), no demo data, sweeps every second. Needs ./scripts/test.sh's
/// PostgreSQL and Redis (WORKFLOWARCHIVE_TEST_POSTGRES, WORKFLOWARCHIVE_TEST_REDIS).
/// </summary>
public sealed class HostCluster : IAsyncDisposable
{
    public const string RedisVariable = "WORKFLOWARCHIVE_TEST_REDIS";
    public const string DemoPassword = "Archivo.2027!";

    private readonly TestDatabase _database;
    private readonly string _redis;
    private readonly List<HostProcess> _hosts = [];

    private HostCluster(TestDatabase database, string redis)
    {
        _database = database;
        _redis = redis;
    }

    public IReadOnlyList<HostProcess> Hosts => _hosts;
    public string ConnectionString => _database.ConnectionString;

    public static async Task<HostCluster> CreateAsync()
    {
        var redis = Environment.GetEnvironmentVariable(RedisVariable)
            ?? throw new InvalidOperationException(
                $"{RedisVariable} is not set. Run ./scripts/test.sh (it starts PostgreSQL and Redis on loopback), or filter out Provider=Postgres tests.");
        return new HostCluster(await TestDatabase.CreateEmptyAsync(DatabaseProvider.Postgres), redis);
    }

    public IReadOnlyDictionary<string, string> Settings(IReadOnlyDictionary<string, string>? overrides = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Database:Provider"] = "Postgres",
            ["Database:ConnectionString"] = _database.ConnectionString,
            ["Database:SeedDemoData"] = "false",
            ["Redis:Connection"] = _redis,
            ["Background:TimerSweepCron"] = "* * * * * *",
            // One pump per host: the hosts then contend with each other for the timers, which is what these tests are about
            // (a host's own parallel lanes are covered by ProcedureApiTests). With four lanes one host fired a thousand
            // timers before Hangfire's scheduler, which wakes about every 15 s, started the other host's sweep.
            ["Background:TimerLanes"] = "1",
            ["Background:OutboxSweepCron"] = "*/2 * * * * *",
            ["Background:OutboxLeaseSeconds"] = "5",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:WorkflowArchive.Host.Background"] = "Information",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string>()) settings[key] = value;
        return settings;
    }

    /// <summary>Starts a host on a new port, or on <paramref name="port"/> (a restart).</summary>
    public async Task<HostProcess> StartHostAsync(string name, IReadOnlyDictionary<string, string>? overrides = null, int? port = null)
    {
        var host = await HostProcess.StartAsync(name, port ?? HostProcess.FreePort(), Settings(overrides));
        _hosts.Add(host);
        return host;
    }

    public async Task<(HostProcess A, HostProcess B)> StartTwoAsync(IReadOnlyDictionary<string, string>? overrides = null)
    {
        // Started together, as behind a load balancer: they take turns to migrate and seed.
        var a = StartHostAsync("A", overrides);
        var b = StartHostAsync("B", overrides);
        return (await a, await b);
    }

    public static HttpClient Client(HostProcess host, string? token = null)
    {
        var http = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (token is not null) http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    public static async Task<string> SignInAsync(HostProcess host, string userName = "admin")
    {
        using var http = Client(host);
        var response = await http.PostAsJsonAsync("/api/auth/login", new { userName, password = DemoPassword });
        return (await response.ReadAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    /// <summary>Saves and publishes a test definition through the API.</summary>
    public static async Task PublishAsync(HttpClient admin, string key, string body)
    {
        (await admin.PutAsync("/api/definitions/draft", new StringContent(TestBpmn.Process(key, body), Encoding.UTF8, "application/xml"))).EnsureSuccessStatusCode();
        await (await admin.PostAsJsonAsync($"/api/definitions/{key}/publish", new { comment = "v1" })).ReadAsync<JsonElement>();
    }

    /// <summary>Starts <paramref name="count"/> instances, a few at a time, each through one of the clients in turn.</summary>
    public static async Task StartInstancesAsync(IReadOnlyList<HttpClient> clients, string key, int count, string prefix)
    {
        using var gate = new SemaphoreSlim(6);
        await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                var response = await clients[i % clients.Count].PostAsJsonAsync("/api/instances", new { definitionKey = key, businessKey = $"{prefix}-{i:D5}" });
                await response.ReadAsync<JsonElement>();
            }
            finally { gate.Release(); }
        }));
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T));
    }

    public async Task<List<T>> ColumnAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<T>();
        while (await reader.ReadAsync()) values.Add(reader.GetFieldValue<T>(0));
        return values;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Polls a count until it reaches <paramref name="expected"/> (bounded: a deadline for the wait, not a speed claim).</summary>
    public Task<long> WaitForCountAsync(string sql, long expected, int seconds = 180) =>
        Eventually.ReadAsync(() => ScalarAsync<long>(sql), value => value == expected, TimeSpan.FromSeconds(seconds));

    public string Outputs => string.Join("\n\n", _hosts.Select(h => $"--- host {h.Name} (port {h.Port}) ---\n{h.Output}"));

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts) await host.DisposeAsync();
        await _database.DisposeAsync();
    }
}
