using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using WorkflowArchive.Workflows;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Host.Texts;

/// <summary>Builds problem details whose words come from the layers' resources, in the request's UI culture.</summary>
public sealed class ProblemTexts(IStringLocalizerFactory localizers)
{
    public string Say(Text text) => localizers.Create(text.Key.Resources)[text.Code, text.ArgumentsIn(CultureInfo.CurrentUICulture).ToArray()!].Value;

    public ProblemDetails Problem(int status, TextKey title, Text detail, IReadOnlyList<BpmnDiagnostic>? diagnostics = null)
    {
        var problem = new ProblemDetails { Status = status, Title = Say(title.With()), Detail = Say(detail) };
        problem.Extensions["code"] = detail.Code;
        if (diagnostics is { Count: > 0 })
            problem.Extensions["errors"] = diagnostics.Select(e => new { elementId = e.ElementId, severity = e.Severity.ToString(), code = e.Code, message = Say(e.Text) }).ToList();
        return problem;
    }

    /// <summary>422 with the <c>errors</c> map of ASP.NET's validation problems (field: messages) and <c>errorCodes</c> beside it (field: codes).</summary>
    public ProblemDetails Invalid(InvalidInputException invalid)
    {
        var problem = Problem(StatusCodes.Status422UnprocessableEntity, HostTexts.TitleInvalidInput, invalid.Summary);
        var byField = invalid.Fields.GroupBy(f => f.Field).ToList();
        problem.Extensions["errors"] = byField.ToDictionary(g => g.Key, g => g.Select(f => Say(f.Text)).ToArray());
        problem.Extensions["errorCodes"] = byField.ToDictionary(g => g.Key, g => g.Select(f => f.Code).ToArray());
        return problem;
    }
}
