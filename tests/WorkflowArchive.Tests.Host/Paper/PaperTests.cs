using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClosedXML.Excel;
using UglyToad.PdfPig;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Printing;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Paper;

/// <summary>Printed documents and exports, read back: PDFs with PdfPig, workbooks with ClosedXML.</summary>
public abstract class PaperTests(DatabaseProvider provider) : HostedTest(provider)
{
    private static readonly string[] Orders = ["SF-2027-000901", "SF-2027-000902"];
    private HttpClient Http => Archive.Http;

    [Fact]
    public async Task A_box_label_shows_code_place_classification_and_retention_year_and_its_barcode_reads_back()
    {
        await (await Http.PostAsJsonAsync("/api/archive/locations",
            new { kind = "Box", code = "B-07", name = "Caja B-07", parentCode = "EST-A", capacity = 10, classificationPrefix = "VTA-INT" }, "gestora"))
            .ReadAsync<JsonElement>();
        await Archive.ArchiveAsync(DomainSeed.Sale(Orders[0]), boxCode: "A-01");
        var dossier = await Archive.DossierAsync(Orders[0]);
        var year = TimeZoneInfo.ConvertTime(dossier.RetentionDueAt!.Value, TimeZoneInfo.FindSystemTimeZoneById("America/La_Paz")).Year;

        var label = await PaperReading.PdfAsync(Http, "/api/archive/boxes/A-01/label.pdf");
        var text = PaperReading.Text(label);
        Assert.Contains("Caja A-01", text);
        Assert.Contains("Archivo de la División / Estante A", text);
        Assert.Contains($"Conservar hasta: {year}", text);
        using (var document = PdfDocument.Open(label))
        {
            var page = document.GetPage(1);
            Assert.Equal(99.1, page.Width * 25.4 / 72, 1);
            Assert.Equal("A-01", Code128LabelTests.Decode(DrawnBars(page)));
        }

        var other = PaperReading.Text(await PaperReading.PdfAsync(Http, "/api/archive/boxes/B-07/label.pdf"));
        Assert.Contains("Clasificación: VTA-INT", other);
        Assert.Contains("Conservar hasta: —", other);

        var sheet = await PaperReading.PdfAsync(Http, "/api/archive/labels.pdf?shelf=EST-A");
        var pages = PaperReading.Pages(sheet);
        var only = Assert.Single(pages);
        Assert.Contains("Caja A-01", only);
        Assert.Contains("Caja B-07", only);
        Assert.Contains("Caja A-02", only);

        Assert.Equal("location-not-box", (await (await Http.GetAsync("/api/archive/boxes/EST-A/label.pdf", "gestora")).ProblemAsync(400)).Code());
        Assert.Equal("location-not-shelf", (await (await Http.GetAsync("/api/archive/labels.pdf?shelf=A-01", "gestora")).ProblemAsync(400)).Code());
        Assert.Equal("location-not-found", (await (await Http.GetAsync("/api/archive/boxes/Z-99/label.pdf", "gestora")).ProblemAsync(404)).Code());
    }

    [Fact]
    public async Task A_dossier_cover_sheet_has_its_order_number_customer_service_box_position_and_retention()
    {
        var sale = DomainSeed.Sale(Orders[0]);
        sale.CustomerName = "Rosa Quiroga Peña de Łukasiewicz";
        await Archive.ArchiveAsync(sale, boxCode: "A-01");
        var dossier = await Archive.DossierAsync(Orders[0]);

        var text = PaperReading.Text(await PaperReading.PdfAsync(Http, $"/api/dossiers/{Orders[0]}/cover.pdf"));

        Assert.Contains("Carátula de expediente", text);
        Assert.Contains($"N.º de orden {Orders[0]}", text);
        Assert.Contains("Cliente Rosa Quiroga Peña de Łukasiewicz", text);
        Assert.Contains("Servicio internet", text);
        Assert.Contains("Asesor arojas", text);
        Assert.Contains($"Clasificación {dossier.ClassificationCode}", text);
        Assert.Contains("Caja A-01", text);
        Assert.Contains($"Posición en la caja {dossier.Position}", text);
        var retention = TimeZoneInfo.ConvertTime(dossier.RetentionDueAt!.Value, TimeZoneInfo.FindSystemTimeZoneById("America/La_Paz"));
        Assert.Contains($"Conservar hasta {retention:dd/MM/yyyy}", text);
        // Advisors read only their own sales, on paper too.
        Assert.Equal(403, (int)(await Http.GetAsync($"/api/dossiers/{Orders[0]}/cover.pdf", "luis.fernandez")).StatusCode);
    }

    [Fact]
    public async Task A_return_slip_says_what_is_missing_the_reason_the_deadline_and_where_both_sign()
    {
        const string order = "SF-2027-000950";
        await DomainSeed.SaleAsync(Factory, DomainSeed.Sale(order, service: "datos-empresariales", company: true));
        await Archive.RegisterBatchAsync("arojas", order);
        await Client.WorkAsync(LifecycleHost.Manager, order, "Task_ReviewChecklist", "gestora", await Archive.ReviewAsync(order, "nit"));

        var detail = await Http.GetAsync<JsonElement>($"/api/dossiers/{order}");
        var due = detail.GetProperty("returns")[0].GetProperty("dueAt").GetDateTimeOffset();
        var text = PaperReading.Text(await PaperReading.PdfAsync(Http, $"/api/dossiers/{order}/returns/1/slip.pdf"));

        Assert.Contains("Devolución de documentación n.º 1", text);
        Assert.Contains("Distribuidora Tunari S.R.L.", text);
        Assert.Contains("NIT de la empresa: falta", text);
        Assert.Contains("Motivo", text);
        var local = TimeZoneInfo.ConvertTime(due, TimeZoneInfo.FindSystemTimeZoneById("America/La_Paz"));
        Assert.Contains($"Plazo de corrección {local:dd/MM/yyyy HH:mm}", text);
        Assert.Contains("Firma del asesor comercial", text);
        Assert.Contains("Firma del gestor documental", text);
        Assert.Equal("return-not-found", (await (await Http.GetAsync($"/api/dossiers/{order}/returns/2/slip.pdf", "gestora")).ProblemAsync(404)).Code());
    }

    [Fact]
    public async Task A_remision_prints_as_ADM_ARC_P01_with_its_box_totals_signatures_and_an_annex_and_exports_its_dossiers()
    {
        var number = await PreparedRemisionAsync();
        await (await Http.PostAsJsonAsync($"/api/manifests/{number}/dispatch", new { carriedBy = "Juan Mamani (mensajería)" }, "gestora")).ReadAsync<JsonElement>();

        var pdf = await PaperReading.PdfAsync(Http, $"/api/manifests/{number}/document.pdf");
        var pages = PaperReading.Pages(pdf);
        Assert.Equal(2, pages.Count);
        Assert.Contains("ADM-ARC-P01", pages[0]);
        Assert.Contains($"Remisión {number}", pages[0]);
        Assert.Contains("Archivo de la División (2do piso Edif. Administrativo)", pages[0]);
        Assert.Contains("Para Archivo Condebamba", pages[0]);
        Assert.Contains($"A-01 Archivo de la División / Estante A / Caja A-01 2 {Orders[0]} a {Orders[1]}", pages[0]);
        Assert.Contains("Total: 1 caja, 2 expedientes.", pages[0]);
        Assert.Contains("Transporta Juan Mamani (mensajería)", pages[0]);
        Assert.Contains("Recibe (Archivo Condebamba)", pages[0]);
        Assert.Contains("Entrega (Archivo de la División)", pages[0]);
        Assert.Contains($"Anexo: expedientes de la remisión {number}", pages[1]);
        foreach (var order in Orders) Assert.Contains($"{order} Rosa Quiroga Peña arojas 28/05/2027", pages[1]);
        Assert.Contains("Total del anexo: 2 expedientes.", pages[1]);

        using var workbook = await PaperReading.XlsxAsync(Http, $"/api/manifests/{number}/dossiers.xlsx");
        var sheet = workbook.Worksheet(1);
        Assert.Equal(3, sheet.LastRowUsed().RowNumber());
        Assert.Equal<string>(Orders, new[] { sheet.Cell(2, 4).GetString(), sheet.Cell(3, 4).GetString() });
        Assert.Equal(XLDataType.DateTime, sheet.Cell(2, 7).DataType);
        Assert.Equal(new DateTime(2027, 5, 28), sheet.Cell(2, 7).GetDateTime());
        Assert.Equal(XLDataType.Number, sheet.Cell(2, 3).DataType);
    }

    [Fact]
    public async Task The_search_export_has_every_match_with_real_dates_and_text_that_never_becomes_a_number_or_a_formula()
    {
        var tricky = DomainSeed.Sale(Orders[0]);
        tricky.CustomerName = "=HYPERLINK(\"http://x\")";
        tricky.CustomerDocument = "4530562";
        await Archive.ArchiveAsync(tricky, boxCode: "A-01");
        await Archive.ArchiveAsync(DomainSeed.Sale(Orders[1]), boxCode: "A-01");
        var received = (await Archive.DossierAsync(Orders[0])).ReceivedAt;

        using var workbook = await PaperReading.XlsxAsync(Http, "/api/dossiers/export.xlsx?advisor=arojas&pageSize=1");
        var sheet = workbook.Worksheet(1);
        Assert.Equal(3, sheet.LastRowUsed().RowNumber());
        var row = sheet.RowsUsed().Skip(1).Single(r => r.Cell(1).GetString() == Orders[0]);
        Assert.Equal(XLDataType.Text, row.Cell(2).DataType);
        Assert.False(row.Cell(2).HasFormula);
        Assert.Equal("=HYPERLINK(\"http://x\")", row.Cell(2).GetString());
        Assert.Equal(XLDataType.Text, row.Cell(3).DataType);
        Assert.Equal("4530562", row.Cell(3).GetString());
        Assert.Equal(XLDataType.DateTime, row.Cell(6).DataType);
        Assert.Equal(new DateTime(2027, 5, 28), row.Cell(6).GetDateTime());
        Assert.Equal(XLDataType.DateTime, row.Cell(13).DataType);
        var laPaz = TimeZoneInfo.ConvertTime(received, TimeZoneInfo.FindSystemTimeZoneById("America/La_Paz")).DateTime;
        Assert.Equal(laPaz, row.Cell(13).GetDateTime(), TimeSpan.FromSeconds(1));

        using var narrowed = await PaperReading.XlsxAsync(Http, $"/api/dossiers/export.xlsx?orderNumber={Orders[1]}");
        Assert.Equal(2, narrowed.Worksheet(1).LastRowUsed().RowNumber());
        // An advisor's export holds only that advisor's sales, as the search does.
        using var other = await PaperReading.XlsxAsync(Http, "/api/dossiers/export.xlsx", "luis.fernandez");
        Assert.Equal(1, other.Worksheet(1).LastRowUsed().RowNumber());
    }

    [Fact]
    public async Task The_indicator_report_prints_figures_verdict_breakdown_and_returns_per_advisor_and_exports_the_breakdown()
    {
        const string order = "SF-2027-000960";
        await DomainSeed.SaleAsync(Factory, DomainSeed.Sale(order, service: "datos-empresariales", company: true));
        await Archive.RegisterBatchAsync("arojas", order);
        await Client.WorkAsync(LifecycleHost.Manager, order, "Task_ReviewChecklist", "gestora", await Archive.ReviewAsync(order, "nit"));
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Factory.Time.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("America/La_Paz")).DateTime);
        var period = $"from={today.AddDays(-30):yyyy-MM-dd}&to={today:yyyy-MM-dd}";

        var text = PaperReading.Text(await PaperReading.PdfAsync(Http, $"/api/indicators/report.pdf?{period}"));
        Assert.Contains("Informe de indicadores de gestión documental", text);
        Assert.Contains($"Periodo {today.AddDays(-30):dd/MM/yyyy} al {today:dd/MM/yyyy}", text);
        Assert.Contains("Dictamen Sin solicitudes", text);
        Assert.Contains("Devoluciones por asesor", text);
        Assert.Contains("arojas Ana Rojas", text);
        Assert.Contains("Devueltos 1", text);

        using var workbook = await PaperReading.XlsxAsync(Http, $"/api/indicators/breakdown.xlsx?{period}");
        var summary = workbook.Worksheet("Periodo");
        Assert.Equal(XLDataType.DateTime, summary.Cell(2, 1).DataType);
        Assert.Equal(today.AddDays(-30).ToDateTime(TimeOnly.MinValue), summary.Cell(2, 1).GetDateTime());
        Assert.Equal("Sin solicitudes", summary.Cell(2, 12).GetString());
        var advisors = workbook.Worksheet("Devoluciones por asesor");
        Assert.Equal("arojas", advisors.Cell(2, 1).GetString());
        Assert.Equal(1, advisors.Cell(2, 4).GetDouble());
        Assert.Equal("date-required", (await (await Http.GetAsync("/api/indicators/report.pdf", "gestora")).ProblemAsync(400)).Code());
    }

    /// <summary>The filled rectangles of the label's barcode as module runs: a scanner's view of what was drawn.</summary>
    private static IReadOnlyList<(int Start, int Width)> DrawnBars(UglyToad.PdfPig.Content.Page page)
    {
        var rectangles = page.Paths.Where(p => p.IsFilled).Select(p => p.GetBoundingRectangle()).OfType<UglyToad.PdfPig.Core.PdfRectangle>()
            .Where(r => r.Height > 5).OrderBy(r => r.Left).ToList();
        var module = rectangles.Min(r => r.Width);
        var first = rectangles[0].Left;
        return rectangles.Select(r => ((int)Math.Round((r.Left - first) / module), (int)Math.Round(r.Width / module))).ToList();
    }

    private async Task<string> PreparedRemisionAsync()
    {
        foreach (var order in Orders) await Archive.ArchiveAsync(DomainSeed.Sale(order), boxCode: "A-01");
        Factory.Time.Advance(TimeSpan.FromDays(2 * 366));
        Assert.Equal(Orders.Length, await Archive.FireDueTimersAsync());
        var manifests = await Http.GetAsync<JsonElement>("/api/manifests");
        return Assert.Single(manifests.EnumerateArray()).GetProperty("number").GetString()!;
    }
}

public sealed class SqlitePaperTests() : PaperTests(DatabaseProvider.Sqlite);

[Trait("Provider", "Postgres")]
public sealed class PostgresPaperTests() : PaperTests(DatabaseProvider.Postgres);
