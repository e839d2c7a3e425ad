using WorkflowArchive.Domain.Advisors;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Indicators;
using WorkflowArchive.Domain.Requests;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Runtime;
using static WorkflowArchive.Tests.Support.StoreRows;

namespace WorkflowArchive.Tests.Indicators;

/// <summary>
/// The figures of GET /api/indicators over rows with known numbers. The period is May 2027 in La Paz (UTC-4):
/// from 2027-05-01T04:00Z up to, not including, 2027-06-01T04:00Z. "Now" is the factory's 2027-06-01T12:00Z.
/// </summary>
public abstract class IndicatorApiTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly DateTimeOffset MayStart = new(2027, 5, 1, 4, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset MayEnd = new(2027, 6, 1, 4, 0, 0, TimeSpan.Zero);
    private HostLease _host = null!;
    private ArchiveApiFactory _factory = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _host = await HostPool.LeaseAsync(provider);
        _factory = _host.Factory;
        _http = _factory.CreateClient();
        _http.DefaultRequestHeaders.Add("X-Actor", "monitora");
        await DomainSeed.AdvisorsAndBoxesAsync(_factory);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
    }

    private DateTimeOffset Now => _factory.Time.GetUtcNow();

    private Task<IndicatorReport> MayAsync() => _http.GetAsync<IndicatorReport>("/api/indicators?from=2027-05-01&to=2027-05-31");

    // Made in the first twenty days of May: due (two days later) long before "now", 2027-06-01T12:00Z.
    private static readonly DateTimeOffset EarlyMayEnd = MayStart.AddDays(20);

    // Made on 31 May: due from 2 June, so still within their deadline now.
    private static readonly DateTimeOffset LastMayDay = new(2027, 5, 31, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Late_not_found_and_overdue_requests_are_measured_and_not_recovered_while_those_within_their_deadline_wait()
    {
        await _factory.SaveAsync([
            .. Requests(97, RetrievalStatus.Recovered, MayStart, EarlyMayEnd, seed: 1),
            .. Requests(1, RetrievalStatus.Recovered, MayStart, EarlyMayEnd, seed: 2, answeredAfter: TimeSpan.FromDays(3)),
            .. Requests(1, RetrievalStatus.NotFound, MayStart, EarlyMayEnd, seed: 3),
            .. Requests(1, RetrievalStatus.Registered, MayStart, EarlyMayEnd, seed: 4),
            .. Requests(2, RetrievalStatus.Registered, LastMayDay, MayEnd, seed: 5),
            // Outside the period: the last minute of April and the first of June in La Paz.
            .. Requests(1, RetrievalStatus.NotFound, MayStart.AddMinutes(-1), MayStart, seed: 6),
            .. Requests(5, RetrievalStatus.NotFound, MayEnd, MayEnd.AddMinutes(1), seed: 7),
        ]);

        var report = await MayAsync();

        Assert.Equal(new RetrievalIndicator(Requests: 102, Measured: 100, OnTime: 97, Late: 1, NotFound: 1, Overdue: 1, Pending: 2,
            Unregistered: 0, Percentage: 97.00m, Verdict: "Observado"), report.Retrieval);
    }

    [Fact]
    public async Task The_indicator_is_Aprobado_when_198_of_200_measured_requests_were_delivered_on_time()
    {
        await _factory.SaveAsync([
            .. Requests(198, RetrievalStatus.Recovered, MayStart, EarlyMayEnd, seed: 1),
            .. Requests(1, RetrievalStatus.NotFound, MayStart, EarlyMayEnd, seed: 2),
            .. Requests(1, RetrievalStatus.Recovered, MayStart, EarlyMayEnd, seed: 3, answeredAfter: TimeSpan.FromDays(2).Add(TimeSpan.FromSeconds(1))),
            .. Requests(5, RetrievalStatus.Registered, LastMayDay, MayEnd, seed: 4),
        ]);

        var report = await MayAsync();

        Assert.Equal(new RetrievalIndicator(205, 200, 198, 1, 1, 0, 5, 0, 99.00m, "Aprobado"), report.Retrieval);
    }

    [Fact]
    public async Task A_delivery_at_the_deadline_is_on_time_and_a_minute_later_is_late()
    {
        // Due "2027-05-10": 18:00 in La Paz, 22:00 UTC.
        var deadline = new DateTimeOffset(2027, 5, 10, 22, 0, 0, TimeSpan.Zero);
        var requests = Requests(3, RetrievalStatus.Recovered, MayStart, MayStart.AddDays(5), seed: 1);
        requests.ForEach(r => r.DueAt = deadline);
        requests[0].ResolvedAt = deadline;
        requests[1].ResolvedAt = deadline.AddMinutes(-1);
        requests[2].ResolvedAt = deadline.AddMinutes(1);
        await _factory.SaveAsync(requests);

        var retrieval = (await MayAsync()).Retrieval;

        Assert.Equal((2, 1, 66.66m, "Observado"), (retrieval.OnTime, retrieval.Late, retrieval.Percentage, retrieval.Verdict));
    }

    [Fact]
    public async Task Just_under_99_percent_is_Observado_and_is_not_shown_rounded_up()
    {
        await _factory.SaveAsync([
            .. Requests(1979, RetrievalStatus.Recovered, MayStart, EarlyMayEnd, seed: 1),
            .. Requests(20, RetrievalStatus.NotFound, MayStart, EarlyMayEnd, seed: 2),
        ]);

        var retrieval = (await MayAsync()).Retrieval;

        Assert.Equal("Observado", retrieval.Verdict);
        Assert.Equal(98.99m, retrieval.Percentage);
    }

    [Fact]
    public async Task A_period_without_requests_has_no_percentage_nor_one_whose_requests_are_all_within_their_deadline()
    {
        await _factory.SaveAsync(Requests(3, RetrievalStatus.Recovered, MayEnd, MayEnd.AddDays(3), seed: 1));

        Assert.Equal(new RetrievalIndicator(0, 0, 0, 0, 0, 0, 0, 0, null, "Sin solicitudes"), (await MayAsync()).Retrieval);

        await _factory.SaveAsync(Requests(2, RetrievalStatus.Registered, LastMayDay, MayEnd, seed: 2));

        Assert.Equal(new RetrievalIndicator(2, 0, 0, 0, 0, 0, 2, 0, null, "Sin solicitudes vencidas"), (await MayAsync()).Retrieval);
    }

    [Fact]
    public async Task The_indicator_is_given_by_La_Paz_month_and_by_requesting_unit()
    {
        const string legal = "Asesoría Legal", audit = "Auditoría Interna";
        var april = new DateTimeOffset(2027, 4, 5, 12, 0, 0, TimeSpan.Zero);
        var may = new DateTimeOffset(2027, 5, 5, 12, 0, 0, TimeSpan.Zero);
        var withoutUnit = Requests(1, RetrievalStatus.NotFound, may, may.AddDays(1), seed: 6);
        withoutUnit.ForEach(r => r.RequestingUnit = null);
        await _factory.SaveAsync([
            .. Requests(2, RetrievalStatus.Recovered, april, april.AddDays(1), seed: 1, unit: legal),
            // 2027-05-01 at 00:30 UTC is still 30 April in La Paz.
            .. Requests(1, RetrievalStatus.Recovered, MayStart.AddMinutes(-210), MayStart.AddMinutes(-209), seed: 2, unit: audit),
            .. Requests(1, RetrievalStatus.Recovered, may, may.AddDays(1), seed: 3, unit: legal),
            .. Requests(1, RetrievalStatus.Recovered, may, may.AddDays(1), seed: 4, unit: audit, answeredAfter: TimeSpan.FromDays(5)),
            .. withoutUnit,
        ]);

        var report = await _http.GetAsync<IndicatorReport>("/api/indicators?from=2027-04-01&to=2027-05-31");

        Assert.Equal([
            new RetrievalByMonth("2027-04", new RetrievalIndicator(3, 3, 3, 0, 0, 0, 0, 0, 100.00m, "Aprobado")),
            new RetrievalByMonth("2027-05", new RetrievalIndicator(3, 3, 1, 1, 1, 0, 0, 0, 33.33m, "Observado")),
        ], report.RetrievalByMonth);
        Assert.Equal([
            new RetrievalByUnit(legal, new RetrievalIndicator(3, 3, 3, 0, 0, 0, 0, 0, 100.00m, "Aprobado")),
            new RetrievalByUnit(audit, new RetrievalIndicator(2, 2, 1, 1, 0, 0, 0, 0, 50.00m, "Observado")),
            new RetrievalByUnit(null, new RetrievalIndicator(1, 1, 0, 0, 1, 0, 0, 0, 0.00m, "Observado")),
        ], report.RetrievalByUnit);
        Assert.Equal(new RetrievalIndicator(6, 6, 4, 1, 1, 0, 0, 0, 66.66m, "Observado"), report.Retrieval);
    }

    [Fact]
    public async Task First_pass_completeness_counts_dossiers_by_the_outcome_of_their_first_review()
    {
        var inMay = MayStart.AddDays(10);
        var passedArchived = Dossier("SF-1", status: DossierStatus.Archived);
        var passedClassified = Dossier("SF-2", status: DossierStatus.Classified);
        var returnedThenArchived = Dossier("SF-3", status: DossierStatus.Archived);
        returnedThenArchived.ReturnCount = 1;
        var returnedTwice = Dossier("SF-4", status: DossierStatus.Returned);
        returnedTwice.ReturnCount = 2;
        var stoppedInIncident = Dossier("SF-5", status: DossierStatus.Complete);
        var firstReviewedInApril = Dossier("SF-6", status: DossierStatus.Archived);
        firstReviewedInApril.ReturnCount = 1;
        var firstReviewedInJune = Dossier("SF-7", status: DossierStatus.Archived);
        var neverReviewed = Dossier("SF-8");
        // Each dossier's first review, as the review activity dates it (a later review does not move it).
        passedArchived.FirstReviewedAt = inMay;
        passedClassified.FirstReviewedAt = MayEnd.AddMinutes(-1);
        returnedThenArchived.FirstReviewedAt = inMay;
        returnedTwice.FirstReviewedAt = MayStart;
        stoppedInIncident.FirstReviewedAt = inMay;
        firstReviewedInApril.FirstReviewedAt = MayStart.AddMinutes(-1);
        firstReviewedInJune.FirstReviewedAt = MayEnd;
        await _factory.SaveAsync(passedArchived, passedClassified, returnedThenArchived, returnedTwice, stoppedInIncident,
            firstReviewedInApril, firstReviewedInJune, neverReviewed);

        var firstPass = (await MayAsync()).FirstPass;

        Assert.Equal(new FirstPassIndicator(Reviewed: 5, Passed: 2, Returned: 2, AwaitingDecision: 1, Percentage: 50.00m), firstPass);
    }

    [Fact]
    public async Task Returns_are_counted_per_advisor_and_corrections_closed_in_the_period_give_the_mean_time()
    {
        var first = Dossier("SF-1");
        var second = Dossier("SF-2");
        var third = Dossier("SF-3", advisor: "lfernandez");
        var gone = Dossier("SF-4", advisor: "exasesor");
        await _factory.SaveAsync(first, second, third, gone);
        var may10 = new DateTimeOffset(2027, 5, 10, 13, 0, 0, TimeSpan.Zero);
        await _factory.SaveAsync(
            Return(first, 1, may10, corrected: may10.AddHours(24)),
            Return(first, 2, may10.AddDays(2), corrected: may10.AddDays(2).AddHours(48)),
            Return(second, 1, may10.AddDays(5), corrected: null),
            Return(third, 1, may10, corrected: may10.AddHours(12)),
            Return(gone, 1, may10, corrected: null),
            // Returned in April, corrected on 2027-05-02 after 72 h: no return of May, but a correction of May.
            Return(second, 0, MayStart.AddHours(-48), corrected: MayStart.AddHours(24)),
            // Returned in May, corrected in June: a return of May, not a correction of May.
            Return(third, 2, MayEnd.AddHours(-2), corrected: MayEnd.AddHours(10)));

        var report = await MayAsync();

        Assert.Equal([
            new AdvisorReturns("arojas", "Ana Rojas", AdvisorChannel.Plataforma, Returns: 3, Dossiers: 2, StillOpen: 1),
            new AdvisorReturns("lfernandez", "Luis Fernández", AdvisorChannel.Zonal, Returns: 2, Dossiers: 1, StillOpen: 0),
            new AdvisorReturns("exasesor", null, null, Returns: 1, Dossiers: 1, StillOpen: 1),
        ], report.ReturnsByAdvisor);
        // (24 + 48 + 12 + 72) / 4 = 39 hours = 1.625 days.
        Assert.Equal(new CorrectionTime(4, 39.0, 1.63), report.CorrectionTime);
    }

    [Fact]
    public async Task Dossiers_due_for_transfer_are_those_archived_whose_retention_ends_within_90_days()
    {
        var boxA = await _factory.BoxIdAsync("A-01");
        var boxB = await _factory.BoxIdAsync("A-02");
        await _factory.SaveAsync(
            Archived("SF-1", boxA, Now.AddDays(10)),
            Archived("SF-2", boxA, Now.AddDays(89)),
            Archived("SF-3", boxB, Now.AddDays(90)),
            Archived("SF-4", boxB, Now.AddDays(90).AddSeconds(1)),
            Archived("SF-5", boxB, Now.AddDays(-1)),
            Archived("SF-6", boxA, Now.AddDays(20), DossierStatus.InTransfer),
            Archived("SF-7", boxA, Now.AddDays(20), DossierStatus.Transferred));

        var due = (await MayAsync()).DueForTransfer;

        Assert.Equal(Now.AddDays(90), due.Until);
        Assert.Equal(3, due.Dossiers);
        Assert.Equal([
            new BoxDue("A-01", "Archivo de la División / Estante A / Caja A-01", 2, Now.AddDays(10)),
            new BoxDue("A-02", "Archivo de la División / Estante A / Caja A-02", 1, Now.AddDays(90)),
        ], due.Boxes);
    }

    [Fact]
    public async Task Overdue_tasks_are_the_open_or_claimed_ones_past_due_counted_by_role()
    {
        await _factory.SaveAsync(
            TaskRow("gestor-documental", Now.AddDays(-3), UserTaskStatus.Open),
            TaskRow("gestor-documental", Now.AddMinutes(-1), UserTaskStatus.Claimed),
            TaskRow("asesor-comercial", Now.AddDays(-1), UserTaskStatus.Open),
            TaskRow("asesor-comercial", Now.AddDays(-9), UserTaskStatus.Completed),
            TaskRow("asesor-comercial", Now.AddDays(-9), UserTaskStatus.Cancelled),
            TaskRow("asesor-comercial", Now.AddDays(1), UserTaskStatus.Open),
            TaskRow("gestor-documental", null, UserTaskStatus.Open));

        var overdue = (await MayAsync()).OverdueTasks;

        Assert.Equal(3, overdue.Total);
        Assert.Equal([
            new RoleOverdue("gestor-documental", 2, Now.AddDays(-3)),
            new RoleOverdue("asesor-comercial", 1, Now.AddDays(-1)),
        ], overdue.ByRole);
    }

    [Theory]
    [InlineData("?to=2027-05-31", "date-required")]
    [InlineData("?from=2027-05-01", "date-required")]
    [InlineData("?from=05/01/2027&to=2027-05-31", "date-invalid")]
    [InlineData("?from=2027-02-30&to=2027-05-31", "date-invalid")]
    public async Task A_period_that_is_missing_or_misspelt_is_refused(string query, string code)
    {
        var problem = await (await _http.GetAsync("/api/indicators" + query)).ProblemAsync(400);

        Assert.Equal(code, problem.Code());
    }

    private static DossierReturn Return(Dossier dossier, int number, DateTimeOffset returned, DateTimeOffset? corrected) => new()
    {
        DossierId = dossier.Id, Number = number, AdvisorCode = dossier.AdvisorCode, Reason = "Documentación incompleta",
        Items = "Contrato: sin firma", ReturnedAt = returned, DueAt = returned.AddDays(7), CorrectedAt = corrected,
    };

    private static Dossier Archived(string order, Guid boxId, DateTimeOffset retentionDueAt, DossierStatus status = DossierStatus.Archived)
    {
        var dossier = Dossier(order, status: status);
        dossier.BoxId = boxId;
        dossier.ArchivedAt = retentionDueAt.AddYears(-2);
        dossier.RetentionPeriod = "P2Y";
        dossier.RetentionDueAt = retentionDueAt;
        return dossier;
    }

    private static UserTask TaskRow(string role, DateTimeOffset? dueAt, UserTaskStatus status) => new()
    {
        InstanceId = Guid.NewGuid(), DefinitionKey = "gestion-documental", BusinessKey = $"SF-{Guid.NewGuid():N}", ElementId = "Task_Test",
        Name = "Test task", CandidateRole = role, Status = status, TokenId = Guid.NewGuid(), CreatedAt = new DateTimeOffset(2027, 5, 1, 12, 0, 0, TimeSpan.Zero),
        DueAt = dueAt,
    };
}

public sealed class SqliteIndicatorApiTests() : IndicatorApiTests(DatabaseProvider.Sqlite);

[Trait("Provider", "Postgres")]
public sealed class PostgresIndicatorApiTests() : IndicatorApiTests(DatabaseProvider.Postgres);
