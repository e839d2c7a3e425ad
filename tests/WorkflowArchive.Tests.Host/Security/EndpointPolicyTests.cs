using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Security;

/// <summary>
/// Every API endpoint, called by every role and by nobody: anonymous callers get 401, roles outside the endpoint's row
/// of <see cref="ExpectedEndpointRoles"/> get 403, and roles inside it get past authorization (whatever the dummy input
/// then earns them). The policies are also compared with that table, so a change of access shows up as a table change.
/// </summary>
public sealed partial class EndpointPolicyTests : BareHostTest
{
    private static readonly string[] Open = ["/api/auth/login", "/openapi/{documentName}.json", "/health/live", "/health/ready"];

    [Fact]
    public async Task Each_endpoint_answers_each_role_as_its_policy_says()
    {
        using var http = Factory.CreateClient();
        var endpoints = ApiEndpoints();
        Assert.True(endpoints.Count >= 40, $"only {endpoints.Count} endpoints found");
        var failures = new List<string>();

        foreach (var (method, route, allowedRoles, contentType) in endpoints)
        {
            using var anonymous = await SendAsync(http, method, route, contentType, actor: null);
            if (anonymous.StatusCode != HttpStatusCode.Unauthorized) failures.Add($"{method} {route} anonymous: {(int)anonymous.StatusCode}, expected 401");

            foreach (var (role, actor) in TestActors.OneOfEachRole)
            {
                using var response = await SendAsync(http, method, route, contentType, actor);
                var allowed = ExpectedEndpointRoles.ByEndpoint.TryGetValue($"{method} {route}", out var expected) ? expected.Contains(role) : allowedRoles.Contains(role);
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
    public void The_policies_admit_exactly_the_roles_of_the_checked_in_table()
    {
        var actual = ApiEndpoints().GroupBy(e => $"{e.Method} {e.Route}").ToDictionary(g => g.Key, g => g.First().Roles.ToHashSet());
        var expected = ExpectedEndpointRoles.ByEndpoint;
        var failures = new List<string>();

        failures.AddRange(actual.Keys.Except(expected.Keys).Select(e => $"{e}: not in the table ({string.Join(" ", actual[e])})"));
        failures.AddRange(expected.Keys.Except(actual.Keys).Select(e => $"{e}: in the table, no such endpoint"));
        foreach (var endpoint in actual.Keys.Intersect(expected.Keys))
        {
            if (!actual[endpoint].SetEquals(expected[endpoint]))
                failures.Add($"{endpoint}: policy admits [{string.Join(" ", actual[endpoint].Order())}], table says [{string.Join(" ", expected[endpoint].Order())}]");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void User_administration_is_for_administrators_only()
    {
        var users = ApiEndpoints().Where(e => e.Route.StartsWith("/api/users/")).ToList();

        Assert.Equal(
            ["GET /api/users/", "GET /api/users/free-advisor-codes", "GET /api/users/{userName}", "POST /api/users/", "POST /api/users/{userName}/lock",
             "POST /api/users/{userName}/password", "POST /api/users/{userName}/unlock", "PUT /api/users/{userName}"],
            users.Select(e => $"{e.Method} {e.Route}").Order(StringComparer.Ordinal));
        Assert.All(users, e => Assert.Equal([Roles.Administrator], e.Roles));
    }

    /// <summary>The API's endpoints with the roles their policies admit.</summary>
    private List<(string Method, string Route, IReadOnlyCollection<string> Roles, string ContentType)> ApiEndpoints()

    {
        var result = new List<(string, string, IReadOnlyCollection<string>, string)>();
        foreach (var endpoint in Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            if (!route.StartsWith("/api/") || Open.Contains(route)) continue;
            var methods = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            var roles = RolesAdmittedBy(endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>());
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
