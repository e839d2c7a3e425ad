using System.Data.Common;
using Bogus;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Advisors;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Paper;
using WorkflowArchive.Tests.Support;
using static WorkflowArchive.Tests.Support.StoreRows;
using Bunit;
using DossiersPage = WorkflowArchive.Host.Components.Pages.Dossiers;

namespace WorkflowArchive.Tests.Search;

/// <summary>GET /api/dossiers over a store of named dossiers among a crowd of generated ones; once per database provider.</summary>
public abstract class DossierSearchApiTests(DatabaseProvider provider) : IAsyncLifetime
{
    private HostLease _host = null!;
    private ArchiveApiFactory _factory = null!;
    private HttpClient _http = null!;
    private List<Dossier> _crowd = null!;
    private Guid _boxA01;

    public async Task InitializeAsync()
    {
        _host = await HostPool.LeaseAsync(provider);
        _factory = _host.Factory;
        _http = _factory.CreateClient();
        _http.DefaultRequestHeaders.Add("X-Actor", "monitora");
        await DomainSeed.AdvisorsAndBoxesAsync(_factory);
        _boxA01 = await _factory.BoxIdAsync("A-01");
        _crowd = Crowd(80);
        await _factory.SaveAsync(_crowd);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
    }

    private async Task<List<string>> OrdersAsync(string query) =>
        (await _http.GetAsync<PagedList<DossierSummary>>($"/api/dossiers?pageSize=200&{query}")).Items.Select(d => d.OrderNumber).ToList();

    [Theory]
    [InlineData("pena", new[] { "N-1", "N-2", "N-3", "N-6" })]
    [InlineData("PEÑA", new[] { "N-1", "N-2", "N-3", "N-6" })]
    [InlineData("ROSA q", new[] { "N-1" })]
    [InlineData("rosa  quiroga   peña", new[] { "N-1" })]
    [InlineData("Rosa", new[] { "N-1", "N-4", "N-5" })]
    [InlineData("quiroga", new[] { "N-1", "N-4" })]
    [InlineData("vargas j", new[] { "N-2" })]
    [InlineData("zzz", new string[0])]
    public async Task A_name_prefix_finds_names_whatever_their_accents_and_case(string name, string[] expected)
    {
        await _factory.SaveAsync(
            Dossier("N-1", "Rosa Quiroga Peña"), Dossier("N-2", "Peña Vargas Juan"), Dossier("N-3", "PEÑALOZA ANA"),
            Dossier("N-4", "Rosalía Quiroga"), Dossier("N-5", "rosa mamani"), Dossier("N-6", "Juan Peña"));

        var found = await OrdersAsync($"name={Uri.EscapeDataString(name)}");

        var fromCrowd = _crowd.Where(d => AnyWordStartsWith(d.CustomerName, name)).Select(d => d.OrderNumber);
        Assert.Equal(expected.Concat(fromCrowd).Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Salazar", new[] { "W-1" })]
    [InlineData("sala", new[] { "W-1", "W-4" })]
    [InlineData("jaquez", new[] { "W-2" })]
    [InlineData("JÁQ", new[] { "W-2" })]
    [InlineData("fern", new[] { "W-3" })]
    [InlineData("fernanda lop", new[] { "W-3" })]
    [InlineData("gomez", new[] { "W-4" })]
    [InlineData("azar", new string[0])]
    [InlineData("lopez fernanda", new string[0])]
    [InlineData("de", new[] { "W-5", "W-7" })]
    [InlineData("DE LOS", new[] { "W-5" })]
    [InlineData("e", new[] { "W-6" })]
    [InlineData("li", new[] { "W-8" })]
    [InlineData("ped", new[] { "W-1", "W-9" })]
    [InlineData("pedra", new[] { "W-9" })]
    public async Task A_name_is_found_by_the_start_of_any_of_its_words(string name, string[] expected)
    {
        await _factory.SaveAsync(
            Dossier("W-1", "Pedro Salazar"), Dossier("W-2", "Alfonso Jáquez"), Dossier("W-3", "María Fernanda López"),
            Dossier("W-4", "Comercial Salas-Gómez S.R.L."), Dossier("W-5", "María de los Ángeles Delgado"),
            Dossier("W-6", "Comercial Pérez e Hijos"), Dossier("W-7", "Ana De-la Cruz"), Dossier("W-8", "Wen Li"),
            Dossier("W-9", "Pedro Pedraza"));

        var found = await OrdersAsync($"name={Uri.EscapeDataString(name)}");

        var fromCrowd = _crowd.Where(d => AnyWordStartsWith(d.CustomerName, name)).Select(d => d.OrderNumber);
        Assert.Equal(expected.Concat(fromCrowd).Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_renamed_customer_is_found_by_the_new_name_only()
    {
        await _factory.SaveAsync(Dossier("R-1", "Pedro Salazar"));
        await _factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ArchiveDbContext>();
            var dossier = await db.Set<Dossier>().SingleAsync(d => d.OrderNumber == "R-1");
            dossier.CustomerName = "Pedro Ugarte";
            await db.SaveChangesAsync();
            return true;
        });

        Assert.Equal(["R-1"], await OrdersAsync("name=ugarte"));
        Assert.DoesNotContain("R-1", await OrdersAsync("name=salazar"));
    }

    [Fact]
    public async Task Order_number_and_CI_NIT_match_exactly_as_written_in_full()
    {
        await _factory.SaveAsync(Dossier("SF-2027-000123", document: "7654321 LP"), Dossier("SF-2027-0001234", document: "7654321"));

        Assert.Equal(["SF-2027-000123"], await OrdersAsync("orderNumber=SF-2027-000123"));
        Assert.Empty(await OrdersAsync("orderNumber=SF-2027-00012"));
        Assert.Equal(["SF-2027-000123"], await OrdersAsync($"customerDocument={Uri.EscapeDataString("7654321 LP")}"));
        Assert.Empty(await OrdersAsync($"customerDocument={Uri.EscapeDataString("7654321 CB")}"));
    }

    [Theory]
    [InlineData("4530562", new[] { "D-1", "D-2", "D-3" })]
    [InlineData("1020304025", new[] { "D-4" })]
    [InlineData("453056", new string[0])]
    [InlineData("530562", new string[0])]
    [InlineData("45305621", new[] { "D-5" })]
    public async Task A_CI_is_found_without_its_extension(string document, string[] expected)
    {
        await _factory.SaveAsync(Dossier("D-1", document: "4530562 CB"), Dossier("D-2", document: "4530562 LP"),
            Dossier("D-3", document: "4530562-1B SC"), Dossier("D-4", document: "1020304025"), Dossier("D-5", document: "45305621 OR"));

        var found = await OrdersAsync($"customerDocument={document}");

        var fromCrowd = _crowd.Where(d => d.CustomerDocument.Split(' ')[0] == document).Select(d => d.OrderNumber);
        Assert.Equal(expected.Concat(fromCrowd).Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("000035", new[] { "SF-2024-000035", "SF-2025-000035", "SF-2025-5000035" })]
    [InlineData("2024-000035", new string[0])]
    [InlineData("5000035", new[] { "SF-2025-5000035" })]
    [InlineData("35", new[] { "SF-2024-000035", "SF-2025-000035", "SF-2025-5000035" })]
    [InlineData("00003", new string[0])]
    [InlineData("000036", new string[0])]
    [InlineData("2024", new string[0])]
    public async Task An_order_number_is_found_by_its_trailing_digits(string digits, string[] expected)
    {
        await _factory.SaveAsync(Dossier("SF-2024-000035"), Dossier("SF-2025-000035"), Dossier("SF-2025-5000035"), Dossier("SF-2025-000350"));

        var found = await OrdersAsync($"orderNumber={digits}");

        var fromCrowd = _crowd.Where(d => d.OrderNumber.EndsWith(digits, StringComparison.Ordinal)).Select(d => d.OrderNumber);
        Assert.Equal(expected.Concat(fromCrowd).Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
    }

    /// <summary>The oracle, written apart from the search: fold, cut the words at spaces and hyphens, and see whether a run of them starts with the query.</summary>
    /// <summary>What the search promises: a word starts with the query, or with one or two letters, a word is the query.</summary>
    private static bool AnyWordStartsWith(string name, string query)
    {
        var folded = SearchText.Key(name);
        var wanted = SearchText.Key(query);
        if (wanted.Length < DossierNameWord.PrefixLength) return folded.Split(' ', '-').Contains(wanted);
        return folded.Select((c, i) => (c, i)).Any(x => (x.i == 0 || folded[x.i - 1] is ' ' or '-') && x.c is not (' ' or '-')
            && folded[x.i..].StartsWith(wanted, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Advisor_sale_dates_and_status_narrow_the_result_together()
    {
        await _factory.SaveAsync(
            Dossier("M-1", advisor: "mvargas", saleDate: new DateOnly(2026, 3, 1), status: DossierStatus.Archived),
            Dossier("M-2", advisor: "mvargas", saleDate: new DateOnly(2026, 3, 15), status: DossierStatus.Returned),
            Dossier("M-3", advisor: "mvargas", saleDate: new DateOnly(2026, 3, 31), status: DossierStatus.Archived),
            Dossier("M-4", advisor: "mvargas", saleDate: new DateOnly(2026, 4, 1), status: DossierStatus.Archived));

        Assert.Equal(["M-1", "M-2", "M-3", "M-4"], await OrdersAsync("advisor=mvargas"));
        Assert.Equal(["M-1", "M-2", "M-3"], await OrdersAsync("advisor=mvargas&from=2026-03-01&to=2026-03-31"));
        Assert.Equal(["M-1", "M-3"], await OrdersAsync("advisor=mvargas&to=2026-03-31&status=archived"));
        Assert.Equal(
            _crowd.Where(d => d.SaleDate >= new DateOnly(2026, 3, 1) && d.SaleDate <= new DateOnly(2026, 3, 31)).Select(d => d.OrderNumber)
                .Concat(["M-1", "M-2", "M-3"]).Order(StringComparer.Ordinal),
            (await OrdersAsync("from=2026-03-01&to=2026-03-31")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_channel_narrows_to_the_sales_made_there_whatever_the_case_it_is_written_in()
    {
        var zonal = Dossier("Z-1", advisor: "lfernandez");
        zonal.Channel = AdvisorChannel.Zonal;
        var zonalArchived = Dossier("Z-2", advisor: "lfernandez", status: DossierStatus.Archived);
        zonalArchived.Channel = AdvisorChannel.Zonal;
        var mezzanine = Dossier("Z-3");
        mezzanine.Channel = AdvisorChannel.Mezzanine;
        await _factory.SaveAsync(zonal, zonalArchived, mezzanine);

        Assert.Equal(["Z-1", "Z-2"], await OrdersAsync("channel=Zonal"));
        Assert.Equal(["Z-1", "Z-2"], await OrdersAsync("channel=zonal"));
        Assert.Equal(["Z-2"], await OrdersAsync("channel=Zonal&status=archived"));
        Assert.Equal(["Z-3"], await OrdersAsync("channel=Mezzanine"));
        Assert.Equal(_crowd.Count, (await OrdersAsync("channel=Plataforma")).Count);
    }

    [Fact]
    public async Task A_box_code_finds_what_is_filed_in_it_and_what_left_it_for_Condebamba()
    {
        var inBox = Dossier("B-1", status: DossierStatus.Archived);
        inBox.BoxId = _boxA01;
        inBox.Location = "Archivo de la División / Estante A / Caja A-01 / Posición 1";
        var transferred = Dossier("B-2", status: DossierStatus.Transferred);
        transferred.BoxId = _boxA01;
        transferred.Custody = Custodies.Condebamba;
        transferred.Location = "Archivo Condebamba, recepción ADM-ARC-2029-0042 (remisión REM-20290601-A-01)";
        var elsewhere = Dossier("B-3", status: DossierStatus.Archived);
        elsewhere.BoxId = await _factory.BoxIdAsync("A-02");
        elsewhere.Location = "Archivo de la División / Estante A / Caja A-02 / Posición 1";
        await _factory.SaveAsync(inBox, transferred, elsewhere);

        Assert.Equal(["B-1", "B-2"], await OrdersAsync("location=a-01"));
        Assert.Equal(["B-2"], await OrdersAsync("location=ADM-ARC-2029-0042"));
        Assert.Equal(["B-2"], await OrdersAsync("location=A-01&status=transferred"));
        Assert.Equal(["B-1", "B-3"], await OrdersAsync($"location={Uri.EscapeDataString("estante a")}"));
    }

    [Fact]
    public async Task Results_are_paged_in_sale_date_then_order_number_order()
    {
        Dossier[] quispes =
        [
            Dossier("P-3", "Quispe Ana", saleDate: new DateOnly(2025, 1, 2)), Dossier("P-1", "Quispe Luis", saleDate: new DateOnly(2025, 1, 2)),
            Dossier("P-2", "Quispe Eva", saleDate: new DateOnly(2025, 1, 1)), Dossier("P-5", "Quispe Raúl", saleDate: new DateOnly(2025, 1, 3)),
            Dossier("P-4", "Quispe Rosa", saleDate: new DateOnly(2025, 1, 3)),
            // Two of its words match: still one row, in its place.
            Dossier("P-6", "Quispe Quispe Luz", saleDate: new DateOnly(2025, 1, 2)), Dossier("P-0", "Ana Quíspe", saleDate: new DateOnly(2025, 1, 3)),
        ];
        await _factory.SaveAsync(quispes);
        var expected = _crowd.Where(d => AnyWordStartsWith(d.CustomerName, "quispe")).Concat(quispes)
            .OrderBy(d => d.SaleDate).ThenBy(d => d.OrderNumber, StringComparer.Ordinal).Select(d => d.OrderNumber).ToList();

        var pages = new List<PagedList<DossierSummary>>();
        for (var page = 1; page <= (expected.Count + 1) / 2 + 1; page++)
            pages.Add(await _http.GetAsync<PagedList<DossierSummary>>($"/api/dossiers?name={Uri.EscapeDataString("QUÍSPE")}&pageSize=2&page={page}"));

        Assert.All(pages, p => Assert.Equal((expected.Count, 2, false), (p.Total, p.PageSize, p.TotalIsLowerBound)));
        Assert.Equal(expected, pages.SelectMany(p => p.Items).Select(d => d.OrderNumber));
        Assert.Empty(pages[^1].Items);
    }

    [Fact]
    public async Task Past_a_thousand_matches_the_total_says_more_than_and_the_export_still_has_every_one()
    {
        var many = Enumerable.Range(0, DossierQueries.CountCap + 2)
            .Select(i => Dossier($"Q-{i:D4}", $"Ñusta Qhapaq {i}", saleDate: new DateOnly(2025, 1, 1).AddDays(i % 7))).ToList();
        await _factory.SaveAsync(many);
        var expected = many.OrderBy(d => d.SaleDate).ThenBy(d => d.OrderNumber, StringComparer.Ordinal).Select(d => d.OrderNumber).ToList();

        var first = await _http.GetAsync<PagedList<DossierSummary>>("/api/dossiers?name=qhapaq&pageSize=50");
        var last = await _http.GetAsync<PagedList<DossierSummary>>("/api/dossiers?name=qhapaq&pageSize=50&page=21");
        var narrowed = await _http.GetAsync<PagedList<DossierSummary>>("/api/dossiers?name=nusta&from=2025-01-01&to=2025-01-01&pageSize=200");

        Assert.Equal((DossierQueries.CountCap, true), (first.Total, first.TotalIsLowerBound));
        Assert.Equal(expected.Take(50), first.Items.Select(d => d.OrderNumber));
        // Asked for a page past the cap, the count goes that far: here to the end, so it is exact again.
        Assert.Equal((many.Count, false), (last.Total, last.TotalIsLowerBound));
        Assert.Equal(expected.Skip(1000), last.Items.Select(d => d.OrderNumber));
        Assert.Equal((many.Count(d => d.SaleDate == new DateOnly(2025, 1, 1)), false), (narrowed.Total, narrowed.TotalIsLowerBound));
        using var exported = await PaperReading.XlsxAsync(_http, "/api/dossiers/export.xlsx?name=QHAPAQ");
        Assert.Equal(expected, exported.Worksheet(1).RowsUsed().Skip(1).Select(r => r.Cell(1).GetString()));

        // Expedientes, with nothing typed, lists the whole store: more than 1,000, and it says so.
        await using var pages = await PageHarness.SignInAsync(_factory, "gestora");
        var page = pages.RenderPage<DossiersPage>();
        page.WaitForAssertion(() =>
        {
            Assert.Contains("Más de 1.000 expedientes coinciden", page.Find("[data-testid=search-more-than]").TextContent);
            Assert.Contains("1-25 de más de 1.000", page.Markup);
        });
    }

    [Theory]
    [InlineData("name", "IX_dossier_name_words_page")]
    [InlineData("document", "IX_dossiers_CustomerDocumentNumber")]
    [InlineData("order", "IX_dossiers_OrderNumberReversed")]
    public async Task Each_search_form_is_an_index_seek(string form, string index)
    {
        var plan = await _factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ArchiveDbContext>();
            var search = sp.GetRequiredService<DossierSearch>();
            // Rolled back at the end: the settings below are the transaction's only, not left on a pooled session.
            await using var transaction = await db.Database.BeginTransactionAsync();
            // A few rows make a sequential scan cheapest; forbid it so the plan shows whether the index can serve the range.
            // The name's page must come out of the index in its order: with sorting and bitmaps forbidden too, a plan
            // that still sorts (or scans) shows the index cannot serve it.
            if (provider == DatabaseProvider.Postgres)
                await db.Database.ExecuteSqlRawAsync("SET LOCAL enable_seqscan = off; SET LOCAL enable_bitmapscan = off; SET LOCAL enable_sort = off");
            var query = form switch
            {
                "name" => (await search.QueryAsync(new DossierSearchCriteria(Name: "Peña", SaleDateFrom: new DateOnly(2026, 1, 1),
                    SaleDateTo: new DateOnly(2026, 12, 31)), CancellationToken.None)).Take(50),
                "document" => DossierSearch.WithDocument(db.Set<Dossier>(), "4530562"),
                _ => DossierSearch.WithOrderNumber(db.Set<Dossier>(), "000035"),
            };
            await using var command = query.CreateDbCommand();
            command.CommandText = (provider == DatabaseProvider.Postgres ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + command.CommandText;
            return await ReadPlanAsync(command);
        });

        Assert.Contains(index, plan);
        Assert.Contains(provider == DatabaseProvider.Postgres ? "Index Cond" : "SEARCH", plan);
        Assert.DoesNotContain(provider == DatabaseProvider.Postgres ? "Sort" : "TEMP B-TREE", plan);
    }

    [Fact]
    public async Task An_unknown_dossier_is_404()
    {
        var problem = await (await _http.GetAsync("/api/dossiers/SF-0000-000000")).ProblemAsync(404);

        Assert.Equal("dossier-not-found", problem.Code());
        Assert.Contains("SF-0000-000000", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("status=Lost", "query-value-invalid", "Received, Verified, Returned")]
    [InlineData("status=3", "query-value-invalid", "Received, Verified, Returned")]
    [InlineData("channel=Zonales", "query-value-invalid", "Plataforma, Zonal, Mezzanine")]
    [InlineData("from=2027-13-01", "date-invalid", "«from»")]
    [InlineData("to=31/05/2027", "date-invalid", "«to»")]
    public async Task Bad_criteria_are_refused_with_what_to_write_instead(string query, string code, string named)
    {
        var problem = await (await _http.GetAsync($"/api/dossiers?{query}")).ProblemAsync(400);

        Assert.Equal(code, problem.Code());
        Assert.Contains(named, problem.GetProperty("detail").GetString());
    }

    private static async Task<string> ReadPlanAsync(DbCommand command)
    {
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync()) lines.Add(Convert.ToString(reader.GetValue(reader.FieldCount - 1))!);
        return string.Join('\n', lines);
    }

    /// <summary>Generated dossiers, so the named ones must be told apart from many others; order numbers do not clash with theirs.</summary>
    private static List<Dossier> Crowd(int count)
    {
        var faker = new Faker("es") { Random = new Randomizer(20270601) };
        return Enumerable.Range(1, count).Select(i => Dossier(
            $"SF-2026-{i:D6}",
            faker.Name.FullName(),
            faker.Random.ReplaceNumbers("#######") + " CB",
            faker.PickRandom("arojas", "lfernandez", "jcespedes"),
            DateOnly.FromDateTime(faker.Date.Between(new DateTime(2026, 1, 1), new DateTime(2026, 12, 31))),
            faker.PickRandom<DossierStatus>())).ToList();
    }
}

public sealed class SqliteDossierSearchApiTests() : DossierSearchApiTests(DatabaseProvider.Sqlite);

[Trait("Provider", "Postgres")]
public sealed class PostgresDossierSearchApiTests() : DossierSearchApiTests(DatabaseProvider.Postgres);
