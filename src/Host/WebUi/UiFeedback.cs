using MudBlazor;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Host.WebUi;

/// <summary>
/// Runs what a person clicked and tells them how it went: a short confirmation, or in Spanish why it did not go
/// through. Unexpected errors are logged with their stack; the person gets a plain message, never a crashed circuit.
/// </summary>
public sealed class UiFeedback(ISnackbar snackbar, ILogger<UiFeedback> logger)
{
    public async Task<bool> TryAsync(Func<Task> action, string? success = null)
    {
        try
        {
            await action();
            if (success is not null) snackbar.Add(success, Severity.Success);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            if (ex is not WorkflowException)
                logger.LogError(ex, "A web page action failed.");
            snackbar.Add(UiErrors.Describe(ex), Severity.Error);
            return false;
        }
    }

    public void Tell(string message, Severity severity = Severity.Info) => snackbar.Add(message, severity);
}
