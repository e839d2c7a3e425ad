namespace WorkflowArchive.Host.Startup;

/// <summary>
/// Demo data and demo users (known passwords) come on their own only in Development; any other environment needs the
/// explicit <c>--demo</c> flag on the command line, and the host says so in its log.
/// </summary>
public static class DemoFlag
{
    public const string Argument = "--demo";

    /// <summary>The arguments without the flag, for the host builder; with it, demo data and users are switched on.</summary>
    public static string[] Apply(string[] args, out bool demo)
    {
        demo = args.Contains(Argument, StringComparer.OrdinalIgnoreCase);
        return args.Where(a => !string.Equals(a, Argument, StringComparison.OrdinalIgnoreCase)).ToArray();
    }

    public static void Enable(ConfigurationManager configuration)
    {
        configuration["Database:SeedDemoData"] = "true";
        configuration["Security:SeedDemoUsers"] = "true";
    }

    public static void Warn(ILogger logger, IHostEnvironment environment) => logger.LogWarning(
        "{Flag}: demo data and demo users with a known password are created in environment {Environment}. Never on a real installation.",
        Argument, environment.EnvironmentName);
}
