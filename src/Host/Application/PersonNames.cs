using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Host.Persistence;

namespace WorkflowArchive.Host.Application;

/// <summary>
/// The names people read instead of logins ("Gabriela Soliz", not "gestora"): the display name each account was given
/// (<see cref="Security.UserSeeder"/>, the Usuarios page); the login itself when an account has none or is gone.
/// </summary>
public sealed class PersonNames(ArchiveDbContext db)
{
    public async Task<IReadOnlyDictionary<string, string>> OfAsync(IEnumerable<string?> userNames, CancellationToken cancellationToken = default)
    {
        var wanted = userNames.OfType<string>().Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0) return new Dictionary<string, string>();
        var found = await db.Users.AsNoTracking().Where(u => wanted.Contains(u.UserName!))
            .Select(u => new { u.UserName, u.DisplayName }).ToListAsync(cancellationToken);
        var names = found.Where(u => !string.IsNullOrWhiteSpace(u.DisplayName)).ToDictionary(u => u.UserName!, u => u.DisplayName, StringComparer.Ordinal);
        return wanted.ToDictionary(n => n, n => names.GetValueOrDefault(n, n), StringComparer.Ordinal);
    }

    public async Task<string> OfAsync(string userName, CancellationToken cancellationToken = default) =>
        (await OfAsync([userName], cancellationToken))[userName];
}
