using Microsoft.AspNetCore.Identity;

namespace WorkflowArchive.Host.Security;

/// <summary>
/// Creates the roles, and users only where configuration asks for them: the demo users in Development, or a first
/// administrator with a password the operator chose. Production gets no default password.
/// </summary>
public sealed class UserSeeder(UserManager<ArchiveUser> users, RoleManager<IdentityRole> roles, SecurityOptions options, ILogger<UserSeeder> logger)
{
    public static readonly (string UserName, string DisplayName, string Role, string? AdvisorCode)[] DemoUsers =
    [
        ("ana.rojas", "Ana Rojas", Roles.Advisor, "arojas"),
        ("luis.fernandez", "Luis Fernández", Roles.Advisor, "lfernandez"),
        ("gestora", "Gabriela Soliz", Roles.DocumentManager, null),
        ("monitora", "Mónica Arce", Roles.RetentionMonitor, null),
        ("duena", "Daniela Prado", Roles.ProcessOwner, null),
        ("carla", "Carla Méndez", Roles.Requester, null),
        ("admin", "Administrador", Roles.Administrator, null),
    ];

    public async Task SeedAsync()
    {
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));

        if (options.SeedDemoUsers)
            foreach (var (userName, displayName, role, advisorCode) in DemoUsers)
                await EnsureAsync(userName, displayName, role, advisorCode, options.DemoPassword);
        if (!string.IsNullOrWhiteSpace(options.InitialAdminUserName) && !string.IsNullOrWhiteSpace(options.InitialAdminPassword))
            await EnsureAsync(options.InitialAdminUserName, "Administrador", Roles.Administrator, null, options.InitialAdminPassword);
    }

    public async Task<ArchiveUser> EnsureAsync(string userName, string displayName, string role, string? advisorCode, string password)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            user = new ArchiveUser { UserName = userName, DisplayName = displayName, AdvisorCode = advisorCode };
            (await users.CreateAsync(user, password)).ThrowIfFailed();
            logger.LogInformation("Created user {User} ({Role}).", userName, role);
        }
        if (!await users.IsInRoleAsync(user, role)) (await users.AddToRoleAsync(user, role)).ThrowIfFailed();
        return user;
    }
}
