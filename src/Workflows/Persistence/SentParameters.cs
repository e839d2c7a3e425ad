using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;

namespace WorkflowArchive.Workflows.Persistence;

/// <summary>
/// The one parameter of a <see cref="StatementBatch"/>'s command as EF Core sees it: at each execution it adds the
/// store parameters the batch made for that send. So one command can serve every send of its SQL text, and EF Core
/// neither formats the text again nor wraps each parameter.
/// </summary>
internal sealed class SentParameters : IRelationalParameter
{
    public static readonly SentParameters Instance = new();

    public string InvariantName => "statement_batch_parameters";

    public void AddDbParameter(DbCommand command, object? value)
    {
        foreach (var parameter in (object[])value!) command.Parameters.Add(parameter);
    }

    public void AddDbParameter(DbCommand command, IReadOnlyDictionary<string, object?>? parameterValues) =>
        AddDbParameter(command, parameterValues![InvariantName]);
}
