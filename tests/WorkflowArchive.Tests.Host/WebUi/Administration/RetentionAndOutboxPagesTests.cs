using Bunit;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Runtime;
using ParkedMessagesPage = WorkflowArchive.Host.Components.Pages.ParkedMessages;
using RetentionPage = WorkflowArchive.Host.Components.Pages.RetentionPeriods;

namespace WorkflowArchive.Tests.WebUi.Administration;

/// <summary>Periodos de retención (in words, changed after a confirmation that tells what is rescheduled) and Mensajes detenidos (said in Spanish, sent again).</summary>
public sealed class RetentionAndOutboxPagesTests() : HostedTest(Host.Persistence.DatabaseProvider.Sqlite)
{
    private static AngleSharp.Dom.IElement Row(IRenderedComponent<RetentionPage> page, string service) =>
        page.Find($"[data-testid=retention-row][data-service='{service}']").ParentElement!;

    [Fact]
    public async Task The_process_owner_changes_a_period_after_confirming_and_learns_how_many_dossiers_were_rescheduled()
    {
        await Archive.ArchiveAsync(DomainSeed.Sale("SF-2027-000601"), boxCode: "A-01");
        await using var pages = await PageHarness.SignInAsync(Factory, "duena");
        var page = pages.RenderPage<RetentionPage>();
        page.WaitForElement("[data-testid=retention-row][data-service=internet]");
        var before = Row(page, "internet").QuerySelector("[data-testid=retention-period]")!.TextContent.Trim();
        Assert.Matches(@"^\d+ (año|años|mes|meses)", before);
        ScreenText.AssertReadable(page);

        Row(page, "internet").QuerySelector("button[data-testid=retention-edit]")!.Click();
        page.Find("input[data-testid=retention-years]").Change("3");
        page.Find("input[data-testid=retention-months]").Change("6");
        page.Find("button[data-testid=retention-save]").Click();
        Assert.Contains("a 3 años y 6 meses", page.Find("[data-testid=retention-confirm]").TextContent);
        var unchanged = await Factory.InScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Set<RetentionPolicy>().AsNoTracking().AnyAsync(p => p.Period == "P3Y6M"));
        Assert.False(unchanged, "nothing is saved before the confirmation");

        page.Find("button[data-testid=retention-confirm-save]").Click();

        page.WaitForAssertion(() => Assert.Contains(pages.Messages, m => m.Contains("ahora 3 años y 6 meses") && m.Contains("Se reprogramó 1 expediente.")));
        Assert.Equal("3 años y 6 meses", Row(page, "internet").QuerySelector("[data-testid=retention-period]")!.TextContent.Trim());
        var dossier = await Archive.DossierAsync("SF-2027-000601");
        Assert.Equal("P3Y6M", dossier.RetentionPeriod);
        ScreenText.AssertReadable(page);
    }

    [Fact]
    public async Task A_document_manager_reads_the_periods_but_may_not_change_them()
    {
        await using var pages = await PageHarness.SignInAsync(Factory, "gestora");

        var page = pages.RenderPage<RetentionPage>();

        page.WaitForElement("[data-testid=retention-row]");
        Assert.Empty(page.FindAll("[data-testid=retention-edit]"));
    }

    [Fact]
    public async Task A_parked_message_is_said_in_spanish_and_sent_again_by_the_administrator()
    {
        var id = await Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ArchiveDbContext>();
            var now = Factory.Time.GetUtcNow();
            var message = new OutboxMessage
            {
                Type = OutboxMessageTypes.TaskCreated, IdempotencyKey = "task-created:prueba", CreatedAt = now.AddHours(-2), Attempts = OutboxDispatcher.MaxAttempts,
                ParkedAt = now.AddHours(-1), LastError = "HttpRequestException: Connection refused (notifications:443)",
                PayloadJson = """{"taskId":"6f1c3c1e-8f7a-4c53-9d0b-2b8f5a0e7d11","businessKey":"SF-2027-000777","name":"Revisar checklist"}""",
            };
            db.Add(message);
            await db.SaveChangesAsync();
            return message.Id;
        });
        await using var pages = await PageHarness.SignInAsync(Factory, "admin");
        var page = pages.RenderPage<ParkedMessagesPage>();

        var row = page.WaitForElement("[data-testid=parked-row]").ParentElement!;
        Assert.Contains("Tarea nueva", row.TextContent);
        Assert.Contains("SF-2027-000777", row.TextContent);
        Assert.Equal("No se pudo conectar con el destino.", row.QuerySelector("[data-testid=parked-error]")!.TextContent.Trim());
        Assert.DoesNotContain("Connection refused", row.TextContent);
        ScreenText.AssertReadable(page);

        row.QuerySelector("button[data-testid=parked-retry]")!.Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=parked-row]")));
        var requeued = await Factory.InScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Id == id));
        Assert.Null(requeued.ParkedAt);
    }
}
