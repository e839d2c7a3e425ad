using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace WorkflowArchive.Host.Persistence;

/// <summary>Every time we store is UTC, so UTC ticks keep order and comparisons in SQLite without losing anything.</summary>
public sealed class DateTimeOffsetToUtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
