using static WorkflowArchive.Tests.Support.TestBpmn;

namespace WorkflowArchive.Tests.MultiHost;

/// <summary>The tiny workflows the several-hosts tests run: one task, or one timer.</summary>
public static class MultiHostDefinitions
{
    public static string OneTask => $"""
        <startEvent id="start" />
        {Flow("f1", "start", "work")}
        {UserTask("work")}
        {Flow("f2", "work", "end")}
        <endEvent id="end" />
        """;

    public static string OneTimer(string duration) => $"""
        <startEvent id="start" />
        {Flow("f1", "start", "wait")}
        <intermediateCatchEvent id="wait"><timerEventDefinition id="t"><timeDuration>{duration}</timeDuration></timerEventDefinition></intermediateCatchEvent>
        {Flow("f2", "wait", "end")}
        <endEvent id="end" />
        """;
}
