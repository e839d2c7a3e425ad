using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.Extensions.Options;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Security;

namespace WorkflowArchive.Tests.Support;

/// <summary>The host over a fresh SQLite database with nothing seeded: for tests about the host itself (its endpoints and pages).</summary>
public abstract class BareHostTest : IAsyncLifetime
{
    private TestDatabase _database = null!;

    protected ArchiveApiFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        Factory = new ArchiveApiFactory(_database);
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await _database.DisposeAsync();
    }

    /// <summary>The roles every one of the named policies admits (all roles when none is named).</summary>
    protected IReadOnlyCollection<string> RolesAdmittedBy(IEnumerable<string> policies)
    {
        var authorization = Factory.Services.GetRequiredService<IOptions<AuthorizationOptions>>().Value;
        IReadOnlyCollection<string> roles = Roles.All.ToList();
        // Every role requirement of every policy must be met: intersect them all.
        foreach (var requirement in policies.SelectMany(p => authorization.GetPolicy(p)!.Requirements.OfType<RolesAuthorizationRequirement>()))
            roles = roles.Intersect(requirement.AllowedRoles).ToList();
        return roles;
    }
}
