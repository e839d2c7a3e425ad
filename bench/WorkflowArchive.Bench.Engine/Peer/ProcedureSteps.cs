using WorkflowCore.Interface;
using WorkflowCore.Models;

namespace WorkflowArchive.Bench.Engine.Peer;

/// <summary>
/// The peer's steps: the decisions our activities make (Smartflex match, checklist, return, class, box, retention,
/// transfer), computed on the instance data in memory. Ours also write dossier, checklist, history and audit rows.
/// </summary>
public abstract class ProcedureStep : StepBody
{
    public override ExecutionResult Run(IStepExecutionContext context)
    {
        var data = (DossierData)context.Workflow.Data;
        Apply(data, context);
        return ExecutionResult.Next();
    }

    protected abstract void Apply(DossierData data, IStepExecutionContext context);
}

public sealed class RegisterDossier : ProcedureStep
{
    protected override void Apply(DossierData data, IStepExecutionContext context)
    {
        data.Status = "Received";
        data.History.Add($"Registrado: recibido de {data.AdvisorCode}, venta del {data.SaleDate:yyyy-MM-dd}");
    }
}

public sealed class VerifySmartflex(PeerSmartflex smartflex) : ProcedureStep
{
    protected override void Apply(DossierData data, IStepExecutionContext context)
    {
        var sale = smartflex.Find(data.OrderNumber);
        data.SmartflexOk = sale is not null && sale.CustomerDocument == data.CustomerDocument && sale.ServiceCode == data.ServiceCode
                           && sale.TransactionCode == data.TransactionCode && sale.AdvisorCode == data.AdvisorCode && sale.SaleDate == data.SaleDate;
        if (data.SmartflexOk && data.Status == "Received") data.Status = "Verified";
        data.History.Add(data.SmartflexOk ? "Verificado en Smartflex: coincide" : "Verificado en Smartflex: no coincide");
    }
}

/// <summary>
/// Opens a person's task: gives it a key of its own and tells the inbox; the WaitFor that follows holds the workflow
/// until the event with that key. One key per task, because a WaitFor also takes events published before it (the
/// first review's event would otherwise complete the second review too).
/// </summary>
public sealed class OpenTask(PeerInbox inbox) : StepBody
{
    public string Name { get; set; } = "";

    public override ExecutionResult Run(IStepExecutionContext context)
    {
        var data = (DossierData)context.Workflow.Data;
        data.TaskKey = Guid.NewGuid().ToString("N");
        inbox.Post(context.Workflow.Id, $"{Name}|{data.TaskKey}");
        return ExecutionResult.Next();
    }
}

public sealed class ValidateChecklist : ProcedureStep
{
    protected override void Apply(DossierData data, IStepExecutionContext context)
    {
        var reviewed = ((IEnumerable<ReviewedDocument>)data.TaskOutput!).ToDictionary(d => d.Code);
        data.MissingItems = BenchInputs.RequiredDocuments
            .Where(code => !reviewed.TryGetValue(code, out var d) || !(d.Received && d.Legible && d.Signed)).ToList();
        data.Complete = data.MissingItems.Count == 0;
        if (data.Complete) data.Status = "Complete";
        data.History.Add(data.Complete ? "Documentación completa" : $"Faltan: {string.Join("; ", data.MissingItems)}");
    }
}

public sealed class RegisterReturn(IDateTimeProvider clock) : ProcedureStep
{
    protected override void Apply(DossierData data, IStepExecutionContext context)
    {
        data.ReturnCount++;
        data.Status = "Returned";
        data.CorrectionDueAt = clock.UtcNow.AddDays(7);
        data.History.Add($"Devolución n.º {data.ReturnCount} a {data.AdvisorCode}: {string.Join("; ", data.MissingItems)}");
    }
}

public sealed class RecordCorrection : ProcedureStep
{
    protected override void Apply(DossierData data, IStepExecutionContext context)
    {
        data.Status = "Received";
        data.History.Add($"Corregido por el asesor: {data.TaskOutput}");
    }
}

public sealed class Classify : ProcedureStep
{
    protected override void Apply(DossierData data, IStepExecutionContext context)
    {
        data.ClassificationCode = $"{data.SaleDate.Year}/plataforma/{data.ServiceCode}/{data.AdvisorCode}";
        data.Status = "Classified";
    }
}

public sealed class ArchiveDossier : ProcedureStep
{
    protected override void Apply(DossierData data, IStepExecutionContext context)
    {
        data.Location = "Archivo de la División / Estante A / Caja BENCH-01";
        data.RetentionPeriod = TimeSpan.FromDays(731);
        data.Status = "Archived";
    }
}

/// <summary>WorkflowCore's Delay primitive, plus a post to the inbox as it goes to sleep, so the driver knows when to move the clock.</summary>
public sealed class RetentionDelay(PeerInbox inbox) : StepBody
{
    public override ExecutionResult Run(IStepExecutionContext context)
    {
        if (context.PersistenceData is not null) return ExecutionResult.Next();
        inbox.Post(context.Workflow.Id, "Timer_Retention");
        return ExecutionResult.Sleep(((DossierData)context.Workflow.Data).RetentionPeriod, true);
    }
}

public sealed class CheckLegalHold : ProcedureStep
{
    protected override void Apply(DossierData data, IStepExecutionContext context) => data.OnHold = false;
}

public sealed class TransferToCondebamba : ProcedureStep
{
    protected override void Apply(DossierData data, IStepExecutionContext context)
    {
        data.ManifestNumber = "REM-BENCH-01";
        data.Status = "InTransfer";
    }
}

public sealed class RecordReception(PeerInbox inbox) : ProcedureStep
{
    protected override void Apply(DossierData data, IStepExecutionContext context)
    {
        data.Receipt = (string)data.TaskOutput!;
        data.Location = $"Archivo Condebamba, recepción {data.Receipt}";
        data.Status = "Transferred";
        inbox.Post(context.Workflow.Id, "Completed");
    }
}
