using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Workflows.Runtime;

/// <summary>
/// Who is acting in this scope, for everything saved in it (the audit trail above all). The host sets it once, when the
/// scope begins: the signed-in user of a request, or of the page (Blazor circuit) that does the work. A scope nobody
/// signed in to (timers, sweeps, start-up work) acts as <see cref="System"/>, so no change is ever anonymous.
/// </summary>
public sealed class ActorContext
{
    /// <summary>The name background and start-up work is recorded under.</summary>
    public const string System = "sistema";

    private string? _name;

    /// <summary>The actor of the scope the context serves; a context no scope took (a bug) has none and saves nothing.</summary>
    public static ActorContext Of(Microsoft.EntityFrameworkCore.DbContext db) =>
        db is IActorBoundContext { Actor: { } actor } ? actor
            : throw new InvalidOperationException(EngineTexts.ContextWithoutScope.With().ToString());

    public string Name => _name ?? System;

    /// <summary>Once per scope: a scope that changed hands halfway would attribute part of its work to the wrong person.</summary>
    public void SignIn(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (_name is not null && _name != name)
            throw new InvalidOperationException($"This scope already acts as '{_name}'; it cannot switch to '{name}'.");
        _name = name;
    }
}
