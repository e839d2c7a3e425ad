using System.Text;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Auditing;
using WorkflowArchive.Domain.Smartflex.Import;
using WorkflowArchive.Domain.Smartflex;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;
using static WorkflowArchive.Tests.Smartflex.SmartflexImports;

namespace WorkflowArchive.Tests.Smartflex;

/// <summary>Importing Smartflex sales exports over HTTP: bad lines are reported by number, good ones kept; once per database provider.</summary>
public abstract class SmartflexImportApiTests(DatabaseProvider provider) : IAsyncLifetime
{
    private HostLease _host = null!;
    private ArchiveApiFactory _factory = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _host = await HostPool.LeaseAsync(provider);
        _factory = _host.Factory;
        _http = _factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task Malformed_rows_are_reported_by_line_and_the_valid_rows_are_kept()
    {
        var csv = $"""
            {Header}
            SF-2027-000001,4455667 CB,Rosa Quiroga Peña,false,internet,venta-nueva,arojas,2027-05-28
            SF-2027-000002,,Juan Pérez,false,internet,venta-nueva,arojas,2027-05-28
            SF-2027-000003,1234567 LP,Juan Pérez,false,internet,venta-nueva,arojas,28/05/2027
            SF-2027-000004,1234567 LP,Juan Pérez,false,satelital,venta-nueva,arojas,2027-05-28
            SF-2027-000005,1234567 LP,Juan Pérez,false,internet,portabilidad,arojas,2027-05-28
            SF-2027-000001,4455667 CB,Rosa Quiroga Peña,false,internet,venta-nueva,arojas,2027-05-28
            "SF-2027-000006","1023456029","Distribuidora Tunari, S.R.L.",true,datos-empresariales,cambio-plan,lfernandez,2027-05-30
            SF-2027-000007,1234567 LP,Juan Pérez

            SF-2027-000008,7654321 SC,Carla Méndez,quizás,movil,traslado,mvargas,2027-02-30
            """;

        var result = await (await PostCsvAsync(_http, csv)).ReadAsync<SmartflexImportReport>();

        Assert.Equal((2, 0, 0, 7), (result.Imported, result.Updated, result.Unchanged, result.Rejected));
        Assert.Equal([3, 4, 5, 6, 7, 9, 11], result.Errors.Select(e => e.Line));
        var codes = result.Errors.ToDictionary(e => e.Line, e => e.Codes);
        Assert.Equal(["smartflex-row-missing"], codes[3]);
        Assert.Equal(["smartflex-row-bad-date"], codes[4]);
        Assert.Equal(["smartflex-row-unknown-service"], codes[5]);
        Assert.Equal(["smartflex-row-unknown-transaction"], codes[6]);
        Assert.Equal(["smartflex-row-duplicate"], codes[7]);
        Assert.Equal(["smartflex-row-field-count"], codes[9]);
        Assert.Equal(["smartflex-row-company-flag", "smartflex-row-bad-date"], codes[11]);
        // The reason names what is wrong in the row's own terms: the column, the value, the first line of a repeat.
        var reasons = result.Errors.ToDictionary(e => e.Line, e => e.Reason);
        Assert.Contains("customer_document", reasons[3]);
        Assert.Contains("«satelital»", reasons[5]);
        Assert.Contains(" 2", reasons[7]);
        Assert.Contains("«quizás»", reasons[11]);
        Assert.Equal("SF-2027-000003", result.Errors[1].OrderNumber);

        var stored = await SalesAsync();
        Assert.Equal(["SF-2027-000001", "SF-2027-000006"], stored.Select(s => s.OrderNumber));
        var company = stored[1];
        Assert.Equal("Distribuidora Tunari, S.R.L.", company.CustomerName);
        Assert.True(company.CustomerIsCompany);
        Assert.Equal(("datos-empresariales", "cambio-plan", "lfernandez", new DateOnly(2027, 5, 30)),
            (company.ServiceCode, company.TransactionCode, company.AdvisorCode, company.SaleDate));
    }

    [Fact]
    public async Task Importing_again_updates_changed_sales_adds_new_ones_and_leaves_identical_ones()
    {
        var first = $"""
            {Header}
            SF-2027-000101,4455667 CB,Rosa Quiroga Peña,false,internet,venta-nueva,arojas,2027-05-28
            SF-2027-000102,5566778 LP,Mario Choque,false,tv-cable,venta-nueva,arojas,2027-05-29
            SF-2027-000103,6677889 OR,Elena Flores,false,movil,baja,lfernandez,2027-05-30
            """;
        var second = $"""
            {Header}
            SF-2027-000101,4455667 CB,Rosa Quiroga Peña,false,internet,venta-nueva,arojas,2027-05-28
            SF-2027-000102,5566778 LP,Mario Choque Mamani,false,TV-CABLE,traslado,lfernandez,2027-05-29
            SF-2027-000104,7788990 PT,Hugo Mamani,0,internet,reconexion,mvargas,2027-05-31
            """;
        var imported = await (await PostCsvAsync(_http, first, actor: "gestora")).ReadAsync<SmartflexImportReport>();
        Assert.Equal(3, imported.Imported);

        var again = await (await PostCsvAsync(_http, second, actor: "supervisora")).ReadAsync<SmartflexImportReport>();

        Assert.Equal((1, 1, 1, 0), (again.Imported, again.Updated, again.Unchanged, again.Rejected));
        Assert.Empty(again.Errors);
        var stored = (await SalesAsync()).ToDictionary(s => s.OrderNumber);
        Assert.Equal(4, stored.Count);
        var changed = stored["SF-2027-000102"];
        Assert.Equal(("Mario Choque Mamani", "tv-cable", "traslado", "lfernandez"),
            (changed.CustomerName, changed.ServiceCode, changed.TransactionCode, changed.AdvisorCode));
        Assert.Equal("movil", stored["SF-2027-000103"].ServiceCode);
        var imports = await _factory.InScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Set<AuditEntry>().AsNoTracking()
            .Where(a => a.ObjectType == "SmartflexImport").OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(["gestora", "supervisora"], imports.Select(a => a.Actor));
        Assert.Contains("\"updated\":1", imports[1].ChangesJson);
    }

    [Fact]
    public async Task A_semicolon_separated_Windows_export_sent_as_a_file_is_read_with_its_accents_and_quotes()
    {
        var csv = string.Join("\r\n",
            Header.Replace(',', ';'),
            "SF-2027-000201;4455667 CB;\"Peña; Rosa \"\"Rosita\"\"\";sí;internet;venta-nueva;arojas;2027-05-28",
            "SF-2027-000202;1023456029;\"Cooperativa\r\nMinera Ñuflo\";true;datos-empresariales;venta-nueva;arojas;2027-05-29",
            "SF-2027-000203;;Sin Documento;no;internet;venta-nueva;arojas;2027-05-29",
            "");

        var result = await (await PostFileAsync(_http, Encoding.Latin1.GetBytes(csv))).ReadAsync<SmartflexImportReport>();

        Assert.Equal(2, result.Imported);
        // The quoted line break makes the third sale start on line 5.
        Assert.Equal(5, Assert.Single(result.Errors).Line);
        var stored = (await SalesAsync()).ToDictionary(s => s.OrderNumber);
        Assert.Equal("Peña; Rosa \"Rosita\"", stored["SF-2027-000201"].CustomerName);
        Assert.Equal("Cooperativa\nMinera Ñuflo", stored["SF-2027-000202"].CustomerName);
    }

    [Fact]
    public async Task A_Windows_1252_export_keeps_its_euro_sign_curly_quotes_and_dashes()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var name = "Rosa “Rosita” Peña – Cía. €";
        var csv = $"{Header.Replace(',', ';')}\r\nSF-2027-000301;4455667 CB;{name};no;internet;venta-nueva;arojas;2027-05-28\r\n";
        var bytes = Encoding.GetEncoding(1252).GetBytes(csv);
        // The bytes Latin-1 would turn into control characters: “ ” – €.
        Assert.Superset(new HashSet<byte> { 0x93, 0x94, 0x96, 0x80 }, bytes.ToHashSet());

        var result = await (await PostFileAsync(_http, bytes)).ReadAsync<SmartflexImportReport>();

        Assert.Equal(1, result.Imported);
        Assert.Equal(name, Assert.Single(await SalesAsync()).CustomerName);
    }

    [Theory]
    [InlineData("", "smartflex-body-empty")]
    [InlineData("\r\n  \r\n", "smartflex-file-empty")]
    [InlineData("just some words", "smartflex-no-separator")]
    [InlineData("SF-2027-000001,4455667 CB,Rosa,false,internet,venta-nueva,arojas,2027-05-28", "smartflex-no-header")]
    [InlineData("order_number,customer_document,name,customer_is_company,service_code,transaction_code,advisor_code,sale_date\nSF-1,1,A,false,internet,venta-nueva,arojas,2027-05-28",
        "smartflex-header-wrong")]
    public async Task A_file_without_a_usable_header_is_refused_whole(string csv, string code)
    {
        var problem = await (await PostCsvAsync(_http, csv)).ProblemAsync(400);

        Assert.Equal(code, problem.Code());
        Assert.Empty(await SalesAsync());
    }

    [Fact]
    public async Task An_oversize_file_or_an_anonymous_import_is_refused()
    {
        var huge = Header + "\n" + new string('x', SmartflexCsvBodyLimit + 1);
        Assert.Equal("smartflex-file-too-large", (await (await PostCsvAsync(_http, huge)).ProblemAsync(400)).Code());
        Assert.Equal("smartflex-file-too-large", (await (await PostFileAsync(_http, Encoding.UTF8.GetBytes(huge))).ProblemAsync(400)).Code());

        var anonymous = await PostCsvAnonymouslyAsync(_http, $"{Header}\nSF-1,1,A,false,internet,venta-nueva,arojas,2027-05-28");

        Assert.Contains("/api/auth/login", (await anonymous.ProblemAsync(401)).GetProperty("detail").GetString());
        Assert.Empty(await SalesAsync());
    }

    private static int SmartflexCsvBodyLimit => WorkflowArchive.Host.Api.SmartflexCsvBody.MaxBytes;

    private Task<List<SmartflexSale>> SalesAsync() =>
        _factory.InScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Set<SmartflexSale>().AsNoTracking().OrderBy(s => s.OrderNumber).ToListAsync());
}

public sealed class SqliteSmartflexImportApiTests() : SmartflexImportApiTests(DatabaseProvider.Sqlite);

[Trait("Provider", "Postgres")]
public sealed class PostgresSmartflexImportApiTests() : SmartflexImportApiTests(DatabaseProvider.Postgres);
