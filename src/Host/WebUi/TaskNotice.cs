using System.Text.Json;
using MudBlazor;
using WorkflowArchive.Domain.Requests;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Host.WebUi;

/// <summary>One hub message as the person sees it; <see cref="Toast"/> says whether it deserves a toast or only a refresh.</summary>
public sealed record TaskNotice(string Message, string Text, Severity Severity, string? Link, bool Toast = true)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static TaskNotice From(string message, JsonElement payload)
    {
        if (message == "InstanceIncident")
        {
            var incident = payload.Deserialize<IncidentNotification>(Json)!;
            return new(message, $"Incidente en {incident.BusinessKey}: {incident.Message}", Severity.Error, null);
        }
        if (message == "RequestUpdated") return ForRequest(payload.Deserialize<RequestNotification>(Json)!);
        var task = payload.Deserialize<TaskNotification>(Json)!;
        var link = $"/tareas/{task.TaskId}";
        return message switch
        {
            "TaskCreated" => new(message, $"Nueva tarea: {task.Name} — {task.BusinessKey}", Severity.Info, link),
            "TaskOverdue" => new(message, $"Tarea vencida: {task.Name} — {task.BusinessKey}", Severity.Warning, link),
            // Claims and completions mostly echo what this person (or a colleague) just did: lists refresh, no toast.
            "TaskAssigned" => new(message, $"Tarea tomada por {task.Assignee}: {task.Name} — {task.BusinessKey}", Severity.Normal, link, Toast: false),
            _ => new(message, $"Tarea completada: {task.Name} — {task.BusinessKey}", Severity.Success, null, Toast: false),
        };
    }

    /// <summary>A requester's own request: answered, or past its deadline; the link opens their list of requests.</summary>
    private static TaskNotice ForRequest(RequestNotification request) => request.Status switch
    {
        nameof(RetrievalStatus.Recovered) => new("RequestUpdated", $"Su solicitud {request.Number} fue entregada.", Severity.Success, RequestsPage),
        nameof(RetrievalStatus.NotFound) => new("RequestUpdated", $"Su solicitud {request.Number}: el archivo no encontró la documentación.", Severity.Warning, RequestsPage),
        _ => new("RequestUpdated", $"Su solicitud {request.Number} pasó su plazo; el archivo todavía la atiende.", Severity.Warning, RequestsPage),
    };

    private const string RequestsPage = "/solicitudes";

    public bool IsAboutRequest => Message == "RequestUpdated";
}
