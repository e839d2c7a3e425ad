using WorkflowArchive.Workflows;
using WorkflowArchive.Workflows.Contracts;

namespace WorkflowArchive.Activities.Forms;

/// <summary>A range of days given as from/to: a reversed one is refused with a code rather than answered with nothing.</summary>
public static class DateRange
{
    public static IEnumerable<FieldError> Check(DateOnly? from, DateOnly? to, string toField)
    {
        if (from is { } start && to is { } end && start > end)
            yield return new FieldError(toField, FormTexts.DateRangeReversed.With(start, end));
    }

    /// <summary>422 on <paramref name="toField"/> when <paramref name="from"/> is after <paramref name="to"/>; either may be open.</summary>
    public static void EnsureInOrder(DateOnly? from, DateOnly? to, string toField = "to") => Check(from, to, toField).ToList().ThrowIfAny();
}
