using System.Globalization;
using System.Text.Json.Nodes;
using WorkflowArchive.Domain.Advisors;
using WorkflowArchive.Domain.Auditing;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Host.Components.Requirements;
using WorkflowArchive.Host.Components.Shared;
using WorkflowArchive.Host.WebUi;

namespace WorkflowArchive.Host.Application;

/// <summary>What the references in a dossier's audit trail point to, by id: boxes by code, binders and remisiones by number.</summary>
public sealed record DossierReferences(IReadOnlyDictionary<Guid, string> Boxes, IReadOnlyDictionary<Guid, string> Batches,
    IReadOnlyDictionary<Guid, string> Manifests, CatalogLabels Names);

/// <summary>
/// A dossier's audit entries as a person reads them: each changed field by its Spanish name, values formatted (La Paz
/// dates, a box by its code, states by their labels), and no ids. Fields people do not read (search keys, the instance
/// id) are left out.
/// </summary>
public sealed class DossierChanges(ReadableText readable, DossierReferences references)
{
    private delegate string Format(JsonNode? value);

    public TimelineEntry? Entry(AuditRecord record)
    {
        var title = record.Action switch
        {
            "Created" => "Expediente registrado",
            "Deleted" => "Expediente eliminado",
            _ => "Datos del expediente modificados",
        };
        if (record.Action == "Created") return new(record.At, record.Actor, TimelineKind.Change, title, null, []);
        var lines = record.Changes.Select(Line).OfType<string>().Select(text => new StepLine(record.At, record.Actor, text)).ToList();
        return lines.Count == 0 ? null : new(record.At, record.Actor, TimelineKind.Change, title, null, lines);
    }

    private string? Line(AuditedChange change) => Field(change.Property) is var (label, format)
        ? $"{label}: {format(change.Before)} → {format(change.After)}"
        : null;

    private (string Label, Format Format)? Field(string property) => property switch
    {
        nameof(Dossier.OrderNumber) => ("N.º de orden", Text),
        nameof(Dossier.CustomerName) => ("Cliente", Text),
        nameof(Dossier.CustomerDocument) => ("CI/NIT", Text),
        nameof(Dossier.CustomerIsCompany) => ("Empresa", YesNo),
        nameof(Dossier.SignedByRepresentative) => ("Firma un representante", YesNo),
        nameof(Dossier.ServiceCode) => ("Servicio", v => Or(v, references.Names.Service)),
        nameof(Dossier.TransactionCode) => ("Transacción", v => Or(v, references.Names.Transaction)),
        nameof(Dossier.AdvisorCode) => ("Asesor", v => Or(v, code => references.Names.Advisor(code))),
        nameof(Dossier.AdvisorReason) => ("Motivo del asesor(a)", Text),
        nameof(Dossier.Channel) => ("Canal", v => Or(v, c => Enum.TryParse<AdvisorChannel>(c, out var channel) ? Labels.Of(channel) : Labels.Unknown)),
        nameof(Dossier.SaleDate) => ("Fecha de venta", Day),
        nameof(Dossier.Status) => ("Estado", v => Or(v, Labels.Dossier)),
        nameof(Dossier.BatchId) => ("Lote", v => Reference(v, references.Batches)),
        nameof(Dossier.SmartflexFindingsJson) => ("Verificación en Smartflex", v => String(v) is null ? Labels.Unknown : "registrada"),
        nameof(Dossier.RequirementSetVersion) => ("Lista de requisitos", v => Number(v) is { } n ? $"versión {n}" : Labels.Unknown),
        nameof(Dossier.ReturnCount) => ("Devoluciones", v => Number(v)?.ToString(CultureInfo.InvariantCulture) ?? Labels.Unknown),
        nameof(Dossier.ClassificationCode) => ("Clasificación", Text),
        nameof(Dossier.BoxId) => ("Caja", v => Reference(v, references.Boxes)),
        nameof(Dossier.Position) => ("Posición en la caja", v => Number(v)?.ToString(CultureInfo.InvariantCulture) ?? Labels.Unknown),
        nameof(Dossier.Location) => ("Ubicación", Text),
        nameof(Dossier.Custody) => ("Custodia", v => Or(v, Labels.Custody)),
        nameof(Dossier.ReceivedAt) => ("Recibido", Moment),
        nameof(Dossier.ArchivedAt) => ("Archivado", Moment),
        nameof(Dossier.RetentionPeriod) => ("Resguardo", v => Or(v, Labels.Period)),
        nameof(Dossier.RetentionDueAt) => ("Resguardo hasta", DayOfMoment),
        nameof(Dossier.ManifestId) => ("Remisión", v => Reference(v, references.Manifests)),
        nameof(Dossier.CondebambaReceipt) => ("Acta de recepción de Condebamba", Text),
        nameof(Dossier.TransferredAt) => ("Remitido a Condebamba", Moment),
        nameof(Dossier.MissingSince) => ("Extraviado desde", Moment),
        nameof(Dossier.MissingNote) => ("Nota de extravío", Text),
        _ => null,
    };

    private static string Text(JsonNode? value) => String(value) is { Length: > 0 } text ? text : Labels.Unknown;

    private static string YesNo(JsonNode? value) => value is JsonValue v && v.TryGetValue<bool>(out var b) ? Labels.YesNo(b) : Labels.Unknown;

    private static string Or(JsonNode? value, Func<string, string> label) => String(value) is { Length: > 0 } text ? label(text) : Labels.Unknown;

    private static string Day(JsonNode? value) =>
        DateOnly.TryParse(String(value), CultureInfo.InvariantCulture, out var day) ? ArchiveCulture.Day(day) : Labels.Unknown;

    private string Moment(JsonNode? value) => Instant(value) is { } at ? readable.Moment(at) : Labels.Unknown;

    private string DayOfMoment(JsonNode? value) => Instant(value) is { } at ? readable.Day(at) : Labels.Unknown;

    /// <summary>An id is never shown: the thing it names is, or "—" when that thing is gone.</summary>
    private static string Reference(JsonNode? value, IReadOnlyDictionary<Guid, string> names) =>
        Guid.TryParse(String(value), out var id) ? names.GetValueOrDefault(id, Labels.Unknown) : Labels.Unknown;

    private static DateTimeOffset? Instant(JsonNode? value) =>
        DateTimeOffset.TryParse(String(value), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;

    private static string? String(JsonNode? value) => value is JsonValue v && v.TryGetValue<string>(out var s) ? s : value?.ToJsonString();

    private static long? Number(JsonNode? value) => value is JsonValue v && v.TryGetValue<long>(out var n) ? n : null;
}
