using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Security;

/// <summary>
/// Every API endpoint, called by every role and by nobody: anonymous callers get 401, roles outside the endpoint's
/// policy get 403, and roles inside it get past authorization (whatever the dummy input then earns them).
/// </summary>
[Collection(HostCollection.Name)]
public sealed partial class EndpointPolicyTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string> ActorOfRole = new()
    {
        [Roles.Advisor] = "ana.rojas",
        [Roles.DocumentManager] = "gestora",
        [Roles.RetentionMonitor] = "monitora",
        [Roles.ProcessOwner] = "duena",
        [Roles.Requester] = "carla",
        [Roles.Administrator] = "admin",
    };

    private static readonly string[] Open = ["/api/auth/login", "/openapi/{documentName}.json", "/health/live", "/health/ready"];

    private TestDatabase _database = null!;
    private ArchiveApiFactory _factory = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        _factory = new ArchiveApiFactory(_database);
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Each_endpoint_answers_each_role_as_its_policy_says()
    {
        using var http = _factory.CreateClient();
        var endpoints = ApiEndpoints();
        Assert.True(endpoints.Count >= 40, $"only {endpoints.Count} endpoints found");
        var failures = new List<string>();

        foreach (var (method, route, allowedRoles, contentType) in endpoints)
        {
            using var anonymous = await SendAsync(http, method, route, contentType, actor: null);
            if (anonymous.StatusCode != HttpStatusCode.Unauthorized) failures.Add($"{method} {route} anonymous: {(int)anonymous.StatusCode}, expected 401");

            foreach (var (role, actor) in ActorOfRole)
            {
                using var response = await SendAsync(http, method, route, contentType, actor);
                var allowed = allowedRoles is null || allowedRoles.Contains(role);
                var status = response.StatusCode;
                if (allowed && status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                    failures.Add($"{method} {route} as {role}: {(int)status}, expected to get through");
                if (!allowed && status != HttpStatusCode.Forbidden)
                    failures.Add($"{method} {route} as {role}: {(int)status}, expected 403");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void User_administration_is_for_administrators_only()
    {
        var users = ApiEndpoints().Where(e => e.Route.StartsWith("/api/users/")).ToList();

        Assert.Equal(
            ["GET /api/users/", "GET /api/users/{userName}", "POST /api/users/", "POST /api/users/{userName}/lock",
             "POST /api/users/{userName}/password", "POST /api/users/{userName}/unlock", "PUT /api/users/{userName}"],
            users.Select(e => $"{e.Method} {e.Route}").Order(StringComparer.Ordinal));
        Assert.All(users, e => Assert.Equal([Roles.Administrator], e.Roles!));
    }

    /// <summary>The API's endpoints with the roles their policies admit (null: any signed-in user with a role).</summary>
    private List<(string Method, string Route, IReadOnlyCollection<string>? Roles, string ContentType)> ApiEndpoints()
    {
        var authorization = _factory.Services.GetRequiredService<IOptions<AuthorizationOptions>>().Value;
        var result = new List<(string, string, IReadOnlyCollection<string>?, string)>();
        foreach (var endpoint in _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            if (!route.StartsWith("/api/") || Open.Contains(route)) continue;
            var methods = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).Where(p => p is not null).ToList();
            IReadOnlyCollection<string>? roles = null;
            foreach (var policy in policies)
            {
                var required = authorization.GetPolicy(policy!)!.Requirements.OfType<RolesAuthorizationRequirement>()
                    .Select(r => (IEnumerable<string>)r.AllowedRoles).Aggregate((a, b) => a.Intersect(b));
                roles = roles is null ? required.ToList() : roles.Intersect(required).ToList();
            }
            var contentType = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.ContentTypes.FirstOrDefault() ?? "application/json";
            foreach (var method in methods) result.Add((method, route, roles, contentType));
        }
        return result;
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, string method, string route, string contentType, string? actor)
    {
        var url = RouteValue().Replace(route, match => match.Groups[1].Value switch
        {
            "id" or "objectId" => Guid.NewGuid().ToString(),
            "version" => "1",
            "objectType" => "Dossier",
            _ => "x",
        });
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method is "POST" or "PUT") request.Content = new StringContent("{}", Encoding.UTF8, contentType);
        if (actor is not null) request.Headers.Add("X-Actor", actor);
        return await http.SendAsync(request);
    }

    [GeneratedRegex(@"\{(\w+)(:[^}]*)?\}")]
    private static partial Regex RouteValue();
}
