using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;
using static WorkflowArchive.Tests.Support.ProcedureInputs;

namespace WorkflowArchive.Tests.Lifecycle;

/// <summary>
/// Step 7's deadline is five business days on the archive's calendar (Archive:Holidays, Archive:TimeZone): the correction
/// task, its reminder and the return all fall due on the same working day. 2027-06-18 is a Friday, 21 June a holiday.
/// </summary>
public sealed class BusinessDayCorrectionTests : IAsyncLifetime
{
    private const string Order = "SF-2027-006180";
    private LifecycleHost _archive = null!;

    public async Task InitializeAsync() => _archive = await LifecycleHost.StartAsync(settings: new Dictionary<string, string>
    {
        ["Archive:Holidays:0"] = "2027-06-21",
        ["Archive:CorrectionBusinessDays"] = "5",
    });

    public async Task DisposeAsync() => await _archive.DisposeAsync();

    [Fact]
    public async Task A_dossier_returned_on_a_Friday_before_a_holiday_is_due_five_working_days_later_at_the_same_hour()
    {
        await DomainSeed.SaleAsync(_archive.Factory, DomainSeed.Sale(Order));
        await _archive.RegisterBatchAsync("arojas", Order);
        _archive.Factory.Time.SetUtcNow(DateTimeOffset.Parse("2027-06-18T15:30:00Z")); // Friday 11:30 in La Paz

        var instance = await _archive.Client.WorkAsync(ManagerRole, Order, "Task_ReviewChecklist", "gestora", Review(unsignedContract: true));

        var detail = await _archive.Client.InstanceAsync(instance.Id);
        var correction = detail.Tasks.Single(t => t.ElementId == "Task_CorrectDocumentation");
        var expected = DateTimeOffset.Parse("2027-06-28T15:30:00Z"); // Tue 22 … Fri 25, Mon 28: the weekend and the holiday skipped
        Assert.Equal(expected, correction.DueAt);
        Assert.Equal(expected, detail.Timers.Single(t => t.ElementId == "Boundary_CorrectionOverdue").DueAt);
        Assert.Equal("5BD", detail.Variables["correctionDuration"]!.GetValue<string>());
        var recorded = await _archive.Factory.InScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Set<DossierReturn>().AsNoTracking().SingleAsync());
        Assert.Equal(expected, recorded.DueAt);
    }
}
