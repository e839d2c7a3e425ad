using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Api;

/// <summary>The API answers with views made for it, never with the rows it stores: a new column must not leak out unnoticed.</summary>
public sealed class ApiShapeTests : BareHostTest
{
    [Fact]
    public async Task No_endpoint_answers_with_a_stored_entity()
    {
        var stored = await Factory.InScopeAsync(sp =>
            Task.FromResult(sp.GetRequiredService<ArchiveDbContext>().Model.GetEntityTypes().Select(e => e.ClrType).ToHashSet()));
        Assert.Contains(typeof(WorkflowArchive.Domain.Dossiers.Dossier), stored);

        var leaks = Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/") == true)
            .SelectMany(e => e.Metadata.OfType<IProducesResponseTypeMetadata>()
                .SelectMany(p => TypesIn(p.Type))
                .Where(stored.Contains)
                .Select(t => $"{e.DisplayName}: {t.Name}"))
            .Distinct().ToList();

        Assert.True(leaks.Count == 0, "Endpoints answering with stored entities:\n" + string.Join("\n", leaks));
    }

    /// <summary>The type and every type it carries: list elements, generic arguments, properties of our own views.</summary>
    private static IEnumerable<Type> TypesIn(Type? type, HashSet<Type>? seen = null)
    {
        seen ??= [];
        if (type is null || !seen.Add(type)) yield break;
        yield return type;
        var inner = type.GetGenericArguments().AsEnumerable();
        if (type.IsArray) inner = inner.Append(type.GetElementType()!);
        if (type.Namespace?.StartsWith("WorkflowArchive") == true && !type.IsEnum)
            inner = inner.Concat(type.GetProperties().Select(p => p.PropertyType));
        foreach (var t in inner)
        foreach (var found in TypesIn(t, seen))
            yield return found;
    }
}
