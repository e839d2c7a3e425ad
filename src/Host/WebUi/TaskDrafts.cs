using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.JSInterop;

namespace WorkflowArchive.Host.WebUi;

/// <summary>
/// What a person has marked and typed in a task form, kept in their browser (localStorage, per person and task) as they
/// go: when the connection drops or the server restarts, the reloaded form gets it back. Completing the task forgets it.
/// </summary>
public sealed class TaskDrafts(IJSRuntime js, UiWork work)
{
    public sealed record Kept(JsonObject Draft, DateTimeOffset SavedAt);

    public async Task<Kept?> ReadAsync(Guid taskId)
    {
        var stored = await TryAsync(async key => await js.InvokeAsync<string?>("localStorage.getItem", key), taskId);
        if (string.IsNullOrEmpty(stored)) return null;
        try
        {
            return JsonSerializer.Deserialize<Kept>(stored, JsonSerializerOptions.Web);
        }
        catch (JsonException)
        {
            return null; // written by another version of the form: start afresh
        }
    }

    public Task SaveAsync(Guid taskId, JsonObject draft, DateTimeOffset now) =>
        TryAsync(async key =>
        {
            await js.InvokeVoidAsync("localStorage.setItem", key, JsonSerializer.Serialize(new Kept(draft, now), JsonSerializerOptions.Web));
            return true;
        }, taskId);

    public Task ForgetAsync(Guid taskId) =>
        TryAsync(async key =>
        {
            await js.InvokeVoidAsync("localStorage.removeItem", key);
            return true;
        }, taskId);

    // A draft is a convenience: a browser that refuses storage, or a circuit already gone, must not break the form.
    private async Task<T?> TryAsync<T>(Func<string, Task<T>> use, Guid taskId)
    {
        try
        {
            var user = (await work.UserAsync()).Identity?.Name ?? "";
            return await use($"workflowarchive.draft.{user}.{taskId:N}");
        }
        catch (Exception ex) when (ex is JSException or JSDisconnectedException or InvalidOperationException or TaskCanceledException)
        {
            return default;
        }
    }
}
