using System.Collections.Concurrent;
using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Workflows.Persistence;

/// <summary>
/// Writes the same columns of many tracked rows of one table with one <c>UPDATE … FROM (VALUES …)</c> per statement-full
/// of rows, instead of one UPDATE per row: each VALUES group carries the row's key, the original value of each
/// concurrency token (so a row someone else changed is not overwritten) and the new values. Fewer rows changed than
/// sent means a lost optimistic check, reported as EF Core would report it. Both stores name the VALUES columns
/// column1, column2, …; PostgreSQL is told each column's type in the first group.
/// </summary>
internal sealed class UpdateSet
{
    private static readonly ConcurrentDictionary<(IModel Model, IEntityType Type, string Columns), UpdateSet> Sets = new();

    private readonly IEntityType _type;
    private readonly Column[] _keys;
    private readonly Column[] _tokens;
    private readonly Column[] _values;
    private readonly Column[] _columns;
    private readonly string _table;
    private readonly string _assignments;
    private readonly string _where;
    private readonly bool _castFirstRow;
    private readonly ISqlGenerationHelper _sql;
    private readonly SlotParameterNames _names;
    private readonly ConcurrentDictionary<int, string> _statements = new();
    private readonly ConcurrentDictionary<(int Rows, int Slot), string> _checkedStatements = new();

    /// <summary>The SQLSTATE of a checked UPDATE (<see cref="AddToAsync"/>) that found fewer rows than it names: division by zero.</summary>
    public const string RowChangedState = "22012";

    private UpdateSet(IEntityType type, IReadOnlyList<IProperty> changed, ISqlGenerationHelper sql, bool postgres, int maxParameters)
    {
        _type = type;
        _sql = sql;
        _names = new SlotParameterNames(sql);
        _castFirstRow = postgres;
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        Column ColumnOf(IProperty p) => new(p, p.GetColumnName(table)!, (RelationalTypeMapping)p.GetTypeMapping());
        _keys = type.FindPrimaryKey()!.Properties.Select(ColumnOf).ToArray();
        _tokens = type.GetProperties().Where(p => p.IsConcurrencyToken && !p.IsPrimaryKey()).Select(ColumnOf).ToArray();
        _values = changed.Select(ColumnOf).ToArray();
        _columns = [.. _keys, .. _tokens, .. _values];
        _table = sql.DelimitIdentifier(table.Name, table.Schema);
        var position = 0;
        string Next() => $"v.column{++position}";
        var keyMatch = _keys.Select(k => $"{_table}.{sql.DelimitIdentifier(k.Name)} = {Next()}").ToList();
        var tokenMatch = _tokens.Select(t => $"{_table}.{sql.DelimitIdentifier(t.Name)} = {Next()}").ToList();
        _assignments = string.Join(", ", _values.Select(v => $"{sql.DelimitIdentifier(v.Name)} = {Next()}"));
        _where = string.Join(" AND ", keyMatch.Concat(tokenMatch));
        RowsPerStatement = Math.Max(1, maxParameters / ColumnsPerRow);
    }

    private int ColumnsPerRow => _keys.Length + _tokens.Length + _values.Length;

    public IEntityType Type => _type;

    /// <summary>Which row <paramref name="values"/> (<see cref="ValuesOf"/>) change: the table and the key.</summary>
    public string RowOf(object?[] values) => _keys.Length == 1
        ? $"{_table}\u001f{values[0]}"
        : $"{_table}\u001f{string.Join("\u001f", values.Take(_keys.Length))}";

    public int RowsPerStatement { get; }

    /// <summary>Whether rows of this type can be written this way: plain columns only, every one readable from the entity.</summary>
    public static bool Handles(IEntityType type) =>
        type.GetTableName() is not null && type.FindPrimaryKey() is not null && !type.GetProperties().Any(p => p.IsShadowProperty())
        && !type.GetComplexProperties().Any() && !type.GetNavigations().Any(n => n.TargetEntityType.IsOwned());

    public static UpdateSet For(DbContext db, IEntityType type, IReadOnlyList<IProperty> changed) =>
        Sets.GetOrAdd((db.Model, type, string.Join(",", changed.Select(p => p.Name))),
            key => new UpdateSet(key.Type, changed, db.GetService<ISqlGenerationHelper>(), RowClaims.CanLockRows(db), ParametersPerStatement.For(db)));

    public Task WriteAsync(DbContext db, IReadOnlyList<EntityEntry> rows, bool sync, CancellationToken cancellationToken) =>
        WriteAsync(db, rows.Select(ValuesOf).ToList(), sync, cancellationToken,
            (start, count) => rows.Skip(start).Take(count).Select(e => e.GetInfrastructure()).Cast<Microsoft.EntityFrameworkCore.Update.IUpdateEntry>().ToList());

    /// <summary>
    /// Rows whose values were taken earlier (<see cref="ValuesOf"/>): a batch's held updates (<see cref="HeldUpdate"/>), written
    /// after the moves that made them have handed their turns back.
    /// </summary>
    public Task WriteAsync(DbContext db, IReadOnlyList<object?[]> rows, bool sync, CancellationToken cancellationToken) =>
        WriteAsync(db, rows, sync, cancellationToken, (_, _) => []);

    /// <summary>A tracked row's key, the original value of each concurrency token and the new values, in the statement's order.</summary>
    public object?[] ValuesOf(EntityEntry entry)
    {
        var values = new object?[ColumnsPerRow];
        var p = 0;
        foreach (var key in _keys) values[p++] = entry.CurrentValues[key.Property];
        foreach (var token in _tokens) values[p++] = entry.OriginalValues[token.Property];
        foreach (var value in _values) values[p++] = entry.CurrentValues[value.Property];
        return values;
    }

    private async Task WriteAsync(DbContext db, IReadOnlyList<object?[]> rows, bool sync, CancellationToken cancellationToken,
        Func<int, int, IReadOnlyList<Microsoft.EntityFrameworkCore.Update.IUpdateEntry>> entriesOf)
    {
        await using var factory = db.Database.GetDbConnection().CreateCommand();
        for (var start = 0; start < rows.Count; start += RowsPerStatement)
        {
            var count = Math.Min(RowsPerStatement, rows.Count - start);
            var parameters = Parameters(factory, rows, start, count, slot: 0);
            var sql = _statements.GetOrAdd(count, rowCount => Statement(rowCount, slot: 0));
            var changed = sync ? db.Database.ExecuteSqlRaw(sql, parameters) : await db.Database.ExecuteSqlRawAsync(sql, parameters, cancellationToken);
            if (changed != count)
                throw new DbUpdateConcurrencyException($"{count - changed} of {count} {_type.DisplayName()} rows changed since they were read.", entriesOf(start, count));
        }
    }

    /// <summary>
    /// Queues the UPDATEs of <paramref name="rows"/> in <paramref name="batch"/>'s command (PostgreSQL), each slot's
    /// parameters named apart. Each fails in the server when it changes fewer rows than it names, so the command fails
    /// whole: no count read afterwards could undo statements a command without a transaction has already committed.
    /// </summary>
    public async Task AddToAsync(StatementBatch batch, IReadOnlyList<EntityEntry> rows)
    {
        var values = rows.Select(ValuesOf).ToList();
        for (var start = 0; start < rows.Count; start += RowsPerStatement)
        {
            var count = Math.Min(RowsPerStatement, rows.Count - start);
            var slot = batch.NextSlot;
            var sql = _checkedStatements.GetOrAdd((count, slot), key => CheckedStatement(key.Rows, key.Slot));
            await batch.AddCheckedAsync(sql, Parameters(batch.Factory, values, start, count, slot),
                count == rows.Count ? rows : rows.Skip(start).Take(count).ToList());
        }
    }

    /// <summary>The store parameters of <paramref name="count"/> rows' values from <paramref name="start"/>, named for <paramref name="slot"/>.</summary>
    private object[] Parameters(DbCommand factory, IReadOnlyList<object?[]> rows, int start, int count, int slot)
    {
        var names = _names.For(slot, count * ColumnsPerRow);
        var parameters = new object[count * ColumnsPerRow];
        for (var p = 0; p < parameters.Length; p++)
        {
            var column = _columns[p % ColumnsPerRow];
            parameters[p] = column.Mapping.CreateParameter(factory, names[p], rows[start + p / ColumnsPerRow][p % ColumnsPerRow], column.Property.IsNullable);
        }
        return parameters;
    }

    /// <summary>
    /// The UPDATE as a data-modifying WITH whose SELECT divides by zero unless every row changed: an error the server
    /// raises itself (the divisor is the changed rows' count, so the planner cannot fold it away beforehand).
    /// </summary>
    private string CheckedStatement(int rows, int slot) =>
        $"WITH changed AS ({Statement(rows, slot)} RETURNING 1) SELECT 1 / (count(*) = {rows})::int FROM changed";

    private string Statement(int rows, int slot)
    {
        var text = new StringBuilder($"UPDATE {_table} SET {_assignments} FROM (VALUES ");
        var p = 0;
        for (var r = 0; r < rows; r++)
        {
            text.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < _columns.Length; c++)
            {
                if (c > 0) text.Append(", ");
                var placeholder = _sql.GenerateParameterNamePlaceholder(StatementBatch.ParameterName(slot, p++));
                // PostgreSQL types a VALUES column by its first row; a null there would make it text.
                text.Append(r == 0 && _castFirstRow ? $"CAST({placeholder} AS {_columns[c].Mapping.StoreType})" : placeholder);
            }
            text.Append(')');
        }
        return text.Append($") AS v WHERE {_where}").ToString();
    }

    private sealed record Column(IProperty Property, string Name, RelationalTypeMapping Mapping);
}
