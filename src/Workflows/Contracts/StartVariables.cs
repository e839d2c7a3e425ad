namespace WorkflowArchive.Workflows.Contracts;

/// <summary>
/// The variables a program puts into every instance of a process it starts (a binder registration, a request). The
/// validator counts them as declared, like a form's fields and an activity's outputs.
/// </summary>
public sealed record StartVariables(string DefinitionKey, IReadOnlyList<string> Names);
