namespace WorkflowArchive.Workflows.Timing;

/// <summary>Turns a wall-clock reading in a time zone back into an instant.</summary>
internal static class ZonedWallClock
{
    public static DateTimeOffset ToInstant(DateTime wall, TimeZoneInfo zone)
    {
        wall = DateTime.SpecifyKind(wall, DateTimeKind.Unspecified);
        // A reading that occurs twice (clocks set back) means its first occurrence, the larger offset.
        if (zone.IsAmbiguousTime(wall)) return new DateTimeOffset(wall, zone.GetAmbiguousTimeOffsets(wall).Max());
        // A reading the clocks skipped (set forward) is read with the offset in force just before, so it lands just after the gap.
        var offset = zone.IsInvalidTime(wall) ? zone.GetUtcOffset(wall.AddDays(-1)) : zone.GetUtcOffset(wall);
        return new DateTimeOffset(wall, offset);
    }
}
