using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.Extensions.Options;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Security;

namespace WorkflowArchive.Tests.Support;

/// <summary>A pooled host over a fresh SQLite database with nothing seeded: for tests about the host itself (its endpoints and pages).</summary>
public abstract class BareHostTest : IAsyncLifetime
{
    private HostLease _host = null!;

    protected ArchiveApiFactory Factory => _host.Factory;

    public async Task InitializeAsync() => _host = await HostPool.LeaseAsync(DatabaseProvider.Sqlite);

    public async Task DisposeAsync() => await _host.DisposeAsync();

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
