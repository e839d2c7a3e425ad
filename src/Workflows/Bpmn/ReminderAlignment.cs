using WorkflowArchive.Workflows.Texts;
using WorkflowArchive.Workflows.Timing;

namespace WorkflowArchive.Workflows.Bpmn;

/// <summary>
/// A user task's timer boundary usually warns that its due date passed (the correction task's "plazo vencido"). When the
/// due date changes and no such timer follows, the reminder fires on the old term: a warning, not an error, because a
/// reminder may be meant to fire earlier on purpose.
/// </summary>
internal static class ReminderAlignment
{
    public static BpmnDiagnostic? Check(FlowNode task)
    {
        if (task.Kind != NodeKind.UserTask || task.DueDate is not { } due) return null;
        var reminders = task.BoundaryEvents.Where(b => b is { Kind: NodeKind.TimerBoundaryEvent, Timer.Duration: not null }).ToList();
        if (reminders.Count == 0 || reminders.Any(r => SameWait(r.Timer!.Duration!, due))) return null;
        var first = reminders[0];
        return BpmnDiagnostic.Warning(task.Id, EngineTexts.BpmnReminderOffDueDate.With(first.Name ?? first.Id, Describe(first.Timer!.Duration!), Describe(due)));
    }

    /// <summary>Equal waits however written (5bd and 5BD, P10D and P10D); expressions when their text is the same.</summary>
    public static bool SameWait(string a, string b)
    {
        if (WaitDuration.TryParse(a, out var left) && WaitDuration.TryParse(b, out var right))
            return left is WaitDuration.Calendar l && right is WaitDuration.Calendar r ? l.Duration == r.Duration : left == right;
        return string.Equals(a.Trim(), b.Trim(), StringComparison.Ordinal);
    }

    /// <summary>A term as a person reads it: 5 días hábiles, 10 días, 4 horas; anything else as written.</summary>
    public static string Describe(string text) => WaitDuration.TryParse(text, out var wait) ? wait switch
    {
        WaitDuration.BusinessDays b => b.Days == 1 ? "1 día hábil" : $"{b.Days} días hábiles",
        WaitDuration.Calendar { Duration: { Years: 0, Months: 0, Weeks: 0, Hours: 0, Minutes: 0, Seconds: 0, Days: var d } } => d == 1 ? "1 día" : $"{d} días",
        WaitDuration.Calendar { Duration: { Years: 0, Months: 0, Weeks: 0, Days: 0, Minutes: 0, Seconds: 0, Hours: var h } } => h == 1 ? "1 hora" : $"{h} horas",
        _ => $"«{text.Trim()}»",
    } : $"«{text.Trim()}»";
}
