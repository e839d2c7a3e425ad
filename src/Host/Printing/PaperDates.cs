using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Host.WebUi;

namespace WorkflowArchive.Host.Printing;

/// <summary>Moments as paper shows them: La Paz time, dd/MM/yyyy (HH:mm), "—" when there is none.</summary>
public sealed class PaperDates(BusinessCalendar calendar)
{
    public DateTime Local(DateTimeOffset at) => calendar.Local(at).DateTime;

    public string Day(DateTimeOffset? at) => at is { } value ? ArchiveCulture.Day(Local(value)) : "—";

    public string Moment(DateTimeOffset? at) => at is { } value ? Local(value).ToString(ArchiveCulture.MomentFormat, ArchiveCulture.Spanish) : "—";

    public int Year(DateTimeOffset at) => Local(at).Year;
}
