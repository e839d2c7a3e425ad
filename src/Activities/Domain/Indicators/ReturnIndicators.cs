using WorkflowArchive.Domain.Advisors;

namespace WorkflowArchive.Domain.Indicators;

/// <summary>
/// Returns (step 6) made to one advisor in the period. <see cref="Returns"/> counts each return (a dossier sent back
/// twice counts two), <see cref="Dossiers"/> the distinct dossiers returned, <see cref="Received"/> the advisor's dossiers
/// the archive received in the period (what the returns are measured against); StillOpen have not come back corrected yet.
/// </summary>
public sealed record AdvisorReturns(string AdvisorCode, string? AdvisorName, AdvisorChannel? Channel, int Returns, int Dossiers, int StillOpen,
    int Received = 0)
{
    /// <summary>Distinct dossiers returned per dossier received, in percent; null when none was received in the period.</summary>
    public decimal? ReturnRate => Received == 0 ? null : Math.Round(Dossiers * 100m / Received, 1);
}

/// <summary>How long advisors took to send returned paperwork back (step 7), over the returns corrected in the period.</summary>
public sealed record CorrectionTime(int Corrected, double? MeanHours, double? MeanDays)
{
    public static CorrectionTime Of(IReadOnlyCollection<TimeSpan> durations)
    {
        if (durations.Count == 0) return new CorrectionTime(0, null, null);
        var meanHours = durations.Average(d => d.TotalHours);
        return new CorrectionTime(durations.Count, Math.Round(meanHours, 2, MidpointRounding.AwayFromZero),
            Math.Round(meanHours / 24, 2, MidpointRounding.AwayFromZero));
    }
}
