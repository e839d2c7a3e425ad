using System.Text.Json.Nodes;
using System.Text.Json;
using WorkflowArchive.Bench.Load.Data;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Workflows.Definitions;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Bench.Load.Timers;

/// <summary>
/// The rows the engine itself leaves once step 9 is done, written directly: the archived dossier, its instance with one
/// token waiting at Timer_Retention, and the pending timer, due now.
/// </summary>
public sealed record DueRetentions(object?[] Dossier, object?[] Instance, object?[] Timer)
{
    public static readonly string[] DossierColumns =
    [
        "Id", "OrderNumber", "CustomerName", "CustomerNameKey", "CustomerDocument", "CustomerIsCompany", "SignedByRepresentative", "ServiceCode",
        "TransactionCode", "AdvisorCode", "Channel", "SaleDate", "Status", "ReturnCount", "ClassificationCode", "BoxId", "Position", "Location",
        "Custody", "ReceivedAt", "ArchivedAt", "RetentionPeriod", "RetentionDueAt", "InstanceId", "CustomerDocumentNumber", "OrderNumberReversed",
    ];

    public static readonly string[] InstanceColumns =
        ["Id", "DefinitionId", "DefinitionKey", "DefinitionVersion", "BusinessKey", "Status", "StartedAt", "StartedBy", "Revision", "VariablesJson", "TokensJson"];

    public static readonly string[] TimerColumns = ["Id", "InstanceId", "ElementId", "TokenId", "DueAt", "Status", "CreatedAt"];

    public static List<DueRetentions> Create(int count, ArchiveShelves shelves, WorkflowDefinition definition, DateTimeOffset now)
    {
        var archivedAt = now.AddYears(-2).AddMinutes(-1);
        return Enumerable.Range(1, count).Select(i =>
        {
            var order = BenchInputs.OrderNumber(i);
            var sale = BenchInputs.Sale(order);
            var (box, position) = shelves.File();
            var dossierId = Guid.NewGuid();
            var instanceId = Guid.NewGuid();
            var token = new Token { ElementId = "Timer_Retention", Status = TokenStatus.Waiting, ArrivedVia = "Flow_RecordArchive_Retention" };
            var variables = BenchInputs.SaleVariables();
            variables["dossierId"] = dossierId.ToString();
            variables["retentionPeriod"] = "P2Y";
            var location = $"{box.Path} / Posición {position}";
            return new DueRetentions(
                [
                    dossierId, order, sale.CustomerName, SearchText.Key(sale.CustomerName), sale.CustomerDocument, false, false, sale.ServiceCode,
                    sale.TransactionCode, sale.AdvisorCode, "Plataforma", sale.SaleDate, DossierStatus.Archived, 0, "2027/plataforma/internet/arojas",
                    box.Id, position, location, Custodies.DivisionArchive, archivedAt.AddDays(-5), archivedAt, "P2Y", archivedAt.AddYears(2), instanceId,
                    SearchText.DocumentNumber(sale.CustomerDocument), SearchText.Reversed(order),
                ],
                [
                    instanceId, definition.Id, definition.Key, definition.Version, order, InstanceStatus.Active, archivedAt.AddDays(-5), "gestora",
                    Guid.NewGuid(), variables.ToJsonString(WorkflowJson.Options), JsonSerializer.Serialize(new[] { token }, WorkflowJson.Options),
                ],
                [Guid.NewGuid(), instanceId, "Timer_Retention", token.Id, archivedAt.AddYears(2), TimerStatus.Pending, archivedAt]);
        }).ToList();
    }
}
