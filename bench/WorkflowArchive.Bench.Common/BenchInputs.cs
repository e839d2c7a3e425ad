using System.Text.Json.Nodes;
using WorkflowArchive.Domain.Smartflex;

namespace WorkflowArchive.Bench;

/// <summary>
/// What staff type into the procedure's forms in every benchmark: an internet sale to a person, reviewed once with the
/// contract unsigned (one return to the advisor), corrected, reviewed complete, archived, received by Condebamba.
/// </summary>
public static class BenchInputs
{
    public static readonly DateOnly SaleDate = new(2027, 5, 28);
    public static readonly string[] RequiredDocuments = ["contrato", "ci", "solicitud", "croquis", "acta-instalacion"];

    public static string OrderNumber(int index) => $"BENCH-{index:D8}";

    public static SmartflexSale Sale(string orderNumber) => new()
    {
        OrderNumber = orderNumber, CustomerName = "Rosa Quiroga Peña", CustomerDocument = "4455667 CB", CustomerIsCompany = false,
        ServiceCode = "internet", TransactionCode = "venta-nueva", AdvisorCode = ReferenceData.AdvisorCode, SaleDate = SaleDate,
    };

    public static JsonObject SaleVariables() => new()
    {
        ["customerName"] = "Rosa Quiroga Peña", ["customerDocument"] = "4455667 CB", ["customerIsCompany"] = false,
        ["serviceCode"] = "internet", ["transactionCode"] = "venta-nueva", ["advisorCode"] = ReferenceData.AdvisorCode,
        ["saleDate"] = SaleDate.ToString("yyyy-MM-dd"),
    };

    public static JsonObject Review(bool unsignedContract = false) => new()
    {
        ["documents"] = new JsonArray(RequiredDocuments.Select(code => (JsonNode)new JsonObject
        {
            ["code"] = code, ["received"] = true, ["forms"] = "both", ["legible"] = true, ["signed"] = !(unsignedContract && code == "contrato"),
        }).ToArray()),
    };

    public static JsonObject Correction() => new()
    {
        ["supplied"] = new JsonArray("contrato"), ["note"] = "Firma obtenida llamando al cliente",
    };

    public static JsonObject Reception(string orderNumber) => new() { ["receiptNumber"] = $"ADM-ARC-{orderNumber}" };
}
