namespace WorkflowArchive.Domain.Auditing;

/// <summary>
/// Objects whose services write their audit entries themselves (<see cref="AuditEntry.Of"/>) instead of the interceptor:
/// it would copy a staff account's row whole, password hash and security stamp included.
/// </summary>
public static class HandAuditedTypes
{
    /// <summary>A staff account, by user name: who created it, changed its roles, reset its password or locked it.</summary>
    public const string User = "User";

    public static IReadOnlyList<string> All { get; } = [User];
}
