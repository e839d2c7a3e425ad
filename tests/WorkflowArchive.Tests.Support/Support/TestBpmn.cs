namespace WorkflowArchive.Tests.Support;

/// <summary>Compact BPMN for engine tests: the process body is written with BPMN as the default namespace.</summary>
public static class TestBpmn
{
    public static string Process(string key, string body, string laneRole = "gestor") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                     xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                     xmlns:wa="http://workflowarchive.dev/schema/bpmn/1.0"
                     id="Definitions_{key}" targetNamespace="http://workflowarchive.dev/tests">
          <process id="{key}" name="Test {key}" isExecutable="true">
            <laneSet id="LaneSet_1">
              <lane id="Lane_1" name="{laneRole}" />
            </laneSet>
            {body}
          </process>
        </definitions>
        """;

    public static string Flow(string id, string source, string target, string? condition = null) => condition is null
        ? $"""<sequenceFlow id="{id}" sourceRef="{source}" targetRef="{target}" />"""
        : $"""<sequenceFlow id="{id}" sourceRef="{source}" targetRef="{target}"><conditionExpression xsi:type="tFormalExpression">{System.Security.SecurityElement.Escape(condition)}</conditionExpression></sequenceFlow>""";

    public static string UserTask(string id, string? extra = null) => $"""<userTask id="{id}" name="{id}" wa:candidateRole="gestor" {extra} />""";

    public static string ServiceTask(string id, string activity) => $"""<serviceTask id="{id}" name="{id}" wa:activity="{activity}" />""";

    /// <summary>A timer on a task's boundary, due <paramref name="duration"/> (ISO 8601) after the task opens.</summary>
    public static string BoundaryTimer(string id, string attachedTo, string duration, bool interrupting) => $"""
        <boundaryEvent id="{id}" attachedToRef="{attachedTo}" cancelActivity="{(interrupting ? "true" : "false")}">
          <timerEventDefinition id="{id}_timer"><timeDuration xsi:type="tFormalExpression">{duration}</timeDuration></timerEventDefinition>
        </boundaryEvent>
        """;

    /// <summary>From the start event, a parallel split into user tasks a and b (their outgoing flows are the caller's).</summary>
    public static string Fork() => $"""
        <startEvent id="start" />
        {Flow("f1", "start", "fork")}
        <parallelGateway id="fork" />
        {Flow("fa", "fork", "a")}
        {Flow("fb", "fork", "b")}
        {UserTask("a")}
        {UserTask("b")}
        """;

    /// <summary>Two user tasks a and b in parallel, joined before the service task "after".</summary>
    public static string ForkAndJoin(string key) => Process(key, $"""
        {Fork()}
        {Flow("fa2", "a", "join")}
        {Flow("fb2", "b", "join")}
        <parallelGateway id="join" />
        {Flow("f2", "join", "after")}
        {ServiceTask("after", "test-record")}
        {Flow("f3", "after", "end")}
        <endEvent id="end" />
        """);
}
