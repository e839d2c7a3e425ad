using System.Text.Json.Nodes;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Workflows.Contracts;

/// <summary>The data a form's rules look at, and the day it is in the division (dates are checked against it).</summary>
public sealed record FormInput(JsonObject Data, DateOnly Today)
{
    public string? Text(string name) => FormValues.Text(Data[name]);

    public bool? Boolean(string name) => FormValues.Boolean(Data[name]);

    public DateOnly? Date(string name) => FormValues.Date(Data[name]);

    public IReadOnlyList<JsonObject> Items(string name) => FormValues.Items(Data[name]);

    public IReadOnlyList<string> Texts(string name) => FormValues.Texts(Data[name]);
}

/// <summary>
/// A rule across fields, described for people. A rule on the data alone carries its <see cref="Check"/>, which the
/// staff app runs as the person types; a rule that needs the records, the instance or the clock is only described
/// here and is enforced where those are (the contract's server-side check).
/// </summary>
public sealed record FormRule(Text Description, Func<FormInput, IEnumerable<FieldError>>? Check)
{
    public string Code => Description.Code;

    public bool NeedsServer => Check is null;

    public static FormRule OnData(TextKey description, Func<FormInput, IEnumerable<FieldError>> check) => new(description.With(), check);

    public static FormRule OnServer(TextKey description) => new(description.With(), null);
}
