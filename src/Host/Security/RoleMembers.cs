using WorkflowArchive.Host.Persistence;

namespace WorkflowArchive.Host.Security;

/// <summary>The users who hold a role, as a query to narrow further (an advisor code, one user).</summary>
public static class RoleMembers
{
    public static IQueryable<ArchiveUser> UsersInRole(this ArchiveDbContext db, string roleName) =>
        from userRole in db.UserRoles
        join role in db.Roles on userRole.RoleId equals role.Id
        join user in db.Users on userRole.UserId equals user.Id
        where role.Name == roleName
        select user;
}
