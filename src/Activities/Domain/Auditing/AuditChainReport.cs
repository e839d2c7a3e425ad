namespace WorkflowArchive.Domain.Auditing;

/// <summary>
/// The result of walking the audit chain: intact, or where the first broken link is. <see cref="Code"/> is stable
/// (audit-chain-intact, audit-entry-altered, audit-entry-missing, audit-link-broken); <see cref="Message"/> says it in Spanish.
/// </summary>
public sealed record AuditChainReport(bool Intact, long CheckedEntries, string Code, string Message, AuditChainBreak? FirstBreak);

/// <summary>The entry at which the chain stops holding: its row id, place in the chain and the object it is about.</summary>
public sealed record AuditChainBreak(long EntryId, long Sequence, string ObjectType, string ObjectId);
