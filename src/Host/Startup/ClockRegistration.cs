using WorkflowArchive.Domain.Archive;

namespace WorkflowArchive.Host.Startup;

public static class ClockRegistration
{
    /// <summary>
    /// Registers the clock: the system clock, or the shifted one when <c>Clock</c> is configured, with
    /// <c>Archive:TimeZone</c> as its local time zone.
    /// </summary>
    public static IServiceCollection AddArchiveClock(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(ClockOptions.Section).Get<ClockOptions>() ?? new ClockOptions();
        var archive = configuration.GetSection(ArchiveOptions.Section).Get<ArchiveOptions>() ?? new ArchiveOptions();
        var source = ShiftedTimeProvider.From(options, TimeProvider.System.GetUtcNow()) ?? TimeProvider.System;
        services.AddSingleton<TimeProvider>(new ArchiveClock(source, ArchiveClock.Zone(archive.TimeZone)));
        return services;
    }
}
