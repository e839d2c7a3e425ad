using WorkflowArchive.Host.Security;

namespace WorkflowArchive.Tests.Support;

/// <summary>The people who act in the tests, with their role (and advisor code), signed in for real through /api/auth/login.</summary>
public static class TestActors
{
    public const string Password = "Prueba.Archivo.2027";

    private static readonly Dictionary<string, (string Role, string? AdvisorCode)> Known = new()
    {
        ["gestora"] = (Roles.DocumentManager, null),
        ["gestor2"] = (Roles.DocumentManager, null),
        ["legal"] = (Roles.DocumentManager, null),
        ["supervisora"] = (Roles.DocumentManager, null),
        ["ana.rojas"] = (Roles.Advisor, "arojas"),
        ["luis.fernandez"] = (Roles.Advisor, "lfernandez"),
        ["monitora"] = (Roles.RetentionMonitor, null),
        ["duena"] = (Roles.ProcessOwner, null),
        ["duena.proceso"] = (Roles.ProcessOwner, null),
        ["carla"] = (Roles.Requester, null),
        ["pedro"] = (Roles.Requester, null),
        ["admin"] = (Roles.Administrator, null),
    };

    /// <summary>One person of each role, for tests that try everything as everyone.</summary>
    public static readonly IReadOnlyDictionary<string, string> OneOfEachRole = new Dictionary<string, string>
    {
        [Roles.Advisor] = "ana.rojas",
        [Roles.DocumentManager] = "gestora",
        [Roles.RetentionMonitor] = "monitora",
        [Roles.ProcessOwner] = "duena",
        [Roles.Requester] = "carla",
        [Roles.Administrator] = "admin",
    };

    public static (string Role, string? AdvisorCode) Of(string actor) => Known.TryGetValue(actor, out var who)
        ? who
        : throw new ArgumentException($"Test actor '{actor}' has no role; add it to {nameof(TestActors)}.");
}
