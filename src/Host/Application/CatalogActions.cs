using System.Security.Claims;
using WorkflowArchive.Domain.Catalog;
using WorkflowArchive.Host.Security;

namespace WorkflowArchive.Host.Application;

/// <summary>A process owner publishes a new version of the requirement lists, from the API or the Catálogo page's editor.</summary>
public sealed class CatalogActions(RequirementCatalog catalog, PolicyCheck policy)
{
    public async Task<RequirementSetView> PublishAsync(RequirementSetInput input, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await policy.EnsureAsync(user, Policies.ProcessOwner);
        var items = (input.Items ?? []).Select(i => new RequirementItem
        {
            ServiceCode = i.ServiceCode ?? "", TransactionCode = i.TransactionCode ?? "", DocumentCode = i.DocumentCode ?? "",
            DocumentName = i.DocumentName ?? "", MustBeSigned = i.MustBeSigned, Condition = i.Condition,
            Keeps = i.Keeps ?? DocumentForms.Copy,
        }).ToList();
        var set = await catalog.PublishAsync(input.EffectiveFrom, items, input.Comment, user.RequireName(), cancellationToken);
        return RequirementSetView.From(set);
    }
}
