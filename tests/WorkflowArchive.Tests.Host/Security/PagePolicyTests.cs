using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Routing;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Security;

/// <summary>
/// Every page of the web app, opened by every role and by nobody: anonymous visitors are sent to the sign-in page,
/// roles outside the page's policy to the access-denied page, and roles inside it get the page.
/// </summary>
public sealed class PagePolicyTests : BareHostTest
{
    private static readonly string[] Open = ["/ingresar", "/acceso-denegado", "/no-existe", "/estado/{Code:int}"];

    [Fact]
    public async Task Each_page_opens_for_the_roles_its_policy_admits_and_only_for_them()
    {
        using var http = Factory.CreateClient();
        var pages = Pages();
        Assert.True(pages.Count >= 8, $"only {pages.Count} pages found");
        var failures = new List<string>();

        foreach (var (route, allowedRoles) in pages)
        {
            var url = System.Text.RegularExpressions.Regex.Replace(route, @"\{\w+(:(\w+))?\}", parameter => parameter.Groups[2].Value switch
            {
                "guid" => Guid.NewGuid().ToString(),
                "int" => "1",
                _ => "NO-EXISTE",
            });
            using var anonymous = await http.GetAsync(url);
            if (anonymous.StatusCode != HttpStatusCode.Redirect || anonymous.Headers.Location?.AbsolutePath != "/ingresar")
                failures.Add($"{route} anonymous: {(int)anonymous.StatusCode} {anonymous.Headers.Location}, expected the sign-in page");

            foreach (var (role, actor) in TestActors.OneOfEachRole)
            {
                var request = new HttpRequestMessage(HttpMethod.Get, url);
                request.Headers.Add("X-Actor", actor);
                using var response = await http.SendAsync(request);
                var allowed = allowedRoles.Contains(role);
                // A requester has no inbox: the inbox's addresses send them to their own requests, their home.
                if (allowed && role == Roles.Requester && route is "/" or "/bandeja" && response.StatusCode == HttpStatusCode.Redirect
                    && response.Headers.Location?.AbsolutePath == "/solicitudes")
                    continue;
                if (allowed && response.StatusCode != HttpStatusCode.OK)
                    failures.Add($"{route} as {role}: {(int)response.StatusCode} {response.Headers.Location}, expected the page");
                if (!allowed && response.Headers.Location?.AbsolutePath != "/acceso-denegado")
                    failures.Add($"{route} as {role}: {(int)response.StatusCode} {response.Headers.Location}, expected access denied");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>The web app's pages with the roles their policies admit.</summary>
    private List<(string Route, IReadOnlyCollection<string> Roles)> Pages()
    {
        var pages = new List<(string, IReadOnlyCollection<string>)>();
        foreach (var endpoint in Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is null) continue;
            var route = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            if (Open.Contains(route)) continue;
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().ToList();
            Assert.True(policies.Count > 0, $"page {route} names no policy");
            pages.Add((route, RolesAdmittedBy(policies)));
        }
        return pages;
    }
}
