using System.Globalization;

namespace WorkflowArchive.Host.WebUi;

/// <summary>
/// How the staff app writes dates and numbers: es-BO, days first (dd/MM/yyyy), weeks from Monday, decimal comma.
/// Pages, date pickers and the circuit all use this one culture, whatever language the browser asks for.
/// </summary>
public static class ArchiveCulture
{
    public const string DayFormat = "dd/MM/yyyy";
    public const string MomentFormat = "dd/MM/yyyy HH:mm";

    public static CultureInfo Spanish { get; } = Build();

    public static string Day(DateOnly day) => day.ToString(DayFormat, Spanish);

    public static string Day(DateTime day) => day.ToString(DayFormat, Spanish);

    /// <summary>A percentage as people write it here: up to two decimals after a comma, "99,5 %".</summary>
    public static string Percent(decimal? value) => value is { } p ? $"{p.ToString("0.##", Spanish)} %" : "—";

    public static string Number(double? value, string format = "0.#") => value is { } n ? n.ToString(format, Spanish) : "—";

    private static CultureInfo Build()
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("es-BO").Clone();
        var dates = culture.DateTimeFormat;
        dates.ShortDatePattern = DayFormat;
        dates.DateSeparator = "/";
        dates.FirstDayOfWeek = DayOfWeek.Monday;
        // Calendars here head their columns "lu ma mi ju vi sá do"; ICU's "lun." is too wide for a date picker.
        dates.AbbreviatedDayNames = ["do", "lu", "ma", "mi", "ju", "vi", "sá"];
        dates.ShortestDayNames = ["do", "lu", "ma", "mi", "ju", "vi", "sá"];
        return CultureInfo.ReadOnly(culture);
    }
}
