using System.Text.Json.Nodes;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Workflows.Contracts;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Domain.Forms;

/// <summary>
/// Step 10.1, form <c>retrieval-request</c> (<c>POST /api/requests</c>, page Solicitudes): what is asked for, by when.
/// Its fields, with the requester, are the variables a <c>solicitud-documentacion</c> instance starts with.
/// </summary>
public sealed class RetrievalRequestContract(BusinessCalendar calendar, TimeProvider time)
{
    public const string Key = "retrieval-request";
    public const string WorkflowKey = "solicitud-documentacion";

    public const string OrderNumber = "orderNumber";
    public const string CustomerDocument = "customerDocument";
    public const string CustomerName = "customerName";
    public const string SaleDateFrom = "saleDateFrom";
    public const string SaleDateTo = "saleDateTo";
    public const string RequestingUnit = "requestingUnit";
    public const string Reason = "reason";
    public const string DueDate = "dueDate";

    /// <summary>Not typed by the requester: the signed-in person, added when the instance starts.</summary>
    public const string RequestedBy = "requestedBy";

    public static readonly FormContract Form = new(Key, FormTexts.FormRetrievalRequest.With(),
    [
        FormField.Text(OrderNumber, FormTexts.LabelOrderNumber.With(), 40),
        FormField.Text(CustomerDocument, FormTexts.LabelCustomerDocument.With(), 30),
        FormField.Text(CustomerName, FormTexts.LabelCustomerName.With(), 200),
        FormField.Date(SaleDateFrom, FormTexts.LabelSaleDateFrom.With()),
        FormField.Date(SaleDateTo, FormTexts.LabelSaleDateTo.With()),
        FormField.Text(RequestingUnit, FormTexts.LabelRequestingUnit.With(), 120),
        FormField.Text(Reason, FormTexts.LabelReason.With(), 500),
        FormField.Date(DueDate, FormTexts.LabelDueDate.With()),
    ],
    [
        FormRule.OnData(FormTexts.RuleRequestSaysWhat, SaysWhat),
        FormRule.OnData(FormTexts.RuleRequestRangeInOrder, input => DateRange.Check(input.Date(SaleDateFrom), input.Date(SaleDateTo), SaleDateTo)),
        FormRule.OnData(FormTexts.RuleRequestDueNotPast, DueNotPast),
        FormRule.OnServer(FormTexts.RuleRequestDueStillOpen),
    ]);

    /// <summary>The variables every request instance starts with: the form's fields and the requester. Its number, given by the service, is the business key.</summary>
    public static readonly StartVariables Starts = new(WorkflowKey, [.. Form.Fields.Select(f => f.Name), RequestedBy]);

    /// <summary>The rules on the data against today's date in the division; the page runs these as the person types.</summary>
    public IReadOnlyList<FieldError> CheckData(JsonObject data) => Form.Check(data, calendar.Today(time.GetUtcNow()));

    /// <summary>Asynchronous like the other contracts' checks, though nothing here needs the database since the service numbers requests.</summary>
    public Task<IReadOnlyList<FieldError>> CheckAsync(JsonObject data, CancellationToken cancellationToken)
    {
        var errors = CheckData(data);
        if (errors.Count > 0) return Task.FromResult(errors);

        var found = new List<FieldError>();
        // A deadline is the end of that working day (18:00 in La Paz): today's may already be over.
        if (FormValues.Date(data[DueDate]) is { } due && calendar.EndOfDay(due) <= time.GetUtcNow())
            found.Add(new FieldError(DueDate, FormTexts.RequestDueClosed.With(due)));
        return Task.FromResult<IReadOnlyList<FieldError>>(found);
    }

    public async Task EnsureValidAsync(JsonObject data, CancellationToken cancellationToken) =>
        (await CheckAsync(data, cancellationToken)).ThrowIfAny();

    private static IEnumerable<FieldError> SaysWhat(FormInput input)
    {
        if (input.Text(OrderNumber) is null && input.Text(CustomerDocument) is null && input.Text(CustomerName) is null
            && input.Date(SaleDateFrom) is null && input.Date(SaleDateTo) is null)
            yield return new FieldError(OrderNumber, FormTexts.RequestSaysNothing.With());
    }

    private static IEnumerable<FieldError> DueNotPast(FormInput input)
    {
        if (input.Date(DueDate) is { } due && due < input.Today)
            yield return new FieldError(DueDate, FormTexts.RequestDueInPast.With(due));
    }
}
