using System.Security.Claims;
using WorkflowArchive.Domain.Catalog;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Host.Application;

/// <summary>A process owner publishes a new version of the requirement lists, from the API or the Catálogo page's editor.</summary>
public sealed class CatalogActions(RequirementCatalog catalog, PolicyCheck policy, ActorContext actor)
{
    public async Task<RequirementSetView> PublishAsync(RequirementSetInput input, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await policy.EnsureAsync(user, Policies.ProcessOwner);
        // The audit trail of the new set names its author, as it does for changes made by workflow moves.
        actor.Name = user.RequireName();
        var items = (input.Items ?? []).Select(i => new RequirementItem
        {
            ServiceCode = i.ServiceCode ?? "", TransactionCode = i.TransactionCode ?? "", DocumentCode = i.DocumentCode ?? "",
            DocumentName = i.DocumentName ?? "", MustBeSigned = i.MustBeSigned, Condition = i.Condition,
            Keeps = i.Keeps ?? DocumentForms.Copy,
        }).ToList();
        var set = await catalog.PublishAsync(input.EffectiveFrom, items, input.Comment, actor.Name, cancellationToken);
        return RequirementSetView.From(set);
    }
}
