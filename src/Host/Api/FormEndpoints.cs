using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows.Contracts;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Host.Api;

/// <summary>The form contracts, published: what each task form, a binder and a request take, in the caller's language.</summary>
public static class FormEndpoints
{
    public static IEndpointRouteBuilder MapFormEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/forms").WithTags("Forms").RequireAuthorization(Policies.Staff);
        group.MapGet("/", ListForms)
            .WithSummary("Every form contract: fields (type, required, allowed values with their labels, maximum length) and rules.");
        group.MapGet("/{key}", GetForm)
            .WithSummary("One form contract by key: a user task's wa:formKey, register-binder or retrieval-request.");
        return app;
    }

    public static Ok<IReadOnlyList<FormView>> ListForms(IEnumerable<FormContract> forms, TaskContracts tasks) =>
        TypedResults.Ok<IReadOnlyList<FormView>>(forms.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => FormView.From(f, tasks)).ToList());

    public static Results<Ok<FormView>, ProblemHttpResult> GetForm(string key, IEnumerable<FormContract> forms, TaskContracts tasks, ProblemTexts texts) =>
        forms.FirstOrDefault(f => f.Key == key) is { } form
            ? TypedResults.Ok(FormView.From(form, tasks))
            : TypedResults.Problem(texts.Problem(StatusCodes.Status404NotFound, HostTexts.TitleNotFound, ContractTexts.FormNotFound.With(key)));
}
