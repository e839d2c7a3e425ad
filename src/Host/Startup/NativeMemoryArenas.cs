using System.Runtime.InteropServices;

namespace WorkflowArchive.Host.Startup;

/// <summary>
/// Caps glibc's malloc at two arenas, what <c>MALLOC_ARENA_MAX=2</c> does. glibc gives a thread that finds the arenas
/// busy one of its own, up to eight per core, and each arena keeps what its threads freed: at 16 clients that was about
/// 17-20 MiB of the host's working set (docs/benchmarks.md). The managed heap does not allocate through malloc, so its
/// allocations do not queue on the two arenas. Called first thing, before the host's threads start; an operator's own
/// <c>MALLOC_ARENA_MAX</c> is left to glibc.
/// </summary>
public static class NativeMemoryArenas
{
    public const int Arenas = 2;

    /// <summary>M_ARENA_MAX in glibc's malloc.h.</summary>
    private const int ArenaMaxOption = -8;

    /// <summary>True when glibc took the cap; false elsewhere (not Linux, another C library) or when the operator set one.</summary>
    public static bool Limit(string? operatorSetting)
    {
        if (!OperatingSystem.IsLinux() || !string.IsNullOrEmpty(operatorSetting)) return false;
        try
        {
            return SetMallocOption(ArenaMaxOption, Arenas) == 1;
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "mallopt")]
    private static extern int SetMallocOption(int option, int value);
}
