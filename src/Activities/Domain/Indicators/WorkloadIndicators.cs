namespace WorkflowArchive.Domain.Indicators;

/// <summary>Archived dossiers whose retention ends between now and <see cref="Until"/>: the coming remisiones to Condebamba, by box.</summary>
public sealed record TransferOutlook(DateTimeOffset Until, int Dossiers, IReadOnlyList<BoxDue> Boxes);

public sealed record BoxDue(string? BoxCode, string? BoxPath, int Dossiers, DateTimeOffset FirstDueAt);

/// <summary>Open or claimed tasks past their due date, now, by the role that should do them.</summary>
public sealed record OverdueTasks(int Total, IReadOnlyList<RoleOverdue> ByRole);

public sealed record RoleOverdue(string? Role, int Tasks, DateTimeOffset OldestDueAt);
