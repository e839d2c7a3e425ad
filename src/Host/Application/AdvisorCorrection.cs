using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Advisors;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Workflows;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Host.Application;

/// <summary>What <c>POST /api/dossiers/{orderNumber}/advisor</c> takes: the advisor the dossier really belongs to, and why.</summary>
public sealed record AdvisorCorrectionRequest(string AdvisorCode, string Reason);

/// <summary>The correction as made: from whom to whom, why, and the open tasks that went with the dossier.</summary>
public sealed record AdvisorCorrectionView(string OrderNumber, string FromAdvisor, string ToAdvisor, string Reason, IReadOnlyList<Guid> MovedTasks);

/// <summary>
/// The gestor(a) gives a dossier to the advisor it really belongs to: the dossier's advisor and channel change (audited
/// with the reason), and the open tasks of the dossier that the old advisor held or saw follow it, through the engine.
/// All of it in one transaction.
/// </summary>
public sealed class AdvisorCorrection(ArchiveDbContext db, WorkflowEngine engine, TimeProvider time)
{
    public const string Action = "Asesor(a) corregido(a)";
    public const string AdvisorField = "advisorCode";
    public const string ReasonField = "reason";

    public async Task<AdvisorCorrectionView> CorrectAsync(string orderNumber, AdvisorCorrectionRequest request, string user, CancellationToken cancellationToken)
    {
        var reason = request.Reason?.Trim();
        if (string.IsNullOrEmpty(reason)) throw new InvalidInputException(ReasonField, DomainTexts.AdvisorCorrectionReasonRequired.With());
        if (reason.Length > 1000) throw new InvalidInputException(ReasonField, Workflows.Texts.ContractTexts.FieldTooLong.With(1000));
        var code = request.AdvisorCode?.Trim() ?? "";
        var advisor = await db.Set<Advisor>().AsNoTracking().FirstOrDefaultAsync(a => a.Code == code, cancellationToken)
            ?? throw new InvalidInputException(AdvisorField, DomainTexts.AdvisorNotRegistered.With(code));

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var dossier = await DossierLookup.FindByOrderNumberAsync(db, orderNumber, tracked: true, cancellationToken);
            var before = await db.Set<Advisor>().AsNoTracking().FirstOrDefaultAsync(a => a.Code == dossier.AdvisorCode, cancellationToken);
            var beforeName = before?.Name ?? dossier.AdvisorCode;
            if (dossier.AdvisorCode == advisor.Code)
                throw new InvalidInputException(AdvisorField, DomainTexts.AdvisorCorrectionSame.With(orderNumber, advisor.Name));

            var moved = await MoveTasksAsync(dossier, advisor, user, $"El expediente pasó de {beforeName} a {advisor.Name}: {reason}", cancellationToken);
            dossier.AdvisorCode = advisor.Code;
            dossier.Channel = advisor.Channel;
            dossier.AdvisorReason = reason;
            db.Set<DossierEvent>().Add(new DossierEvent
            {
                DossierId = dossier.Id, At = time.GetUtcNow(), Actor = user, Action = Action,
                Detail = $"De {beforeName} a {advisor.Name}. Motivo: {reason}",
            });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new AdvisorCorrectionView(dossier.OrderNumber, before?.Code ?? dossier.AdvisorCode, advisor.Code, reason, moved);
        });
    }

    /// <summary>
    /// The dossier's open tasks offered to advisors or held by one of the old advisor's accounts go to the new advisor's
    /// account (back to the advisors' role, unclaimed, when the new advisor has no account or several).
    /// </summary>
    private async Task<IReadOnlyList<Guid>> MoveTasksAsync(Dossier dossier, Advisor advisor, string user, string reason, CancellationToken cancellationToken)
    {
        var oldAccounts = await AccountsOfAsync(dossier.AdvisorCode, cancellationToken);
        var newAccounts = await AccountsOfAsync(advisor.Code, cancellationToken);
        var assignee = newAccounts.Count == 1 ? newAccounts[0] : null;
        var tasks = await db.Set<UserTask>().AsNoTracking()
            .Where(t => t.BusinessKey == dossier.OrderNumber && (t.Status == UserTaskStatus.Open || t.Status == UserTaskStatus.Claimed)
                && (t.CandidateRole == Roles.Advisor || (t.Assignee != null && oldAccounts.Contains(t.Assignee))))
            .Select(t => t.Id).ToListAsync(cancellationToken);
        foreach (var task in tasks) await engine.ReassignTaskAsync(task, assignee, user, reason, cancellationToken);
        return tasks;
    }

    private Task<List<string>> AccountsOfAsync(string advisorCode, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().Where(u => u.AdvisorCode == advisorCode && u.UserName != null).Select(u => u.UserName!).ToListAsync(cancellationToken);
}
