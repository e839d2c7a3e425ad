using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using WorkflowArchive.Workflows.Runtime;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Workflows.Persistence;

/// <summary>
/// The statements a save writes itself (its added rows as sets, its append-only rows), sent to PostgreSQL as one command:
/// one round trip instead of one per table. Each statement names its parameters apart by its slot in the command. On
/// SQLite nothing travels, and one command binds every one of its parameters to each of its statements, so there each
/// statement is sent as it comes. An UPDATE with an optimistic check may travel too (<see cref="AddCheckedAsync"/>,
/// <see cref="UpdateSet.AddToAsync"/>): it fails in the server when a row changed since it was read, so the command's
/// other statements fail with it.
/// </summary>
internal sealed class StatementBatch(DbContext db, bool sync, CancellationToken cancellationToken) : IAsyncDisposable
{
    /// <summary>Statements per command: each slot has its own parameter names, made once per process.</summary>
    public const int Slots = 16;

    private readonly bool _combines = !RowClaims.IsSqlite(db);
    private readonly List<string> _statements = [];
    private readonly List<object> _parameters = [];
    private readonly List<Action> _onWritten = [];
    private readonly List<EntityEntry> _checked = [];
    private DbCommand? _factory;

    /// <summary>
    /// Sends up to this long keep their command: a move's statements (a few VALUES groups per table, or one JSON
    /// parameter), alone or, on PostgreSQL, together. A move kind sends the same texts each time, so few are kept; a
    /// batch's long texts are built at each send, and past <see cref="KeptCommands"/> so is everything new.
    /// </summary>
    private const int KeptTextLength = 16_384, KeptCommands = 512;

    private static readonly ConcurrentDictionary<(IModel Model, StatementTexts Sql), IRelationalCommand> Commands = new();

    public DbContext Db => db;

    public bool Sync => sync;

    public CancellationToken CancellationToken => cancellationToken;

    /// <summary>The slot the next statement takes: its parameters are named for it (<see cref="ParameterName"/>).</summary>
    public int NextSlot => _combines ? _statements.Count : 0;

    /// <summary>Makes the store's parameters (the connection's command is their factory).</summary>
    public DbCommand Factory => _factory ??= db.Database.GetDbConnection().CreateCommand();

    /// <summary>A parameter's name in a slot: the slot's prefix, then its position in the statement.</summary>
    public static string ParameterName(int slot, int position) => slot == 0 ? $"p{position}" : $"s{slot}p{position}";

    /// <summary>Whether statements travel together (PostgreSQL), so an UPDATE may join a command of INSERTs.</summary>
    public bool Combines => _combines;

    /// <summary>
    /// Runs once before the first command goes (then is forgotten): a save that hopes to send everything in one command
    /// begins its transaction here if its statements do not fit in one after all.
    /// </summary>
    public Func<Task>? BeforeFirstSend { get; set; }

    /// <summary>Queues a statement (sends it, on SQLite); when the command is full it goes first.</summary>
    public async Task AddAsync(string sql, object[] parameters)
    {
        _statements.Add(sql);
        _parameters.AddRange(parameters);
        if (!_combines || _statements.Count == Slots) await SendAsync();
    }

    /// <summary>
    /// Queues an UPDATE of <paramref name="changed"/> that fails in the server with a division by zero when it changes
    /// fewer rows than it names (<see cref="UpdateSet.AddToAsync"/>): that failure is reported as EF Core reports a lost
    /// optimistic check, naming every row the command checked.
    /// </summary>
    public Task AddCheckedAsync(string sql, object[] parameters, IReadOnlyList<EntityEntry> changed)
    {
        _checked.AddRange(changed);
        return AddAsync(sql, parameters);
    }

    /// <summary>Runs once everything queued so far is written (a tracked row accepted as saved).</summary>
    public void WhenWritten(Action written) => _onWritten.Add(written);

    /// <summary>Sends what is queued as one command, then runs what waited for it.</summary>
    public async Task SendAsync()
    {
        if (_statements.Count > 0)
        {
            if (BeforeFirstSend is { } before)
            {
                BeforeFirstSend = null;
                await before();
            }
            var command = CommandFor(new StatementTexts(_statements));
            var values = new Dictionary<string, object?>(1) { [SentParameters.Instance.InvariantName] = _parameters.ToArray() };
            var checkedRows = _checked.Count > 0 ? _checked.ToList() : null;
            _statements.Clear();
            _parameters.Clear();
            _checked.Clear();
            // Through EF Core's command (its logging, interceptors and diagnostics see it as any other), not its raw-SQL
            // path, which formats the whole text again and wraps every parameter on each send.
            var sent = new RelationalCommandParameterObject(db.GetService<IRelationalConnection>(), values, null, db,
                db.GetService<IRelationalCommandDiagnosticsLogger>(), CommandSource.ExecuteSqlRaw);
            try
            {
                if (sync) command.ExecuteNonQuery(sent);
                else await command.ExecuteNonQueryAsync(sent, cancellationToken);
            }
            catch (DbException ex) when (checkedRows is not null && ex.SqlState == UpdateSet.RowChangedState)
            {
                throw new DbUpdateConcurrencyException(EngineTexts.ConcurrentChange.With().ToString(),
                    checkedRows.Select(e => e.GetInfrastructure()).Cast<Microsoft.EntityFrameworkCore.Update.IUpdateEntry>().ToList());
            }
        }
        foreach (var written in _onWritten) written();
        _onWritten.Clear();
    }

    /// <summary>The kept command for these texts, kept now if short and there is room; else one built for this send.</summary>
    private IRelationalCommand CommandFor(StatementTexts texts)
    {
        if (Commands.TryGetValue((db.Model, texts), out var kept)) return kept;
        var command = Build(db, texts.Joined());
        if (texts.Length <= KeptTextLength && Commands.Count < KeptCommands) Commands.TryAdd((db.Model, texts.Kept()), command);
        return command;
    }

    private static IRelationalCommand Build(DbContext db, string sql) =>
        db.GetService<IRelationalCommandBuilderFactory>().Create().Append(sql).AddParameter(SentParameters.Instance).Build();

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null) await _factory.DisposeAsync();
    }
}
