using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Bench.Load.Timers;

/// <summary>Counts, after the sweep, what "each timer fired exactly once" means in rows: fired timers, journal moves, instances moved on.</summary>
public sealed record ExactlyOnceCheck(int FiredRows, int FiredMoves, int InstancesMoved, int MostMovesOfOneInstance, int ReceptionTasks)
{
    private const string Timer = "Timer_Retention";

    public static async Task<ExactlyOnceCheck> RunAsync(ArchiveDbContext db)
    {
        var moves = db.Set<JournalEntry>().Where(j => j.ElementId == Timer && j.Action == JournalAction.TimerFired);
        return new ExactlyOnceCheck(
            await db.Set<WorkflowTimer>().CountAsync(t => t.ElementId == Timer && t.Status == TimerStatus.Fired),
            await moves.CountAsync(),
            await moves.Select(j => j.InstanceId).Distinct().CountAsync(),
            await moves.GroupBy(j => j.InstanceId).Select(g => g.Count()).OrderByDescending(c => c).FirstOrDefaultAsync(),
            await db.Set<UserTask>().CountAsync(t => t.ElementId == "Task_ConfirmReception"));
    }

    public bool Holds(int count) => FiredRows == count && FiredMoves == count && InstancesMoved == count && MostMovesOfOneInstance == 1 && ReceptionTasks == count;

    public string Describe(int count) => Holds(count)
        ? $"yes ({FiredMoves:N0} TimerFired moves, 1 per instance; {ReceptionTasks:N0} transfers reached reception)"
        : $"**no**: {FiredRows:N0} fired rows, {FiredMoves:N0} moves over {InstancesMoved:N0} instances (max {MostMovesOfOneInstance} per instance), {ReceptionTasks:N0} reception tasks";
}
