namespace WorkflowArchive.Workflows.Persistence;

/// <summary>
/// A connection the host keeps open from one scope to the next, with the statements it has prepared (SQLite). The context
/// using it does not own it: a move that writes through the group-commit writer's connection sets it aside, still open,
/// and takes it back afterwards, instead of closing it and starting over with a new one.
/// </summary>
public interface IKeptOpenConnection;
