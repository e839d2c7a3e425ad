using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Advisors;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Host.Application;

/// <summary>Registering the sales advisors whose binders the archive receives.</summary>
public sealed class AdvisorActions(ArchiveDbContext db)
{
    public async Task<AdvisorView> RegisterAsync(AdvisorInput input, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(input.Code) || string.IsNullOrWhiteSpace(input.Name) || string.IsNullOrWhiteSpace(input.Office))
            throw new WorkflowValidationException(HostTexts.AdvisorFieldsRequired.With());
        var code = input.Code.Trim();
        if (await db.Set<Advisor>().AnyAsync(a => a.Code == code, cancellationToken))
            throw new WorkflowConflictException(HostTexts.AdvisorExists.With(code));
        var advisor = new Advisor { Code = code, Name = input.Name.Trim(), Channel = input.Channel, Office = input.Office.Trim() };
        db.Add(advisor);
        await db.SaveChangesAsync(cancellationToken);
        return AdvisorView.From(advisor);
    }

    /// <summary>Moves an advisor to another sales channel (audited).</summary>
    public Task<AdvisorView> ChangeChannelAsync(string code, AdvisorChannel channel, CancellationToken cancellationToken = default) =>
        ChangeAsync(code, advisor => advisor.Channel = channel, cancellationToken);

    /// <summary>An advisor who left keeps their dossiers and sales; inactive, they are no longer offered for new binders.</summary>
    public Task<AdvisorView> SetActiveAsync(string code, bool active, CancellationToken cancellationToken = default) =>
        ChangeAsync(code, advisor => advisor.Active = active, cancellationToken);

    private async Task<AdvisorView> ChangeAsync(string code, Action<Advisor> change, CancellationToken cancellationToken)
    {
        var advisor = await db.Set<Advisor>().FirstOrDefaultAsync(a => a.Code == code.Trim(), cancellationToken)
            ?? throw new WorkflowNotFoundException(HostTexts.AdvisorNotFound.With(code));
        change(advisor);
        await db.SaveChangesAsync(cancellationToken);
        return AdvisorView.From(advisor);
    }
}
