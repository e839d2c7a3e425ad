using System.Collections.Concurrent;
using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Workflows.Persistence;

/// <summary>
/// How the rows of one mapped entity type are appended: one INSERT with a VALUES group per row, its columns, value
/// conversions and parameter types taken from the EF Core model (so a row reads back exactly as if EF had written it).
/// The store generates integer keys, in the order of the VALUES groups. The SQL text for a given number of rows is made
/// once per process. On SQLite the rows go as one JSON parameter instead where their columns allow (<see cref="SqliteJsonRows"/>).
/// </summary>
internal sealed class AppendTable
{
    private static readonly ConcurrentDictionary<(IModel Model, Type Type), AppendTable> Tables = new();

    /// <summary>Rows per statement when they go as one JSON parameter (SQLite): bounded only to bound the text's size.</summary>
    private const int JsonRowsPerStatement = 1_000;

    /// <summary>
    /// Below this many values a statement's parameters cost less than the JSON (writing it, json_each reading it): a
    /// move's few journal rows go as parameters, a batch's thousands as JSON.
    /// </summary>
    private const int JsonFromParameters = 200;

    private readonly Column[] _columns;
    private readonly string _prefix;
    private readonly ISqlGenerationHelper _sqlHelper;
    private readonly SlotParameterNames _names;
    private readonly ConcurrentDictionary<(int Rows, int Slot), string> _sql = new();
    private readonly RelationalTypeMapping[] _mappings;
    private readonly string? _jsonSql;
    private readonly string _jsonParameter;

    private AppendTable(IEntityType entityType, ISqlGenerationHelper sql, int maxParameters, bool sqlite)
    {
        EntityType = entityType;
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        _columns = entityType.GetProperties()
            .Where(p => !IsStoreGeneratedKey(p) && p.GetColumnName(table) is not null)
            .Select(p => new Column(p.GetColumnName(table)!, p.GetGetter(), (RelationalTypeMapping)p.GetTypeMapping(), p.IsNullable))
            .ToArray();
        _prefix = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", _columns.Select(c => sql.DelimitIdentifier(c.Name)))}) VALUES ";
        RowsPerStatement = Math.Max(1, maxParameters / Math.Max(1, _columns.Length));
        _sqlHelper = sql;
        _names = new SlotParameterNames(sql);
        _mappings = _columns.Select(c => c.Mapping).ToArray();
        _jsonParameter = sql.GenerateParameterName("rows");
        if (sqlite && _columns.All(c => SqliteJsonRows.Carries(c.Mapping)))
            _jsonSql = $"{_prefix[..^"VALUES ".Length]}SELECT {SqliteJsonRows.Reads(_columns.Length)} FROM json_each({sql.GenerateParameterNamePlaceholder("rows")})";
    }

    public int RowsPerStatement { get; }

    public IEntityType EntityType { get; }

    public static AppendTable For(DbContext db, Type type) =>
        Tables.GetOrAdd((db.Model, type), key => new AppendTable(
            key.Model.FindEntityType(key.Type) ?? throw new InvalidOperationException($"{key.Type.Name} is not mapped: it cannot be appended."),
            db.GetService<ISqlGenerationHelper>(), ParametersPerStatement.For(db), RowClaims.IsSqlite(db)));

    /// <summary>
    /// Writes the rows with as few statements as the parameter limit allows (one, for most moves), through
    /// <paramref name="batch"/>: on PostgreSQL they travel with the save's other statements.
    /// </summary>
    public async Task WriteAsync(StatementBatch batch, IReadOnlyList<object> rows)
    {
        for (var start = 0; start < rows.Count;)
            start += _jsonSql is null || (rows.Count - start) * _columns.Length < JsonFromParameters
                ? await WriteParametersAsync(batch, rows, start, RowsPerStatement)
                : await WriteJsonAsync(batch, rows, start) ?? await WriteParametersAsync(batch, rows, start, 1);
    }

    /// <summary>Rows from <paramref name="start"/> as one JSON parameter (SQLite); how many, or null when the first must go as parameters.</summary>
    private async Task<int?> WriteJsonAsync(StatementBatch batch, IReadOnlyList<object> rows, int start)
    {
        var count = Math.Min(JsonRowsPerStatement, rows.Count - start);
        if (SqliteJsonRows.TryWrite(count, _mappings, (r, c) => _columns[c].Getter.GetClrValueUsingContainingEntity(rows[start + r])) is not (var json, var written))
            return null;
        var parameter = batch.Factory.CreateParameter();
        parameter.ParameterName = _jsonParameter;
        parameter.Value = json;
        // SQLite only, where a batch never holds two statements: the fixed name cannot clash.
        await batch.AddAsync(_jsonSql!, [parameter]);
        return written;
    }

    private async Task<int> WriteParametersAsync(StatementBatch batch, IReadOnlyList<object> rows, int start, int most)
    {
        var count = Math.Min(Math.Min(RowsPerStatement, most), rows.Count - start);
        var slot = batch.NextSlot;
        var names = _names.For(slot, count * _columns.Length);
        var parameters = new object[count * _columns.Length];
        var p = 0;
        for (var r = 0; r < count; r++)
        {
            var row = rows[start + r];
            foreach (var column in _columns)
            {
                parameters[p] = column.Mapping.CreateParameter(batch.Factory, names[p], column.Getter.GetClrValueUsingContainingEntity(row), column.Nullable);
                p++;
            }
        }
        await batch.AddAsync(_sql.GetOrAdd((count, slot), key => Sql(key.Rows, key.Slot)), parameters);
        return count;
    }

    private string Sql(int rows, int slot)
    {
        var text = new StringBuilder(_prefix, _prefix.Length + rows * _columns.Length * 8);
        var p = 0;
        for (var r = 0; r < rows; r++)
        {
            text.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < _columns.Length; c++)
            {
                if (c > 0) text.Append(", ");
                text.Append(_sqlHelper.GenerateParameterNamePlaceholder(StatementBatch.ParameterName(slot, p++)));
            }
            text.Append(')');
        }
        return text.ToString();
    }

    /// <summary>An integer key the store numbers itself (journal, audit, dossier events); other keys are written as set.</summary>
    public static bool IsStoreGeneratedKey(IProperty property) =>
        property.IsPrimaryKey() && property.ValueGenerated == ValueGenerated.OnAdd && (property.ClrType == typeof(long) || property.ClrType == typeof(int));

    private sealed record Column(string Name, IClrPropertyGetter Getter, RelationalTypeMapping Mapping, bool Nullable);
}
