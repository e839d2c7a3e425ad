using WorkflowArchive.Domain.Indicators;
using WorkflowArchive.Host.Components.Shared;
using WorkflowArchive.Host.WebUi;

namespace WorkflowArchive.Host.Printing;

/// <summary>The procedure's indicator for a period on paper: the figures, the verdict, the breakdown by month and unit, returns per advisor.</summary>
public static class IndicatorReportPdf
{
    public static byte[] Build(IndicatorReport report, PaperDates dates)
    {
        var period = $"{ArchiveCulture.Day(report.From)} al {ArchiveCulture.Day(report.To)}";
        using var sheet = new PdfSheet($"Indicadores {period}", $"Indicadores del {period} — calculados el {dates.Moment(report.ComputedAt)}");
        sheet.Heading("Informe de indicadores de gestión documental", 14);
        sheet.Field("Periodo", period);
        sheet.Field("Calculado el", dates.Moment(report.ComputedAt));
        sheet.Space();
        var r = report.Retrieval;
        sheet.Text("Indicador del procedimiento: expedientes recuperados × 100 / solicitados", 11, bold: true);
        sheet.Field("Resultado", ArchiveCulture.Percent(r.Percentage), 12);
        sheet.Field("Dictamen", r.Verdict, 12);
        sheet.Table(["Solicitudes", "Medidas", "A tiempo", "Tarde", "No encontradas", "Vencidas", "En plazo"], [1 / 7.0, 1 / 7.0, 1 / 7.0, 1 / 7.0, 1 / 7.0, 1 / 7.0, 1 / 7.0],
            [[N(r.Requests), N(r.Measured), N(r.OnTime), N(r.Late), N(r.NotFound), N(r.Overdue), N(r.Pending)]]);
        sheet.Text("Por mes", 10.5, bold: true);
        sheet.Table(["Mes", "Solicitudes", "A tiempo", "Medidas", "Resultado", "Dictamen"], [0.15, 0.15, 0.15, 0.15, 0.15, 0.25],
            report.RetrievalByMonth.Select(m => Row(m.Month, m.Indicator)));
        sheet.Text("Por unidad solicitante", 10.5, bold: true);
        sheet.Table(["Unidad", "Solicitudes", "A tiempo", "Medidas", "Resultado", "Dictamen"], [0.25, 0.13, 0.12, 0.12, 0.13, 0.25],
            report.RetrievalByUnit.Select(u => Row(u.Unit ?? "Sin unidad", u.Indicator)));
        var f = report.FirstPass;
        sheet.Text("Revisión en primera pasada", 10.5, bold: true);
        sheet.Field("Revisados", N(f.Reviewed));
        sheet.Field("Completos a la primera", $"{N(f.Passed)} ({ArchiveCulture.Percent(f.Percentage)})");
        sheet.Field("Devueltos", N(f.Returned));
        sheet.Field("Corrección promedio", report.CorrectionTime.MeanDays is { } days ? $"{ArchiveCulture.Number(days, "0.##")} días" : "—");
        sheet.Text("Devoluciones por asesor", 10.5, bold: true);
        // Received: the dossiers the returns are measured against; Devueltos counts dossiers, Devoluciones each return (a dossier sent back twice, two).
        sheet.Table(["Asesor", "Nombre", "Canal", "Recibidos", "Devueltos", "Devoluciones", "Sin corregir"], [0.13, 0.27, 0.12, 0.12, 0.12, 0.12, 0.12],
            report.ReturnsByAdvisor.Select(a => (IReadOnlyList<string>)[a.AdvisorCode, a.AdvisorName ?? "—", a.Channel is { } c ? Labels.Of(c) : "—",
                N(a.Received), N(a.Dossiers), N(a.Returns), N(a.StillOpen)]));
        return sheet.ToBytes();
    }

    private static IReadOnlyList<string> Row(string name, RetrievalIndicator i) =>
        [name, N(i.Requests), N(i.OnTime), N(i.Measured), ArchiveCulture.Percent(i.Percentage), i.Verdict];

    private static string N(int value) => value.ToString(ArchiveCulture.Spanish);
}
