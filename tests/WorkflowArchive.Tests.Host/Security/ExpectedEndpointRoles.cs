using WorkflowArchive.Host.Security;

namespace WorkflowArchive.Tests.Security;

/// <summary>
/// Who may call each API endpoint, written down by hand: the roles that get past authorization. The policies must
/// agree with this table (and with README's role table); a change of access is a change here, reviewed as such.
/// Requesters read requests and scans, but the use cases narrow that to their own (RequestAccessTests).
/// </summary>
internal static class ExpectedEndpointRoles
{
    private const string Table = """
        GET /api/activities                                           | asesor-comercial gestor-documental monitor-retencion dueno-proceso solicitante administrador
        GET /api/admin/backups/                                       | administrador
        GET /api/advisors/                                            | asesor-comercial gestor-documental monitor-retencion dueno-proceso solicitante administrador
        GET /api/archive/boxes/{code}                                 | gestor-documental monitor-retencion dueno-proceso administrador
        GET /api/archive/boxes/{code}/label.pdf                       | gestor-documental monitor-retencion dueno-proceso administrador
        GET /api/archive/inventories/{id:guid}                        | gestor-documental monitor-retencion dueno-proceso administrador
        GET /api/archive/labels.pdf                                   | gestor-documental monitor-retencion dueno-proceso administrador
        GET /api/archive/locations/                                   | gestor-documental monitor-retencion dueno-proceso administrador
        GET /api/archive/retention/                                   | gestor-documental monitor-retencion dueno-proceso administrador
        GET /api/attachments/{id:guid}                                | gestor-documental monitor-retencion dueno-proceso solicitante administrador
        GET /api/audit/verify                                         | monitor-retencion administrador
        GET /api/audit/{objectType}/{objectId}                        | gestor-documental monitor-retencion dueno-proceso administrador
        GET /api/auth/me                                              | asesor-comercial gestor-documental monitor-retencion dueno-proceso solicitante administrador
        GET /api/batches/                                             | gestor-documental monitor-retencion dueno-proceso administrador
        GET /api/batches/{number}                                     | gestor-documental monitor-retencion dueno-proceso administrador
        GET /api/catalog/requirement-sets                             | asesor-comercial gestor-documental monitor-retencion dueno-proceso solicitante administrador
        GET /api/catalog/requirements                                 | asesor-comercial gestor-documental monitor-retencion dueno-proceso solicitante administrador
        GET /api/catalog/services                                     | asesor-comercial gestor-documental monitor-retencion dueno-proceso solicitante administrador
        GET /api/catalog/transactions                                 | asesor-comercial gestor-documental monitor-retencion dueno-proceso solicitante administrador
        GET /api/definitions/                                         | asesor-comercial gestor-documental monitor-retencion dueno-proceso solicitante administrador
        GET /api/definitions/{key}/diff                               | asesor-comercial gestor-documental monitor-retencion dueno-proceso solicitante administrador
        GET /api/definitions/{key}/versions                           | asesor-comercial gestor-documental monitor-retencion dueno-proceso solicitante administrador
        GET /api/definitions/{key}/versions/{version:int}/file        | asesor-comercial gestor-documental monitor-retencion dueno-proceso solicitante administrador
        GET /api/definitions/{key}/versions/{version:int}/xml         | asesor-comercial gestor-documental monitor-retencion dueno-proceso solicitante administrador
        GET /api/dossiers/                                            | asesor-comercial gestor-documental monitor-retencion dueno-proceso administrador
        GET /api/dossiers/export.xlsx                                 | asesor-comercial gestor-documental monitor-retencion dueno-proceso administrador
        GET /api/dossiers/{orderNumber}                               | asesor-comercial gestor-documental monitor-retencion dueno-proceso administrador
        GET /api/dossiers/{orderNumber}/cover.pdf                     | asesor-comercial gestor-documental monitor-retencion dueno-proceso administrador
        GET /api/dossiers/{orderNumber}/returns/{number}/slip.pdf     | asesor-comercial gestor-documental monitor-retencion dueno-proceso administrador
        GET /api/forms/                                               | asesor-comercial gestor-documental monitor-retencion dueno-proceso solicitante administrador
        GET /api/forms/{key}                                          | asesor-comercial gestor-documental monitor-retencion dueno-proceso solicitante administrador
        GET /api/holds/                                               | gestor-documental monitor-retencion dueno-proceso administrador
        GET /api/indicators                                           | gestor-documental monitor-retencion dueno-proceso administrador
        GET /api/indicators/breakdown.xlsx                            | gestor-documental monitor-retencion dueno-proceso administrador
        GET /api/indicators/report.pdf                                | gestor-documental monitor-retencion dueno-proceso administrador
        GET /api/instances/                                           | gestor-documental monitor-retencion dueno-proceso administrador
        GET /api/instances/{id:guid}                                  | gestor-documental monitor-retencion dueno-proceso administrador
        GET /api/instances/{id:guid}/path                             | gestor-documental monitor-retencion dueno-proceso administrador
        GET /api/loans/                                               | gestor-documental monitor-retencion dueno-proceso administrador
        GET /api/lookup                                               | gestor-documental monitor-retencion dueno-proceso administrador
        GET /api/manifests/                                           | gestor-documental monitor-retencion dueno-proceso administrador
        GET /api/manifests/{number}                                   | gestor-documental monitor-retencion dueno-proceso administrador
        GET /api/manifests/{number}/document.pdf                      | gestor-documental monitor-retencion dueno-proceso administrador
        GET /api/manifests/{number}/dossiers.xlsx                     | gestor-documental monitor-retencion dueno-proceso administrador
        GET /api/outbox/                                              | administrador
        GET /api/requests/                                            | gestor-documental monitor-retencion dueno-proceso solicitante administrador
        GET /api/requests/{number}                                    | gestor-documental monitor-retencion dueno-proceso solicitante administrador
        GET /api/smartflex/imports                                    | gestor-documental monitor-retencion dueno-proceso administrador
        GET /api/smartflex/reconciliation                             | gestor-documental monitor-retencion dueno-proceso administrador
        GET /api/tasks/                                               | asesor-comercial gestor-documental monitor-retencion dueno-proceso solicitante administrador
        GET /api/tasks/{id:guid}                                      | asesor-comercial gestor-documental monitor-retencion dueno-proceso solicitante administrador
        GET /api/tasks/{id:guid}/colleagues                           | asesor-comercial gestor-documental monitor-retencion dueno-proceso solicitante administrador
        GET /api/tasks/{id:guid}/comments                             | asesor-comercial gestor-documental monitor-retencion dueno-proceso solicitante administrador
        GET /api/users/                                               | administrador
        GET /api/users/free-advisor-codes                             | administrador
        GET /api/users/{userName}                                     | administrador
        POST /api/admin/backups/                                      | administrador
        POST /api/advisors/                                           | administrador
        POST /api/archive/boxes/{code}/inventories                    | gestor-documental administrador
        POST /api/archive/inventories/{id:guid}/finish                | gestor-documental administrador
        POST /api/archive/inventories/{id:guid}/scans                 | gestor-documental administrador
        POST /api/archive/locations/                                  | gestor-documental administrador
        POST /api/archive/locations/{code}/close                      | gestor-documental administrador
        POST /api/archive/locations/{code}/open                       | gestor-documental administrador
        POST /api/auth/logout                                         | asesor-comercial gestor-documental monitor-retencion dueno-proceso solicitante administrador
        POST /api/auth/password                                       | asesor-comercial gestor-documental monitor-retencion dueno-proceso solicitante administrador
        POST /api/batches/                                            | gestor-documental administrador
        POST /api/catalog/requirement-sets                            | dueno-proceso administrador
        POST /api/definitions/import                                  | dueno-proceso administrador
        POST /api/definitions/validate                                | dueno-proceso administrador
        POST /api/definitions/{key}/publish                           | dueno-proceso administrador
        POST /api/dossiers/{orderNumber}/found                        | gestor-documental administrador
        POST /api/dossiers/{orderNumber}/missing                      | gestor-documental administrador
        POST /api/dossiers/{orderNumber}/advisor                      | gestor-documental administrador
        POST /api/holds/                                              | gestor-documental administrador
        POST /api/holds/{id:guid}/release                             | gestor-documental administrador
        POST /api/instances/                                          | gestor-documental administrador
        POST /api/instances/{id:guid}/retry                           | gestor-documental administrador
        POST /api/loans/{id:guid}/returned                            | gestor-documental administrador
        POST /api/manifests/{number}/dispatch                         | gestor-documental administrador
        POST /api/manifests/{number}/reception                        | gestor-documental administrador
        POST /api/outbox/{id:guid}/retry                              | administrador
        POST /api/requests/                                           | gestor-documental solicitante administrador
        POST /api/requests/{number}/attachments                       | gestor-documental administrador
        POST /api/smartflex/imports                                   | gestor-documental administrador
        POST /api/tasks/{id:guid}/assign                              | asesor-comercial gestor-documental monitor-retencion dueno-proceso solicitante administrador
        POST /api/tasks/{id:guid}/claim                               | asesor-comercial gestor-documental monitor-retencion dueno-proceso solicitante administrador
        POST /api/tasks/{id:guid}/comments                            | asesor-comercial gestor-documental monitor-retencion dueno-proceso solicitante administrador
        POST /api/tasks/{id:guid}/complete                            | asesor-comercial gestor-documental monitor-retencion dueno-proceso solicitante administrador
        POST /api/tasks/{id:guid}/release                             | asesor-comercial gestor-documental monitor-retencion dueno-proceso solicitante administrador
        POST /api/users/                                              | administrador
        POST /api/users/{userName}/lock                               | administrador
        POST /api/users/{userName}/password                           | administrador
        POST /api/users/{userName}/unlock                             | administrador
        PUT /api/advisors/{code}/active                               | administrador
        PUT /api/advisors/{code}/channel                              | administrador
        PUT /api/archive/retention/{serviceCode}                      | dueno-proceso administrador
        PUT /api/definitions/draft                                    | dueno-proceso administrador
        PUT /api/users/{userName}                                     | administrador
        """;

    /// <summary>"METHOD route" → the roles admitted.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> ByEndpoint { get; } = Parse();

    private static Dictionary<string, IReadOnlySet<string>> Parse()
    {
        var known = Roles.All.ToHashSet();
        var table = new Dictionary<string, IReadOnlySet<string>>();
        foreach (var line in Table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (endpoint, roles) = (line.Split('|')[0].Trim(), line.Split('|')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet());
            if (roles.FirstOrDefault(r => !known.Contains(r)) is { } unknown) throw new InvalidOperationException($"{endpoint}: unknown role {unknown}");
            table.Add(endpoint, roles);
        }
        return table;
    }
}
