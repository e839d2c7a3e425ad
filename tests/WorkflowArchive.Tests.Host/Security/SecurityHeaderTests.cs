using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Security;

/// <summary>Every answer tells the browser not to sniff, not to leak addresses, not to frame, and whose scripts to run.</summary>
public sealed class SecurityHeaderTests : BareHostTest
{
    [Theory]
    [InlineData("/ingresar")]
    [InlineData("/api/tasks")]
    [InlineData("/scalar/")]
    [InlineData("/no-such-page")]
    public async Task Every_answer_carries_the_security_headers(string url)
    {
        using var client = Factory.CreateAnonymousClient();

        var response = await client.GetAsync(url);

        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Single(response, "Referrer-Policy"));
        Assert.Equal("DENY", Single(response, "X-Frame-Options"));
        var policy = Single(response, "Content-Security-Policy");
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Contains("default-src 'self'", policy);
        Assert.Contains("object-src 'none'", policy);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    private static string Single(HttpResponseMessage response, string header) =>
        response.Headers.TryGetValues(header, out var values) ? Assert.Single(values)
        : Assert.Single(response.Content.Headers.GetValues(header));
}
