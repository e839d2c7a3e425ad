using WorkflowArchive.Domain.Catalog;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Lifecycle;

/// <summary>A set's items are read once per process; which set is in force is asked every time, so a new version counts at once.</summary>
public abstract class RequirementSetsInForceTests(DatabaseProvider provider)
{
    private static readonly DateOnly SaleDate = new(2027, 6, 1);

    [Fact]
    public async Task A_version_published_elsewhere_is_in_force_at_once_and_a_read_set_is_not_read_again()
    {
        await using var host = await LifecycleHost.StartAsync(provider: provider);
        var first = await InForceAsync(host, SaleDate);
        Assert.Same(first, await InForceAsync(host, SaleDate));

        // Published through another scope, as another host or an earlier request would.
        var items = DefaultCatalog.Requirements().Where(i => i.DocumentCode != "solicitud").ToList();
        await host.Factory.InScopeAsync(sp => sp.GetRequiredService<RequirementCatalog>()
            .PublishAsync(new DateOnly(2027, 1, 1), items, "Sin solicitud", "gestora", CancellationToken.None));

        var published = await InForceAsync(host, SaleDate);
        Assert.Equal(first.Version + 1, published.Version);
        Assert.Equal(items.Count, published.Items.Count);
        Assert.DoesNotContain(published.Items, i => i.DocumentCode == "solicitud");
        Assert.Contains(first.Items, i => i.DocumentCode == "solicitud");
        Assert.Same(first, await InForceAsync(host, new DateOnly(2026, 12, 31)));
    }

    private static Task<RequirementSet> InForceAsync(LifecycleHost host, DateOnly date) =>
        host.Factory.InScopeAsync(sp => sp.GetRequiredService<RequirementCatalog>().InForceOnAsync(date, CancellationToken.None));
}

public sealed class SqliteRequirementSetsInForceTests() : RequirementSetsInForceTests(DatabaseProvider.Sqlite);

[Trait("Provider", "Postgres")]
public sealed class PostgresRequirementSetsInForceTests() : RequirementSetsInForceTests(DatabaseProvider.Postgres);
