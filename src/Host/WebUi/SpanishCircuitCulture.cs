using System.Globalization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace WorkflowArchive.Host.WebUi;

/// <summary>
/// Every piece of work a circuit does (first render, clicks, JS calls, notifications) runs in <see cref="ArchiveCulture"/>.
/// The circuit would otherwise keep whatever culture the request that opened it carried, and a browser set to
/// English must not turn the pages' dates and numbers English.
/// </summary>
public sealed class SpanishCircuitCulture : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        context =>
        {
            CultureInfo.CurrentCulture = ArchiveCulture.Spanish;
            CultureInfo.CurrentUICulture = ArchiveCulture.Spanish;
            return next(context);
        };
}
