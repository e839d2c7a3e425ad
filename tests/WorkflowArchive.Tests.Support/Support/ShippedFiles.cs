namespace WorkflowArchive.Tests.Support;

public static class ShippedFiles
{
    /// <summary>The repository's root folder (the one holding WorkflowArchive.sln), found upwards from the test binaries.</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "WorkflowArchive.sln"))) return dir.FullName;
            throw new DirectoryNotFoundException("WorkflowArchive.sln not found above the test binaries.");
        }
    }

    /// <summary>The repository's workflows/ folder.</summary>
    public static string WorkflowsFolder => Path.Combine(RepositoryRoot, "workflows");

    public static string Read(string fileName) => File.ReadAllText(Path.Combine(WorkflowsFolder, fileName));
}
