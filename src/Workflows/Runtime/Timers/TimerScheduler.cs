using System.Globalization;
using WorkflowArchive.Workflows.Persistence;
using WorkflowArchive.Workflows.Bpmn;
using WorkflowArchive.Workflows.Expressions;
using WorkflowArchive.Workflows.Texts;
using WorkflowArchive.Workflows.Timing;

namespace WorkflowArchive.Workflows.Runtime;

/// <summary>
/// Turns timer definitions into due dates and timer rows. Durations count calendar days in <paramref name="zone"/>
/// (the clock's local zone: the archive's, La Paz), so a due date falls on the date a person there expects; business
/// days (<c>5BD</c>) count on <paramref name="calendar"/>, the archive's working days.
/// </summary>
internal sealed class TimerScheduler(ExpressionEvaluator expressions, TimeZoneInfo zone, IWorkingCalendar calendar)
{
    public WorkflowTimer Create(MoveContext move, FlowNode node, Guid tokenId, Guid? userTaskId)
    {
        var timer = new WorkflowTimer
        {
            InstanceId = move.Instance.Id,
            ElementId = node.Id,
            TokenId = tokenId,
            UserTaskId = userTaskId,
            DueAt = DueAt(node.Timer!.Duration, node.Timer.Date, move),
            Status = TimerStatus.Pending,
            CreatedAt = move.Now,
        };
        move.Db.Set<WorkflowTimer>().Add(timer);
        move.Journal(node, JournalAction.TimerScheduled, $"Vence {timer.DueAt:yyyy-MM-dd HH:mm} UTC");
        return timer;
    }

    /// <summary>A duration counts from now in the zone's calendar; a date is taken as written (UTC when no offset).</summary>
    public DateTimeOffset DueAt(string? duration, string? date, MoveContext move)
    {
        if (duration is not null)
        {
            var period = Resolve(duration, move);
            return WaitDuration.TryParse(period, out var parsed)
                ? parsed.AddTo(move.Now, zone, calendar)
                : throw new WorkflowValidationException(EngineTexts.TimerDurationInvalid.With(period));
        }
        var text = Resolve(date!, move);
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at.ToUniversalTime()
            : throw new WorkflowValidationException(EngineTexts.TimerDateInvalid.With(text));
    }

    private string Resolve(string text, MoveContext move) =>
        ExpressionText.IsExpression(text) ? expressions.EvaluateText(text, move.Instance.Variables) : text;

    /// <summary>
    /// Cancels the pending timers of a task the move holds: those in the tracker when they were read with it
    /// (<see cref="UserTask.TimersTracked"/>), otherwise asked for first.
    /// </summary>
    public static Task CancelPendingOfTaskAsync(MoveContext move, UserTask task, CancellationToken cancellationToken)
    {
        if (!task.TimersTracked) return CancelPendingOfTaskAsync(move, task.Id, cancellationToken);
        Cancel(move.Db.Set<WorkflowTimer>().Local.Where(t => t.UserTaskId == task.Id).ToList());
        return Task.CompletedTask;
    }

    /// <summary>Cancels the pending timers of one of the move's instance's tasks (its boundary events'; one that is firing is no longer pending).</summary>
    public static async Task CancelPendingOfTaskAsync(MoveContext move, Guid taskId, CancellationToken cancellationToken) =>
        Cancel(await move.Db.StoredAndPendingAsync(EngineQueries.For(move.Db).TimersOfTask(move.Db, move.Instance.Id, taskId),
            t => t.UserTaskId == taskId, cancellationToken));

    /// <summary>Cancels every pending timer of an instance.</summary>
    public static async Task CancelPendingOfInstanceAsync(MoveContext move, Guid instanceId, CancellationToken cancellationToken) =>
        Cancel(await move.Db.StoredAndPendingAsync(EngineQueries.For(move.Db).TimersOfInstance(move.Db, instanceId),
            t => t.InstanceId == instanceId, cancellationToken));

    private static void Cancel(List<WorkflowTimer> timers)
    {
        foreach (var timer in timers.Where(t => t.Status == TimerStatus.Pending)) timer.Status = TimerStatus.Cancelled;
    }
}
