namespace WorkflowArchive.Host.Startup;

public static class ClockRegistration
{
    /// <summary>Registers the shifted clock as the TimeProvider when <c>Clock</c> is configured; otherwise the system clock stays.</summary>
    public static IServiceCollection AddArchiveClock(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(ClockOptions.Section).Get<ClockOptions>() ?? new ClockOptions();
        if (ShiftedTimeProvider.From(options, TimeProvider.System.GetUtcNow()) is { } clock)
            services.AddSingleton(clock);
        return services;
    }
}
