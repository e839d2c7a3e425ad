using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
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

/// <summary>A form contract as JSON. <c>kind</c>: "task" (a <c>wa:formKey</c>) or "registration" (a binder, a request).</summary>
public sealed record FormView(string Key, string Name, string Kind, IReadOnlyList<FieldView> Fields, IReadOnlyList<RuleView> Rules)
{
    public static FormView From(FormContract form, TaskContracts tasks) => new(form.Key, Say(form.Name),
        tasks.For(form.Key) is null ? "registration" : "task", form.Fields.Select(FieldView.From).ToList(), form.Rules.Select(RuleView.From).ToList());

    internal static string Say(Text text) => text.In(CultureInfo.CurrentUICulture);
}

/// <summary>One field: <c>type</c> is text, boolean, date (yyyy-MM-dd), choice, text-list or list (of <c>items</c>).</summary>
public sealed record FieldView(string Name, string Label, string Type, bool Required, string? RequiredWhen, int? MaxLength,
    IReadOnlyList<ChoiceView> AllowedValues, IReadOnlyList<FieldView> Items)
{
    public static FieldView From(FormField field) => new(field.Name, FormView.Say(field.Label), TypeName(field.Type), field.Required,
        field.RequiredWhen is { } when ? FormView.Say(when) : null, field.MaxLength,
        field.Choices.Select(c => new ChoiceView(c.Value, FormView.Say(c.Label))).ToList(), field.ItemFields.Select(From).ToList());

    private static string TypeName(FieldType type) => type switch
    {
        FieldType.TextList => "text-list",
        _ => type.ToString().ToLowerInvariant(),
    };
}

public sealed record ChoiceView(string Value, string Label);

/// <summary>A rule across fields; <c>checkedOn</c> "form" (the data alone, also checked as the person types) or "server" (records, instance or clock).</summary>
public sealed record RuleView(string Code, string Description, string CheckedOn)
{
    public static RuleView From(FormRule rule) => new(rule.Code, FormView.Say(rule.Description), rule.NeedsServer ? "server" : "form");
}
