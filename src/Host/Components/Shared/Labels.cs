using WorkflowArchive.Domain.Advisors;
using WorkflowArchive.Domain.Catalog;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Forms;
using WorkflowArchive.Domain.Requests;
using WorkflowArchive.Domain.Transfers;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Host.Components.Shared;

/// <summary>
/// The one place where the app's states and codes get the Spanish words people read: statuses of dossiers, requests,
/// remisiones, tasks and processes, delivery methods, roles, custody, process keys and retention periods. A value this
/// class does not know is shown as "—" rather than as its code.
/// </summary>
public static class Labels
{
    public const string Unknown = "—";

    public static string Of(DossierStatus status) => status switch
    {
        DossierStatus.Received => "Recibido",
        DossierStatus.Verified => "Verificado",
        DossierStatus.Returned => "Devuelto al asesor",
        DossierStatus.Complete => "Completo",
        DossierStatus.Classified => "Clasificado",
        DossierStatus.Archived => "Archivado",
        DossierStatus.InTransfer => "En remisión",
        DossierStatus.Transferred => "En Condebamba",
        _ => Unknown,
    };

    /// <summary>A dossier status carried as text (e.g. in a look-up answer).</summary>
    public static string Dossier(string? status) => Enum.TryParse<DossierStatus>(status, out var parsed) ? Of(parsed) : Unknown;

    public static string Of(RetrievalStatus status) => status switch
    {
        RetrievalStatus.Registered => "Registrada",
        RetrievalStatus.Recovered => "Entregada",
        RetrievalStatus.NotFound => "No encontrada",
        _ => Unknown,
    };

    public static string Of(ManifestStatus status) => status switch
    {
        ManifestStatus.Prepared => "Preparada",
        ManifestStatus.Sent => "Enviada, esperando recepción",
        ManifestStatus.Received => "Recibida en Condebamba",
        ManifestStatus.BoxMissing => "Caja no recibida",
        _ => Unknown,
    };

    public static string Of(UserTaskStatus status) => status switch
    {
        UserTaskStatus.Open => "Sin tomar",
        UserTaskStatus.Claimed => "Tomada",
        UserTaskStatus.Completed => "Completada",
        UserTaskStatus.Cancelled => "Cancelada",
        _ => Unknown,
    };

    public static string Of(InstanceStatus status) => status switch
    {
        InstanceStatus.Active => "en curso",
        InstanceStatus.Incident => "con incidente",
        InstanceStatus.Completed => "terminado",
        _ => Unknown,
    };

    /// <summary>An instance status carried as text, as the API's InstanceSummary has it.</summary>
    public static string Instance(string? status) => Enum.TryParse<InstanceStatus>(status, out var parsed) ? Of(parsed) : Unknown;

    public static string Of(AdvisorChannel channel) => channel switch
    {
        AdvisorChannel.Plataforma => "Plataforma",
        AdvisorChannel.Zonal => "Zonales",
        AdvisorChannel.Mezzanine => "Mezzanine",
        _ => Unknown,
    };


    /// <summary>A role's name; a role a process owner introduced with a new lane reads as its lane title did ("revisor-legal" → "Revisor legal").</summary>
    public static string Role(string? role) => role switch
    {
        null or "" => Unknown,
        _ when Roles.DisplayNames.TryGetValue(role, out var name) => name,
        _ => char.ToUpperInvariant(role[0]) + role[1..].Replace('-', ' '),
    };

    /// <summary>How a retrieval request was answered; the workflow's variable says "scan" or "photocopy".</summary>
    public static string DeliveryMethod(string? method) => method switch
    {
        "scan" => "Escaneo",
        "photocopy" => "Fotocopia",
        "original-loan" => "Original en préstamo",
        _ => Unknown,
    };

    /// <summary>The forms of a document ("Original y copia"); not recorded reads as unknown.</summary>
    public static string Forms(DocumentForms? forms) => forms is { } f ? DocumentFormLabels.Label(f).With().ToString() : Unknown;

    public static string Custody(string? custody) => custody switch
    {
        Custodies.DivisionArchive => "Archivo de la División (2.º piso, Edif. Administrativo)",
        Custodies.Condebamba => "Archivo Condebamba",
        _ => Unknown,
    };

    /// <summary>A legal hold sits on a whole box, on one dossier or on every dossier of a customer.</summary>
    public static string HoldScope(string? on) => on switch
    {
        "box" => "caja",
        "dossier" => "expediente",
        "customer" => "cliente",
        _ => Unknown,
    };

    public static string Process(string? key) => key switch
    {
        "gestion-documental" => "Gestión documental de venta y postventa",
        "solicitud-documentacion" => "Solicitud de documentación",
        null or "" => Unknown,
        _ => key.Replace('-', ' '),
    };

    public static string YesNo(bool value) => value ? "sí" : "no";

    /// <summary>An ISO-8601 period as words: P2Y → "2 años", P6M → "6 meses", P1Y6M → "1 año y 6 meses".</summary>
    public static string Period(string? iso)
    {
        if (string.IsNullOrWhiteSpace(iso)) return Unknown;
        var (years, months, days) = Parts(iso);
        if (years is null) return Unknown;
        var words = new[] { Count(years.Value, "año", "años"), Count(months!.Value, "mes", "meses"), Count(days!.Value, "día", "días") }
            .Where(w => w is not null).ToList();
        return words.Count switch
        {
            0 => "0 días",
            1 => words[0]!,
            _ => string.Join(", ", words.Take(words.Count - 1)) + " y " + words[^1],
        };
    }

    private static (int? Years, int? Months, int? Days) Parts(string iso)
    {
        var match = System.Text.RegularExpressions.Regex.Match(iso.Trim(), @"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$");
        if (!match.Success) return (null, null, null);
        int Group(int i) => match.Groups[i].Success ? int.Parse(match.Groups[i].Value) : 0;
        return (Group(1), Group(2), Group(3) * 7 + Group(4));
    }

    private static string? Count(int n, string one, string many) => n switch { 0 => null, 1 => $"1 {one}", _ => $"{n} {many}" };
}
