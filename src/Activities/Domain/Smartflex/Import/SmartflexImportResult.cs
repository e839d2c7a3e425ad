using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Domain.Smartflex.Import;

/// <summary>Why one line of the file was not taken: every problem it has, each with its code. <see cref="Line"/> counts from 1, the header being line 1.</summary>
public sealed record ImportLineError(int Line, string? OrderNumber, IReadOnlyList<Text> Problems);

/// <summary>
/// What an import did: new sales, sales whose data changed, sales already identical, and rejected lines.
/// Only the first <see cref="SmartflexImporter.MaxErrorsListed"/> errors are listed; <see cref="ErrorsNotListed"/> counts the rest.
/// </summary>
public sealed record SmartflexImportResult(int Imported, int Updated, int Unchanged, int Rejected,
    IReadOnlyList<ImportLineError> Errors, int ErrorsNotListed);
