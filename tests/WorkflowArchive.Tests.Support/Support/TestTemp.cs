using System.Diagnostics;

namespace WorkflowArchive.Tests.Support;

/// <summary>
/// Files and folders tests put in the temp folder, named after the process that made them, so that a later run deletes
/// what an earlier one left: the test host is often ended before its exit handlers or clean-ups run.
/// </summary>
public static class TestTemp
{
    /// <summary>A new path under the temp folder: <paramref name="prefix"/>, this process's id, a unique part, <paramref name="suffix"/>.</summary>
    public static string NewPath(string prefix, string suffix = "") =>
        Path.Combine(Path.GetTempPath(), $"{prefix}{Environment.ProcessId}-{Guid.NewGuid():N}{suffix}");

    /// <summary>Deletes the files and folders named by <see cref="NewPath"/> with this prefix whose process is gone.</summary>
    public static void DeleteOrphans(string prefix)
    {
        foreach (var path in Directory.EnumerateFileSystemEntries(Path.GetTempPath(), $"{prefix}*"))
        {
            var owner = Path.GetFileName(path)[prefix.Length..].Split('-')[0];
            if (!int.TryParse(owner, out var pid) || IsRunning(pid)) continue;
            try
            {
                if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
                else File.Delete(path);
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
