using System.Text.Json.Nodes;

namespace WorkflowArchive.Workflows.ServiceTasks;

/// <summary>Variables an activity adds to the instance, and one line for the journal saying what it did.</summary>
public sealed record ActivityResult(JsonObject Output, string Summary)
{
    public static ActivityResult Done(string summary, JsonObject? output = null) => new(output ?? [], summary);
}
