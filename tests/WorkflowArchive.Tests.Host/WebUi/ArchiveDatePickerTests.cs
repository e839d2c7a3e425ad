using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using WorkflowArchive.Host.Components.Shared;
using WorkflowArchive.Host.Startup;
using WorkflowArchive.Host.WebUi;

namespace WorkflowArchive.Tests.WebUi;

/// <summary>The app's one date field, with MudBlazor as the host configures it and a clock whose local zone is La Paz's.</summary>
public sealed class ArchiveDatePickerTests
{
    /// <summary>16/06/2027 01:30 UTC is still the 15th in La Paz (UTC-4).</summary>
    private static BunitContext Context()
    {
        var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddArchiveMudBlazor();
        var time = new FakeTimeProvider(new DateTimeOffset(2027, 6, 16, 1, 30, 0, TimeSpan.Zero));
        time.SetLocalTimeZone(ArchiveClock.Zone("America/La_Paz"));
        context.Services.AddSingleton<TimeProvider>(time);
        return context;
    }

    private static (IRenderedComponent<MudPopoverProvider> Popovers, IRenderedComponent<ArchiveDatePicker> Picker) Render(BunitContext context,
        DateTime? date, Action<DateTime?> changed)
    {
        var popovers = context.Render<MudPopoverProvider>();
        var picker = context.Render<ArchiveDatePicker>(p => p.Add(x => x.Date, date).Add(x => x.Label, "Fecha de entrega")
            .Add(x => x.DateChanged, EventCallback.Factory.Create<DateTime?>(context, changed)));
        return (popovers, picker);
    }

    private static void Open(IRenderedComponent<ArchiveDatePicker> picker) => picker.Find("button.mud-icon-button").Click();

    [Fact]
    public async Task The_calendar_is_spanish_and_its_weeks_start_on_monday()
    {
        await using var context = Context();
        var (popovers, picker) = Render(context, new DateTime(2027, 6, 10), _ => { });

        Open(picker);

        var days = popovers.FindAll(".mud-picker-calendar-header-day .mud-day-label").Select(d => d.TextContent.Trim()).ToList();
        Assert.Equal(["lu", "ma", "mi", "ju", "vi", "sá", "do"], days);
        Assert.Contains("junio", popovers.Find(".mud-picker-calendar-header-transition").TextContent);
    }

    [Fact]
    public async Task Today_is_marked_on_the_la_paz_date_not_the_utc_one()
    {
        await using var context = Context();
        var (popovers, picker) = Render(context, null, _ => { });

        Open(picker);

        var today = popovers.Find("button.mud-current");
        Assert.Equal("15", today.TextContent.Trim());
    }

    [Fact]
    public async Task A_date_typed_day_first_is_the_date_bound()
    {
        DateTime? bound = null;
        await using var context = Context();
        var (_, picker) = Render(context, null, date => bound = date);

        picker.Find("input").Change("15/06/2027");

        Assert.Equal(new DateTime(2027, 6, 15), bound);
        Assert.Equal("15/06/2027", picker.Find("input").GetAttribute("value"));
    }

    [Fact]
    public async Task A_date_that_does_not_exist_is_refused_with_a_spanish_message_beside_the_field()
    {
        DateTime? bound = new DateTime(2027, 6, 1);
        await using var context = Context();
        var (_, picker) = Render(context, bound, date => bound = date);

        picker.Find("input").Change("31/02/2027");

        picker.WaitForAssertion(() => Assert.Contains("Fecha no válida", picker.Find(".mud-input-helper-text").TextContent));
        Assert.NotEqual(new DateTime(2027, 2, 28), bound);
    }
}
