using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Host.WebUi;

/// <summary>
/// Says in Spanish, for the person at the screen, why an action did not go through and what to do: the error's own
/// text, which already says both; only a conflict gets the advice to refresh, since the page shows an old state.
/// </summary>
public static class UiErrors
{
    public static string Describe(Exception exception) => exception switch
    {
        InvalidInputException e => string.Join(" ", e.Fields.Select(f => f.Text.ToString()).Distinct()),
        WorkflowConflictException e => $"{e.Text} {HostTexts.UiRefreshAndRetry.With()}",
        WorkflowException e => e.Text.ToString(),
        DbUpdateException => HostTexts.ConflictingWrite.With().ToString(),
        _ => HostTexts.UiUnexpectedError.With().ToString(),
    };
}
