namespace WorkflowArchive.Bench.Load;

/// <summary>"command --name value --flag": all this program needs from a command line.</summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.OrdinalIgnoreCase);

    public string Command { get; private init; } = "";

    public static CommandLine Parse(string[] args)
    {
        var line = new CommandLine { Command = args.FirstOrDefault() ?? "" };
        for (var i = 1; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--")) continue;
            var hasValue = i + 1 < args.Length && !args[i + 1].StartsWith("--");
            line._options[args[i][2..]] = hasValue ? args[++i] : null;
        }
        return line;
    }

    public bool Has(string name) => _options.ContainsKey(name);

    public string Get(string name, string fallback) => _options.TryGetValue(name, out var value) && value is not null ? value : fallback;

    public int Int(string name, int fallback) => int.Parse(Get(name, fallback.ToString()));
}
