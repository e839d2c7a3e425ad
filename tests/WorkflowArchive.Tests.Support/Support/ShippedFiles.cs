namespace WorkflowArchive.Tests.Support;

public static class ShippedFiles
{
    /// <summary>The repository's workflows/ folder, found upwards from the test binaries.</summary>
    public static string WorkflowsFolder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "WorkflowArchive.sln"))) return Path.Combine(dir.FullName, "workflows");
            throw new DirectoryNotFoundException("WorkflowArchive.sln not found above the test binaries.");
        }
    }

    public static string Read(string fileName) => File.ReadAllText(Path.Combine(WorkflowsFolder, fileName));
}
