namespace WorkflowArchive.Workflows.Persistence;

/// <summary>
/// Marks an entity whose new rows a move in SQLite's group commit leaves for its batch to write, with the appended rows,
/// one INSERT per table for all the batch's moves just before the COMMIT (<see cref="AppendBuffer.HeldForBatch"/>). Only
/// for rows no statement of the batch reads or changes before that: another move cannot see a row before it commits, and
/// the move that adds it saves once, at its end. A new row that a row written at once points at is written at once too
/// (the store checks the reference then).
/// </summary>
public interface INewRowsWaitForBatch;
