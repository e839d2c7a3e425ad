using WorkflowArchive.Workflows.Runtime;
using WorkflowArchive.Bench;
using WorkflowArchive.Bench.Load;
using WorkflowArchive.Bench.Load.Audit;
using WorkflowArchive.Bench.Load.Data;
using WorkflowArchive.Bench.Load.Http;
using WorkflowArchive.Bench.Load.Timers;

// Usage (bench/run.sh calls these in turn):
//   dataset --provider sqlite|postgres --dossiers 1000000 --load-sales 8000 --out DIR
//   timers  --provider sqlite|postgres --timers 100000 --out DIR
//   http    --provider sqlite|postgres --host PATH/WorkflowArchive.Host.dll --out DIR [--quick]
//   search  --provider sqlite|postgres --host PATH/WorkflowArchive.Host.dll --out DIR [--quick]   (only the search part of http)
//   audit-links --provider sqlite|postgres --entries 20000 --out DIR   (linking unlinked audit entries, in the linker's passes)
//   memory  --provider sqlite|postgres --host PATH/WorkflowArchive.Host.dll --out DIR [--completions 600] [--rate 500] [--quick]
//           --variants "shipped;workstation:DOTNET_gcServer=0;pool20:MaxPoolSize=20"   (by hand: the working set under each setting)
// --database NAME uses another bench database than the shared data set's (e.g. to keep a second data set apart).
var options = CommandLine.Parse(args);
var provider = options.Get("provider", "sqlite");
var output = options.Get("out", Path.Combine("bench", "results"));
var dataset = options.Get("database", DatasetCommand.DatabaseName);
Directory.CreateDirectory(output);

switch (options.Command)
{
    case "dataset":
        await DatasetCommand.RunAsync(BenchStore.For(provider, dataset), options.Int("dossiers", 1_000_000), options.Int("load-sales", 8_000), output);
        break;
    case "timers":
        await TimerCommand.RunAsync(BenchStore.For(provider, TimerCommand.DatabaseName), options.Int("timers", 100_000), !options.Has("one-by-one"),
            options.Int("batch", TimerSweepOptions.DefaultBatchSize), output);
        break;
    case "http":
        await HttpCommand.RunAsync(BenchStore.For(provider, dataset), options.Get("host", ""), options.Has("quick"), output);
        break;
    case "search":
        await HttpCommand.SearchOnlyAsync(BenchStore.For(provider, dataset), options.Get("host", ""), options.Has("quick"), output);
        break;
    case "audit-links":
        await AuditLinkCommand.RunAsync(BenchStore.For(provider, AuditLinkCommand.DatabaseName), options.Int("entries", 20_000), output);
        break;
    case "memory":
        await MemoryCommand.RunAsync(BenchStore.For(provider, dataset), options.Get("host", ""), MemoryCommand.Variant.Parse(options.Get("variants", "shipped")),
            options.Int("completions", options.Has("quick") ? 160 : 600), options.Has("rate") ? options.Int("rate", 500) : null, options.Has("quick"), output);
        break;
    default:
        Console.Error.WriteLine("Commands: dataset, timers, http, search, memory, audit-links (see the comment at the top of Program.cs).");
        return 2;
}
return 0;
