using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Auditing;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows.Runtime;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Host.Maintenance;

public sealed record VerifyProblem(string Code, string Message);

public sealed record VerifyReport(string? SchemaVersion, int RunningInstances, long AuditEntries, IReadOnlyList<VerifyProblem> Problems)
{
    public bool Clean => Problems.Count == 0;
}

/// <summary>
/// Checks a store the way a restore must leave it: schema up to date, no orphan rows, every running instance's waiting
/// tokens matched one to one by open tasks or pending timers, and the audit chain whole.
/// </summary>
public sealed class DatabaseVerifier(Persistence.ArchiveDbContext db)
{
    public async Task<VerifyReport> VerifyAsync(CancellationToken cancellationToken)
    {
        var problems = new List<VerifyProblem>();
        void Add(Text text) => problems.Add(new VerifyProblem(text.Code, text.ToString()));

        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        var known = db.Database.GetMigrations().ToList();
        var pending = known.Except(applied).ToList();
        var unknown = applied.Except(known).ToList();
        if (pending.Count > 0) Add(HostTexts.VerifySchemaPending.With(string.Join(", ", pending)));
        if (unknown.Count > 0) Add(HostTexts.VerifySchemaUnknown.With(string.Join(", ", unknown)));
        if (pending.Count > 0) return new VerifyReport(applied.LastOrDefault(), 0, 0, problems);

        if (db.Database.IsSqlite())
            foreach (var (table, row, parent) in await ForeignKeyProblemsAsync(cancellationToken))
                Add(HostTexts.VerifyForeignKey.With(table, row, parent));

        var running = await CheckTokensAsync(Add, cancellationToken);
        var audit = await new AuditChainVerifier(db).VerifyAsync(cancellationToken);
        if (!audit.Intact) problems.Add(new VerifyProblem(audit.Code, audit.Message));
        return new VerifyReport(applied.LastOrDefault(), running, audit.CheckedEntries, problems);
    }

    private async Task<List<(string Table, long Row, string Parent)>> ForeignKeyProblemsAsync(CancellationToken cancellationToken)
    {
        var rows = new List<(string, long, string)>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA foreign_key_check";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                rows.Add((reader.GetString(0), reader.IsDBNull(1) ? 0 : reader.GetInt64(1), reader.GetString(2)));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return rows;
    }

    private async Task<int> CheckTokensAsync(Action<Text> add, CancellationToken cancellationToken)
    {
        var instances = await db.Set<WorkflowInstance>().AsNoTracking().Where(i => i.Status != InstanceStatus.Completed).ToListAsync(cancellationToken);
        var tasks = await db.Set<UserTask>().AsNoTracking().Where(t => t.Status == UserTaskStatus.Open || t.Status == UserTaskStatus.Claimed).ToListAsync(cancellationToken);
        var timers = await db.Set<WorkflowTimer>().AsNoTracking().Where(t => t.Status == TimerStatus.Pending).ToListAsync(cancellationToken);
        var waiting = instances.SelectMany(i => i.Tokens.Where(t => t.Status == TokenStatus.Waiting).Select(t => (Instance: i.Id, Token: t)))
            .ToDictionary(w => w.Token.Id);
        var waitedFor = tasks.Select(t => t.TokenId).Concat(timers.Select(t => t.TokenId)).ToHashSet();

        foreach (var (instance, token) in waiting.Values.Where(w => !waitedFor.Contains(w.Token.Id)))
            add(HostTexts.VerifyTokenWithoutWait.With(instance, token.ElementId));
        foreach (var task in tasks.Where(t => !waiting.TryGetValue(t.TokenId, out var w) || w.Instance != t.InstanceId))
            add(HostTexts.VerifyTaskWithoutToken.With(task.Id, task.ElementId, task.InstanceId));
        foreach (var timer in timers.Where(t => !waiting.TryGetValue(t.TokenId, out var w) || w.Instance != t.InstanceId))
            add(HostTexts.VerifyTimerWithoutToken.With(timer.Id, timer.ElementId, timer.InstanceId));
        return instances.Count;
    }
}
