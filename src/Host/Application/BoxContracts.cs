using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Dossiers;

namespace WorkflowArchive.Host.Application;

// What the box page, its inventory and the top bar's scan-to-find take and give.

/// <summary>Where a scanned or typed code leads: a box, a dossier, a remisión, or the dossier search with the text.</summary>
public sealed record LookupView(string Kind, string Url);

public static class LookupKinds
{
    public const string Box = "box";
    public const string Dossier = "dossier";
    public const string Remision = "remision";
    public const string Search = "search";
}

/// <summary>A box as its page shows it: place, room, state, the dossiers in it by position and its last inventories.</summary>
public sealed record BoxView(string Code, string Name, string Path, int? Capacity, int Filled, string State, string? ClassificationPrefix,
    IReadOnlyList<BoxDossier> Dossiers, IReadOnlyList<InventorySummary> Inventories, Guid? OpenInventoryId);

public sealed record BoxDossier(int? Position, string OrderNumber, string CustomerName, string? ClassificationCode, DossierStatus Status,
    DateTimeOffset? MissingSince);

public sealed record InventorySummary(Guid Id, DateTimeOffset StartedAt, string StartedBy, DateTimeOffset? FinishedAt, string? FinishedBy,
    int Expected, int Found, int Missing, int Misplaced, int OutOfPosition, int Unknown)
{
    public static InventorySummary From(BoxInventory i) =>
        new(i.Id, i.StartedAt, i.StartedBy, i.FinishedAt, i.FinishedBy, i.Expected, i.Found, i.Missing, i.Misplaced, i.OutOfPosition, i.Unknown);
}

/// <summary>One inventory: its box, counts and lines (scans in order, then the dossiers not scanned).</summary>
public sealed record InventoryView(string BoxCode, string BoxPath, InventorySummary Summary, IReadOnlyList<InventoryLineView> Lines);

/// <summary>
/// One line. Finding: in-place, out-of-position, misplaced, unknown, missing. ExpectedBox/ExpectedPosition say where a
/// misplaced dossier belongs (null box: not filed in any). MissingSince: the dossier is marked as lost.
/// </summary>
public sealed record InventoryLineView(int Sequence, string Code, DateTimeOffset? ScannedAt, InventoryFinding Finding, string? CustomerName,
    int? Position, string? ExpectedBox, int? ExpectedPosition, DateTimeOffset? MissingSince);

/// <summary>What one scan answers at once. Outcome: ok, elsewhere, unknown, already-scanned.</summary>
public sealed record ScanOutcomeView(string Outcome, string Code, string Message, InventoryLineView? Line);

public static class ScanOutcomes
{
    public const string Ok = "ok";
    public const string Elsewhere = "elsewhere";
    public const string Unknown = "unknown";
    public const string AlreadyScanned = "already-scanned";
}

public sealed record ScanInput(string? Code);

public sealed record MissingInput(string? Note);
