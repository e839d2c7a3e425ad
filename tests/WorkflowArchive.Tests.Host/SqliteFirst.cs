using System.Runtime.CompilerServices;
using WorkflowArchive.Host.Persistence;

namespace WorkflowArchive.Tests;

/// <summary>
/// SQLite takes its process-wide settings only before its first connection. The host tells it at its start; in this
/// process some tests open connections of their own before any host starts, so it is told as the assembly loads.
/// </summary>
internal static class SqliteFirst
{
    [ModuleInitializer]
    internal static void TellSqlite() => SqliteProcessSettings.Apply();
}
