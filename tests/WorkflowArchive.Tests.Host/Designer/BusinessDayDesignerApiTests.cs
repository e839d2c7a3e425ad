using System.Text;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Designer;

/// <summary>The correction deadline in business days through the designer's API: the reminder warning, and publishing with a comment.</summary>
public sealed class BusinessDayDesignerApiTests() : ApiTest("duena")
{
    private const string ShippedTimer = "<bpmn:timeDuration xsi:type=\"bpmn:tFormalExpression\">${correctionDuration}</bpmn:timeDuration>";

    private static string CorrectionIn(string taskTerm, string reminderTerm) => ShippedFiles.Read("gestion-documental.bpmn")
        .Replace("wa:dueDate=\"${correctionDuration}\"", $"wa:dueDate=\"{taskTerm}\"")
        .Replace(ShippedTimer, $"<bpmn:timeDuration xsi:type=\"bpmn:tFormalExpression\">{reminderTerm}</bpmn:timeDuration>");

    private async Task<DraftSaved> SaveDraftAsync(string xml) =>
        await (await Http.PutAsync("/api/definitions/draft", new StringContent(xml, Encoding.UTF8, "application/xml"))).ReadAsync<DraftSaved>();

    [Fact]
    public async Task A_due_date_moved_to_business_days_warns_about_its_reminder_until_both_say_the_same()
    {
        var moved = await SaveDraftAsync(CorrectionIn("5BD", "${correctionDuration}"));

        Assert.True(moved.Publishable, "a warning does not stop publishing");
        var warning = Assert.Single(moved.Diagnostics);
        Assert.Equal(("Warning", "Task_CorrectDocumentation", "bpmn-reminder-off-due-date"), (warning.Severity, warning.ElementId, warning.Code));
        Assert.Contains("5 días hábiles", warning.Message);
        Assert.Empty((await SaveDraftAsync(CorrectionIn("5BD", "5BD"))).Diagnostics);
        var wrong = Assert.Single((await SaveDraftAsync(CorrectionIn("0BD", "5BD"))).Diagnostics);
        Assert.Equal(("Error", "bpmn-due-date-invalid"), (wrong.Severity, wrong.Code));
    }

    [Fact]
    public async Task Publishing_asks_for_a_comment_and_the_history_keeps_it()
    {
        await SaveDraftAsync(CorrectionIn("5BD", "5BD"));

        var bare = await Http.PostAsJsonAsync("/api/definitions/gestion-documental/publish", new { }, "duena");
        var blank = await Http.PostAsJsonAsync("/api/definitions/gestion-documental/publish", new { comment = "   " }, "duena");

        Assert.Equal("publish-comment-required", (await bare.ProblemAsync(400)).Code());
        Assert.Equal("publish-comment-required", (await blank.ProblemAsync(400)).Code());
        await (await Http.PostAsJsonAsync("/api/definitions/gestion-documental/publish", new { comment = " Corrección en 5 días hábiles " }, "duena"))
            .ReadAsync<DefinitionSummary>();
        var versions = await Http.GetAsync<List<DefinitionSummary>>("/api/definitions/gestion-documental/versions");
        Assert.Equal((2, "Corrección en 5 días hábiles"), (versions[0].Version, versions[0].Comment));
    }
}
