namespace WorkflowArchive.Domain.Archive;

/// <summary>The <c>Archive</c> configuration section: the archive protocol and the procedure's time limits.</summary>
public sealed class ArchiveOptions
{
    public const string Section = "Archive";

    /// <summary>Classification code pattern; placeholders {year}, {month}, {channel}, {service}, {transaction}, {advisor}.</summary>
    public string ClassificationPattern { get; set; } = "{year}/{channel}/{service}/{advisor}";

    /// <summary>9.2: how long dossiers stay in the division's archive before Condebamba (ISO-8601).</summary>
    public string DefaultRetentionPeriod { get; set; } = "P2Y";

    /// <summary>Retention per service code, where a class of dossier must be kept longer or shorter.</summary>
    public Dictionary<string, string> RetentionByService { get; set; } = [];

    /// <summary>7: business days an advisor has to send a returned dossier back.</summary>
    public int CorrectionBusinessDays { get; set; } = 5;

    /// <summary>10: business days to answer a retrieval request when the requester gives no due date.</summary>
    public int RequestBusinessDays { get; set; } = 2;

    /// <summary>Non-working days besides weekends.</summary>
    public List<DateOnly> Holidays { get; set; } = [];

    /// <summary>The division's time zone: business days and sale dates are counted in it.</summary>
    public string TimeZone { get; set; } = "America/La_Paz";

    public string RetentionFor(string serviceCode) =>
        RetentionByService.TryGetValue(serviceCode, out var period) ? period : DefaultRetentionPeriod;
}
