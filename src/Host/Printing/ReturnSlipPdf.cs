using WorkflowArchive.Host.Application;

namespace WorkflowArchive.Host.Printing;

/// <summary>
/// The slip that goes back with a returned dossier (step 6): what is missing or wrong in each document, the reason,
/// the deadline to send it back corrected (step 7), and where the advisor and the document manager sign.
/// </summary>
public static class ReturnSlipPdf
{
    public static byte[] Build(DossierDetail detail, ReturnView slip, PaperDates dates, DateTimeOffset printedAt)
    {
        var d = detail.Dossier;
        using var sheet = new PdfSheet($"Devolución {slip.Number} del expediente {d.OrderNumber}",
            $"Devolución {slip.Number} — {d.OrderNumber} — impresa el {dates.Moment(printedAt)}");
        sheet.Heading($"Devolución de documentación n.º {slip.Number}", 14);
        sheet.Field("N.º de orden", d.OrderNumber);
        sheet.Field("Cliente", $"{d.CustomerName} (CI / NIT {d.CustomerDocument})");
        sheet.Field("Asesor", slip.AdvisorCode);
        sheet.Field("Devuelto el", dates.Moment(slip.ReturnedAt));
        sheet.Field("Devuelto por", slip.ReturnedBy);
        sheet.Field("Motivo", slip.Reason);
        sheet.Field("Plazo de corrección", dates.Moment(slip.DueAt), 11);
        sheet.Space();
        sheet.Text("Qué falta o debe corregirse", 11, bold: true);
        sheet.Table(["#", "Documento y observación"], [0.07, 0.93],
            slip.Items.Where(i => !string.IsNullOrWhiteSpace(i)).Select((item, i) => (IReadOnlyList<string>)[(i + 1).ToString(), item]));
        var observed = detail.Documents.Where(x => x.Required && (!x.Received || !x.Legible || !x.Signed || x.Defect is not null)).ToList();
        if (observed.Count > 0)
        {
            sheet.Text("Detalle de la revisión por documento", 11, bold: true);
            sheet.Table(["Documento", "Recibido", "Legible", "Firmado", "Observación"], [0.4, 0.1, 0.1, 0.1, 0.3],
                observed.Select(x => (IReadOnlyList<string>)[x.Name, YesNo(x.Received), YesNo(x.Legible), YesNo(x.Signed), x.Defect ?? x.Note ?? ""]));
        }
        if (slip.CorrectedAt is { } corrected) sheet.Field("Corregido el", $"{dates.Moment(corrected)} ({slip.CorrectedBy})");
        sheet.Space(20);
        sheet.Text("Recibí la documentación devuelta y me comprometo a entregarla corregida dentro del plazo.", 8.5);
        sheet.Space(6);
        sheet.Signatures("Firma del asesor comercial", "Firma del gestor documental");
        return sheet.ToBytes();
    }

    private static string YesNo(bool value) => value ? "Sí" : "No";
}
