using WorkflowArchive.Workflows.ServiceTasks;

namespace WorkflowArchive.Domain.Requests;

/// <summary>What a requester hears of their own request, as it leaves through the outbox once the move commits.</summary>
public sealed record RequestNotification(string Number, string RequestedBy, string Status);

public static class RequestNotifications
{
    /// <summary>The outbox type of a request answered (delivered or not found).</summary>
    public const string Resolved = "RequestResolved";

    /// <summary>The answer, for the requester only: written in the same transaction as the status it announces.</summary>
    public static void Announce(ActivityContext context, RetrievalRequest request) =>
        context.Outbox.Enqueue(Resolved, new RequestNotification(request.Number, request.RequestedBy, request.Status.ToString()),
            $"request-resolved:{request.Number}");
}
