using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using WorkflowArchive.Host.Startup;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Definitions;

namespace WorkflowArchive.Tests.Engine;

public sealed class ShippedWorkflowsTests
{
    [Fact]
    public async Task Shipped_files_are_published_once_and_again_only_when_their_content_changes()
    {
        await using var engine = await EngineHarness.CreateAsync();
        var folder = Directory.CreateTempSubdirectory("wa-workflows-");
        try
        {
            var file = Path.Combine(folder.FullName, "solicitud-documentacion.bpmn");
            File.Copy(Path.Combine(ShippedFiles.WorkflowsFolder, "solicitud-documentacion.bpmn"), file);

            await PublishFolderAsync(engine, folder.FullName);
            await PublishFolderAsync(engine, folder.FullName);
            Assert.Equal([1], await VersionsAsync(engine));

            File.WriteAllText(file, File.ReadAllText(file).Replace("Registrar solicitud (10.1)", "Registrar solicitud recibida (10.1)"));
            await PublishFolderAsync(engine, folder.FullName);
            Assert.Equal([1, 2], await VersionsAsync(engine));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_version_a_process_owner_published_is_not_undone_by_the_next_start()
    {
        await using var engine = await EngineHarness.CreateAsync();
        await PublishFolderAsync(engine, ShippedFiles.WorkflowsFolder);
        var edited = ShippedFiles.Read("solicitud-documentacion.bpmn").Replace("Registrar solicitud (10.1)", "Registrar la solicitud (10.1)");
        await engine.InScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<DefinitionService>();
            await definitions.SaveDraftAsync(edited, "duena");
            await definitions.PublishDraftAsync("solicitud-documentacion", "Nombre más claro", "duena");
        });

        await PublishFolderAsync(engine, ShippedFiles.WorkflowsFolder);

        Assert.Equal([1, 2], await VersionsAsync(engine));
    }

    private static Task PublishFolderAsync(EngineHarness engine, string folder) => engine.InScopeAsync(sp =>
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Workflows:Folder"] = folder }).Build();
        return new ShippedWorkflows(sp.GetRequiredService<DefinitionService>(), configuration, NullLogger<ShippedWorkflows>.Instance).PublishChangedAsync(CancellationToken.None);
    });

    private static Task<List<int>> VersionsAsync(EngineHarness engine) => engine.InScopeAsync(sp =>
        sp.GetRequiredService<DbContext>().Set<WorkflowDefinition>().Where(d => d.Key == "solicitud-documentacion").OrderBy(d => d.Version).Select(d => d.Version).ToListAsync());
}
