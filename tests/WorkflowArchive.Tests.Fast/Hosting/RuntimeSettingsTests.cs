using System.Text.Json.Nodes;
using WorkflowArchive.Host.Startup;

namespace WorkflowArchive.Tests.Hosting;

/// <summary>
/// The memory settings the host carries itself, in its runtimeconfig.json and at its start, so that every start has them
/// (an environment variable is forgotten by the next service definition). What they save is in docs/benchmarks.md.
/// </summary>
public sealed class RuntimeSettingsTests
{
    [Fact]
    public void The_host_ships_a_16_MiB_cap_on_the_youngest_generation_and_workstation_GC()
    {
        var settings = HostRuntimeSettings();

        Assert.Equal(16 * 1024 * 1024, settings["System.GC.Gen0MaxBudget"]!.GetValue<long>());
        Assert.False(settings["System.GC.Server"]!.GetValue<bool>());
    }

    [Fact]
    public void On_linux_glibc_takes_the_cap_of_two_malloc_arenas_unless_the_operator_set_one()
    {
        Assert.False(NativeMemoryArenas.Limit(operatorSetting: "8"));
        Assert.Equal(OperatingSystem.IsLinux(), NativeMemoryArenas.Limit(operatorSetting: null));
    }

    private static JsonObject HostRuntimeSettings()
    {
        var hostAssembly = typeof(WorkflowArchive.Host.Persistence.ArchiveDbContext).Assembly.Location;
        var file = Path.ChangeExtension(hostAssembly, ".runtimeconfig.json");
        var config = JsonNode.Parse(File.ReadAllText(file))!;
        return config["runtimeOptions"]!["configProperties"]!.AsObject();
    }
}
