using System.Globalization;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows.Contracts;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Host.Application;

// What the Form endpoints and pages take and give.

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
