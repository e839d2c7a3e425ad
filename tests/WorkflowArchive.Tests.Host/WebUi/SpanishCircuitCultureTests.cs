using System.Globalization;
using WorkflowArchive.Host.WebUi;

namespace WorkflowArchive.Tests.WebUi;

/// <summary>A circuit keeps the culture of the request that opened it; the handler makes every piece of its work es-BO.</summary>
public sealed class SpanishCircuitCultureTests
{
    [Fact]
    public async Task A_circuit_runs_its_work_in_es_bo_whatever_the_thread_had()
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
            (string, string)? seen = null;
            var handler = new SpanishCircuitCulture().CreateInboundActivityHandler(_ =>
            {
                seen = (CultureInfo.CurrentCulture.Name, CultureInfo.CurrentUICulture.Name);
                return Task.CompletedTask;
            });

            await handler(null!);

            Assert.Equal(("es-BO", "es-BO"), seen);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }
}
