using WorkflowArchive.Workflows.Definitions;

namespace WorkflowArchive.Host.Startup;

/// <summary>Publishes workflows/*.bpmn at start-up when their content differs from the latest published version.</summary>
public sealed class ShippedWorkflows(DefinitionService definitions, IConfiguration configuration, ILogger<ShippedWorkflows> logger)
{
    public const string SystemUser = "sistema";

    public async Task PublishChangedAsync(CancellationToken cancellationToken)
    {
        var folder = configuration["Workflows:Folder"] ?? Path.Combine(AppContext.BaseDirectory, "workflows");
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("No workflows folder at {Folder}; nothing to publish.", folder);
            return;
        }
        foreach (var file in Directory.EnumerateFiles(folder, "*.bpmn").Order())
        {
            var published = await definitions.PublishIfChangedAsync(await File.ReadAllTextAsync(file, cancellationToken),
                $"Publicado al iniciar desde workflows/{Path.GetFileName(file)}", SystemUser, cancellationToken);
            if (published is not null)
                logger.LogInformation("Published {Key} v{Version} from {File}.", published.Key, published.Version, file);
        }
    }
}
