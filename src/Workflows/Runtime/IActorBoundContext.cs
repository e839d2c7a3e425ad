namespace WorkflowArchive.Workflows.Runtime;

/// <summary>
/// A context that knows whose scope it serves. Contexts come from a pool, one scope after another, so what a save
/// records as its actor travels with the context, set when a scope takes it and cleared when the scope gives it back.
/// </summary>
public interface IActorBoundContext
{
    ActorContext? Actor { get; }
}
