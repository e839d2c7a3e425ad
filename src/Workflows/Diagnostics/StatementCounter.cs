using System.Buffers;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace WorkflowArchive.Workflows.Diagnostics;

/// <summary>
/// Counts the SQL statements each context sends (a command EF batches holds several; each counts). The engine reads the
/// count before and after a move for <see cref="EngineMetrics.MoveStatements"/>; the statement guard test asserts a full
/// run stays under its measured count. The host adds it to its contexts' interceptors; a context without it counts nothing.
/// </summary>
public sealed class StatementCounter : DbCommandInterceptor
{
    private readonly ConditionalWeakTable<DbContext, StrongBox<long>> _counts = new();

    /// <summary>Statements the context has sent so far, or null when this counter is not among its interceptors.</summary>
    public long? CountFor(DbContext db)
    {
        if (_counts.TryGetValue(db, out var count)) return Volatile.Read(ref count.Value);
        var interceptors = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors;
        return interceptors?.Contains(this) == true ? 0 : null;
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Count(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Count(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Count(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Count(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Count(command, eventData);
        return ValueTask.FromResult(result);
    }

    private void Count(DbCommand command, CommandEventData eventData)
    {
        if (eventData.Context is not { } db) return;
        Interlocked.Add(ref _counts.GetValue(db, _ => new StrongBox<long>()).Value, Statements(command.CommandText));
    }

    private static readonly SearchValues<char> Marks = SearchValues.Create(";'\"-");

    /// <summary>
    /// Statements in a command's text: the non-empty pieces between semicolons outside quotes and comments. It runs on
    /// every command the host sends, so it jumps from mark to mark (quote, semicolon, dash) instead of reading each
    /// character: an entity's SELECT on SQLite quotes every name.
    /// </summary>
    public static int Statements(string sql)
    {
        var count = 0;
        var pending = false;
        var rest = sql.AsSpan();
        while (true)
        {
            var next = rest.IndexOfAny(Marks);
            if (!pending && !(next < 0 ? rest : rest[..next]).IsWhiteSpace()) pending = true;
            if (next < 0) break;
            var mark = rest[next];
            rest = rest[(next + 1)..];
            if (mark == ';')
            {
                if (pending) count++;
                pending = false;
            }
            else if (mark == '-' && rest.StartsWith('-'))
            {
                var endOfLine = rest.IndexOf('\n');
                rest = endOfLine < 0 ? [] : rest[(endOfLine + 1)..];
            }
            else
            {
                pending = true;
                if (mark == '-') continue;
                var close = rest.IndexOf(mark);
                rest = close < 0 ? [] : rest[(close + 1)..];
            }
        }
        return pending ? count + 1 : count;
    }
}
