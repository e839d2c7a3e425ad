using WorkflowCore.Interface;
using WorkflowCore.Primitives;

namespace WorkflowArchive.Bench.Engine.Peer;

/// <summary>
/// gestion-documental.bpmn written for WorkflowCore: the same steps in the same order, user tasks as an inbox post
/// plus WaitFor, the exclusive gateways as While loops, the retention timer as a Delay.
/// </summary>
public sealed class GestionDocumentalWorkflow : IWorkflow<DossierData>
{
    public string Id => "gestion-documental";
    public int Version => 1;

    public void Build(IWorkflowBuilder<DossierData> builder) => builder
        .StartWith<RegisterDossier>()
        .Then<VerifySmartflex>()
        .UserTask("Task_ReviewChecklist")
        .Then<ValidateChecklist>()
        .While(data => !(data.Complete && data.SmartflexOk)).Do(returned => returned
            .StartWith<RegisterReturn>()
            .UserTask("Task_CorrectDocumentation")
            .Then<RecordCorrection>()
            .Then<VerifySmartflex>()
            .UserTask("Task_ReviewChecklist")
            .Then<ValidateChecklist>())
        .Then<Classify>()
        .UserTask("Task_Archive")
        .Then<ArchiveDossier>()
        .Then<RetentionDelay>()
        .Then<CheckLegalHold>()
        .While(data => data.OnHold).Do(held => held
            .StartWith<CheckLegalHold>())
        .Then<TransferToCondebamba>()
        .UserTask("Task_ConfirmReception")
        .Then<RecordReception>();
}

public static class UserTaskSteps
{
    /// <summary>A person's task: open it in the inbox, wait for the event with the task's key, keep its data.</summary>
    public static IStepBuilder<DossierData, WaitFor> UserTask<TStep>(this IStepBuilder<DossierData, TStep> builder, string name)
        where TStep : IStepBody => builder
        .Then<OpenTask>().Input(step => step.Name, _ => name)
        .WaitFor(name, (data, _) => data.TaskKey)
        .Output(data => data.TaskOutput, step => step.EventData);
}
