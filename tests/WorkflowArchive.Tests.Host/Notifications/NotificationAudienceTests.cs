using WorkflowArchive.Host.Notifications;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Tests.Notifications;

/// <summary>One outbox drain reads each role's users once; the next drain hears of a change of roles.</summary>
public abstract class NotificationAudienceTests(DatabaseProvider provider)
{
    [Fact]
    public async Task A_drain_reads_a_role_once_and_the_next_drain_hears_of_a_new_member()
    {
        await using var host = await LifecycleHost.StartAsync(provider: provider);
        var task = new TaskNotification(Guid.NewGuid(), Guid.NewGuid(), "ORD-1", "review", "Revisar", Roles.DocumentManager, null, null);
        var newcomer = NotificationGroups.User("gestor-recien-llegado");

        using var drain = host.Factory.Services.CreateScope();
        var audience = drain.ServiceProvider.GetRequiredService<NotificationAudience>();
        Assert.DoesNotContain(newcomer, await audience.ForTaskAsync(task, CancellationToken.None));

        await host.Factory.InScopeAsync(sp => sp.GetRequiredService<UserSeeder>()
            .EnsureAsync("gestor-recien-llegado", "Gestor recién llegado", Roles.DocumentManager, null, TestActors.Password));

        Assert.DoesNotContain(newcomer, await audience.ForTaskAsync(task, CancellationToken.None));
        Assert.DoesNotContain(newcomer, await audience.ForIncidentAsync(CancellationToken.None));
        using var nextDrain = host.Factory.Services.CreateScope();
        var next = nextDrain.ServiceProvider.GetRequiredService<NotificationAudience>();
        Assert.Contains(newcomer, await next.ForTaskAsync(task, CancellationToken.None));
        Assert.Contains(newcomer, await next.ForIncidentAsync(CancellationToken.None));
    }
}

public sealed class SqliteNotificationAudienceTests() : NotificationAudienceTests(DatabaseProvider.Sqlite);

[Trait("Provider", "Postgres")]
public sealed class PostgresNotificationAudienceTests() : NotificationAudienceTests(DatabaseProvider.Postgres);
