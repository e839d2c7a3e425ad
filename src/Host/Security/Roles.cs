namespace WorkflowArchive.Host.Security;

/// <summary>
/// The procedure's roles. The keys are the candidate roles of user tasks (derived from BPMN lane titles), so a
/// task of lane "Gestor(a) Documental" is offered to role "gestor-documental".
/// </summary>
public static class Roles
{
    public const string Advisor = "asesor-comercial";
    public const string DocumentManager = "gestor-documental";
    public const string RetentionMonitor = "monitor-retencion";
    public const string ProcessOwner = "dueno-proceso";
    public const string Requester = "solicitante";
    public const string Administrator = "administrador";

    public static readonly IReadOnlyDictionary<string, string> DisplayNames = new Dictionary<string, string>
    {
        [Advisor] = "Asesor(a) Comercial",
        [DocumentManager] = "Gestor(a) Documental",
        [RetentionMonitor] = "Monitor(a) de Retención",
        [ProcessOwner] = "Dueño(a) de Proceso",
        [Requester] = "Solicitante",
        [Administrator] = "Administrador",
    };

    public static IEnumerable<string> All => DisplayNames.Keys;
}
