namespace WorkflowArchive.Workflows.Texts;

/// <summary>
/// The engine's messages: BPMN files and their validation, expressions, definitions, instances, tasks and incidents.
/// Texts in EngineTexts.resx (Spanish, the neutral language) and EngineTexts.en.resx (English); each key's code is its resource name.
/// Keys are static readonly fields only, so ResourceCompletenessTests finds every one of them.
/// </summary>
public static class EngineTexts
{
    private static TextKey Key(string code) => new(code, typeof(EngineTexts));

    // Input checked against a contract (422)
    public static readonly TextKey InvalidInput = Key("invalid-input");
    public static readonly TextKey FieldRequired = Key("field-required");

    // Reading a BPMN file
    public static readonly TextKey BpmnFileEmpty = Key("bpmn-file-empty");
    public static readonly TextKey BpmnFileTooLarge = Key("bpmn-file-too-large");
    public static readonly TextKey BpmnDtdRefused = Key("bpmn-dtd-refused");
    public static readonly TextKey BpmnNotWellFormed = Key("bpmn-not-well-formed");
    public static readonly TextKey BpmnTooDeep = Key("bpmn-too-deep");
    public static readonly TextKey BpmnRootNotDefinitions = Key("bpmn-root-not-definitions");
    public static readonly TextKey BpmnNoProcess = Key("bpmn-no-process");
    public static readonly TextKey BpmnProcessPicked = Key("bpmn-process-picked");
    public static readonly TextKey BpmnSeveralProcesses = Key("bpmn-several-processes");
    public static readonly TextKey BpmnUnknownElement = Key("bpmn-unknown-element");
    public static readonly TextKey BpmnArtifactKept = Key("bpmn-artifact-kept");
    public static readonly TextKey BpmnElementWithoutId = Key("bpmn-element-without-id");
    public static readonly TextKey BpmnDuplicateId = Key("bpmn-duplicate-id");
    public static readonly TextKey BpmnUnsupportedStartEvent = Key("bpmn-unsupported-start-event");
    public static readonly TextKey BpmnUnsupportedEndEvent = Key("bpmn-unsupported-end-event");
    public static readonly TextKey BpmnUnsupportedCatchEvent = Key("bpmn-unsupported-catch-event");
    public static readonly TextKey BpmnUnsupportedBoundaryEvent = Key("bpmn-unsupported-boundary-event");
    public static readonly TextKey BpmnUntypedTask = Key("bpmn-untyped-task");
    public static readonly TextKey BpmnUnsupportedElement = Key("bpmn-unsupported-element");
    public static readonly TextKey BpmnTimerCycle = Key("bpmn-timer-cycle");
    public static readonly TextKey BpmnTimerEmpty = Key("bpmn-timer-empty");
    public static readonly TextKey BpmnTimerBoth = Key("bpmn-timer-both");
    public static readonly TextKey BpmnFlowWithoutId = Key("bpmn-flow-without-id");
    public static readonly TextKey BpmnConditionEmpty = Key("bpmn-condition-empty");
    public static readonly TextKey BpmnFlowWithoutEnds = Key("bpmn-flow-without-ends");
    public static readonly TextKey BpmnConditionLanguage = Key("bpmn-condition-language");
    public static readonly TextKey BpmnConditionType = Key("bpmn-condition-type");
    public static readonly TextKey BpmnFlowSourceMissing = Key("bpmn-flow-source-missing");
    public static readonly TextKey BpmnFlowTargetMissing = Key("bpmn-flow-target-missing");
    public static readonly TextKey BpmnLaneReferenceIgnored = Key("bpmn-lane-reference-ignored");
    public static readonly TextKey BpmnEmptyReference = Key("bpmn-empty-reference");
    public static readonly TextKey BpmnReferenceIgnored = Key("bpmn-reference-ignored");

    // Validating a process
    public static readonly TextKey BpmnNoStartEvent = Key("bpmn-no-start-event");
    public static readonly TextKey BpmnSeveralStartEvents = Key("bpmn-several-start-events");
    public static readonly TextKey BpmnNoEndEvent = Key("bpmn-no-end-event");
    public static readonly TextKey BpmnUnreachable = Key("bpmn-unreachable");
    public static readonly TextKey BpmnEndWithOutgoing = Key("bpmn-end-with-outgoing");
    public static readonly TextKey BpmnNoOutgoing = Key("bpmn-no-outgoing");
    public static readonly TextKey BpmnEventWithIncoming = Key("bpmn-event-with-incoming");
    public static readonly TextKey BpmnServiceTaskWithoutActivity = Key("bpmn-service-task-without-activity");
    public static readonly TextKey BpmnActivityNotRegistered = Key("bpmn-activity-not-registered");
    public static readonly TextKey BpmnUserTaskWithoutRole = Key("bpmn-user-task-without-role");
    public static readonly TextKey BpmnDueDateInvalid = Key("bpmn-due-date-invalid");
    public static readonly TextKey BpmnDefaultFlowNotOutgoing = Key("bpmn-default-flow-not-outgoing");
    public static readonly TextKey BpmnBoundaryHostMissing = Key("bpmn-boundary-host-missing");
    public static readonly TextKey BpmnBoundaryNotOnUserTask = Key("bpmn-boundary-not-on-user-task");
    public static readonly TextKey BpmnConditionOutsideGateway = Key("bpmn-condition-outside-gateway");
    public static readonly TextKey BpmnDefaultFlowCondition = Key("bpmn-default-flow-condition");
    public static readonly TextKey BpmnGatewayFlowWithoutCondition = Key("bpmn-gateway-flow-without-condition");

    // Dates, durations and expressions (designer and running instances)
    public static readonly TextKey DateInvalid = Key("iso-date-invalid");
    public static readonly TextKey DurationInvalid = Key("iso-duration-invalid");
    public static readonly TextKey DurationTooLong = Key("iso-duration-too-long");
    public static readonly TextKey BusinessDaysOutOfRange = Key("business-days-out-of-range");
    public static readonly TextKey BpmnReminderOffDueDate = Key("bpmn-reminder-off-due-date");
    public static readonly TextKey PublishCommentRequired = Key("publish-comment-required");
    public static readonly TextKey ExpressionDoesNotCompile = Key("expression-does-not-compile");
    public static readonly TextKey ExpressionNotBoolean = Key("expression-not-boolean");
    public static readonly TextKey ExpressionNotText = Key("expression-not-text");
    public static readonly TextKey ExpressionUnknownVariable = Key("expression-unknown-variable");
    public static readonly TextKey ExpressionFailed = Key("expression-failed");

    // Definitions: drafts, imports, publishing
    public static readonly TextKey ElementNotFound = Key("definition-element-not-found");
    public static readonly TextKey ProcessKeyInvalid = Key("process-key-invalid");
    public static readonly TextKey ProcessKeyTaken = Key("process-key-taken");
    public static readonly TextKey NoDraftToPublish = Key("definition-no-draft");
    public static readonly TextKey DefinitionUnreadable = Key("definition-unreadable");
    public static readonly TextKey DefinitionNotPublishable = Key("definition-not-publishable");
    public static readonly TextKey ImportUnsupported = Key("definition-import-unsupported");
    public static readonly TextKey ProblemOnElement = Key("bpmn-problem-on-element");
    public static readonly TextKey VersionUnreadable = Key("definition-version-unreadable");

    // Instances and tasks
    public static readonly TextKey BusinessKeyRequired = Key("business-key-required");
    public static readonly TextKey DefinitionNotPublished = Key("definition-not-published");
    public static readonly TextKey InstanceAlreadyRunning = Key("instance-already-running");
    public static readonly TextKey InstanceNotFound = Key("instance-not-found");
    public static readonly TextKey NoIncidentToRetry = Key("instance-no-incident");
    public static readonly TextKey TaskNotFound = Key("task-not-found");
    public static readonly TextKey TaskAlreadyCompleted = Key("task-already-completed");
    public static readonly TextKey TaskAlreadyCancelled = Key("task-already-cancelled");
    public static readonly TextKey TaskClaimedByOther = Key("task-claimed-by-other");
    public static readonly TextKey TaskNotClaimed = Key("task-not-claimed");
    public static readonly TextKey TaskReleaseNotAssignee = Key("task-release-not-assignee");
    public static readonly TextKey TaskReassignReasonRequired = Key("task-reassign-reason-required");
    public static readonly TextKey TaskCompleteNotAssignee = Key("task-complete-not-assignee");
    public static readonly TextKey TaskNoLongerAwaited = Key("task-no-longer-awaited");
    public static readonly TextKey ConcurrentChange = Key("concurrent-change");
    public static readonly TextKey GroupCommitRolledBack = Key("group-commit-rolled-back");
    public static readonly TextKey GroupCommitOtherStore = Key("group-commit-other-store");
    public static readonly TextKey ContextWithoutScope = Key("context-without-scope");
    public static readonly TextKey TaskCommentEmpty = Key("task-comment-empty");
    public static readonly TextKey TaskCommentTooLong = Key("task-comment-too-long");

    // Incidents: what went wrong in a step and what to do
    public static readonly TextKey TimerDurationInvalid = Key("timer-duration-invalid");
    public static readonly TextKey TimerDateInvalid = Key("timer-date-invalid");
    public static readonly TextKey ActivityNotRegistered = Key("activity-not-registered");
    public static readonly TextKey ActivityVariableMissing = Key("activity-variable-missing");
    public static readonly TextKey ActivityUnexpectedError = Key("activity-unexpected-error");
    public static readonly TextKey InstanceLoops = Key("instance-loops");
    public static readonly TextKey GatewayNoMatchingFlow = Key("gateway-no-matching-flow");

    public static readonly TextKey OutboxMessageNotFound = Key("outbox-message-not-found");
    public static readonly TextKey OutboxMessageNotParked = Key("outbox-message-not-parked");
}
