using System.Text.Json.Nodes;

namespace WorkflowArchive.Tests.Support;

/// <summary>What staff type into the procedure's forms for an internet sale to a person (DomainSeed.Sale).</summary>
public static class ProcedureInputs
{
    public const string ManagerRole = "gestor-documental";
    public const string AdvisorRole = "asesor-comercial";

    public static JsonObject SaleVariables(string customerName = "Rosa Quiroga Peña") => new()
    {
        ["customerName"] = customerName,
        ["customerDocument"] = "4455667 CB",
        ["customerIsCompany"] = false,
        ["serviceCode"] = "internet",
        ["transactionCode"] = "venta-nueva",
        ["advisorCode"] = "arojas",
        ["saleDate"] = "2027-05-28",
    };

    /// <summary>The manager's checklist review; an unsigned contract or an illegible ID copy sends the dossier back to the advisor.</summary>
    public static JsonObject Review(bool unsignedContract = false, bool illegibleId = false) => new()
    {
        ["documents"] = new JsonArray(
            Item("contrato", signed: !unsignedContract), Item("ci", legible: !illegibleId), Item("solicitud"), Item("croquis"), Item("acta-instalacion")),
    };

    public static JsonObject Correction(params string[] supplied) => new()
    {
        ["supplied"] = new JsonArray(supplied.Select(s => (JsonNode)s!).ToArray()), ["note"] = "Firma obtenida llamando al cliente",
    };

    public static JsonObject RetrievalRequest(string order) => new()
    {
        ["orderNumber"] = order, ["requestedBy"] = "Carla Méndez", ["requestingUnit"] = "Asesoría Legal", ["reason"] = "Reclamo ATT",
    };

    private static JsonNode Item(string code, bool legible = true, bool signed = true) =>
        new JsonObject { ["code"] = code, ["received"] = true, ["forms"] = "both", ["legible"] = legible, ["signed"] = signed };
}
