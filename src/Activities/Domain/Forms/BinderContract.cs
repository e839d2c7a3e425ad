using System.Text.Json.Nodes;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Advisors;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Batches;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Workflows.Contracts;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Domain.Forms;

/// <summary>
/// Steps 2-4, form <c>register-binder</c> (<c>POST /api/batches</c>, page Entregas): the binder an advisor handed over,
/// delivered today or earlier (La Paz calendar), with each order number once and none already filed.
/// </summary>
public sealed class BinderContract(DbContext db, BusinessCalendar calendar, TimeProvider time)
{
    public const string Key = "register-binder";
    public const string AdvisorCode = "advisorCode";
    public const string DeliveredOn = "deliveredOn";
    public const string BinderNumber = "binderNumber";
    public const string Entries = "entries";
    public const string OrderNumber = "orderNumber";
    public const string AdvisorMismatchReason = "advisorMismatchReason";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static readonly FormContract Form = new(Key, FormTexts.FormRegisterBinder.With(),
    [
        FormField.Text(AdvisorCode, FormTexts.LabelAdvisor.With(), 40, required: true),
        FormField.Date(DeliveredOn, FormTexts.LabelDeliveredOn.With(), required: true),
        FormField.Text(BinderNumber, FormTexts.LabelBinderNumber.With(), 40, required: true),
        FormField.List(Entries, FormTexts.LabelEntries.With(), OrderNumber,
        [
            FormField.Text(OrderNumber, FormTexts.LabelOrderNumber.With(), 40, required: true),
            FormField.Text("customerName", FormTexts.LabelCustomerName.With(), 200) with { RequiredWhen = FormTexts.WhenNotInSmartflex.With() },
            FormField.Text("customerDocument", FormTexts.LabelCustomerDocument.With(), 30) with { RequiredWhen = FormTexts.WhenNotInSmartflex.With() },
            FormField.Boolean("customerIsCompany", FormTexts.LabelCustomerIsCompany.With()),
            FormField.Boolean("signedByRepresentative", FormTexts.LabelSignedByRepresentative.With()),
            FormField.Text("serviceCode", FormTexts.LabelService.With(), 40) with { RequiredWhen = FormTexts.WhenNotInSmartflex.With() },
            FormField.Text("transactionCode", FormTexts.LabelTransaction.With(), 40) with { RequiredWhen = FormTexts.WhenNotInSmartflex.With() },
            FormField.Date("saleDate", FormTexts.LabelSaleDate.With()) with { RequiredWhen = FormTexts.WhenNotInSmartflex.With() },
            FormField.Text(AdvisorMismatchReason, FormTexts.LabelAdvisorMismatchReason.With(), 1000) with { RequiredWhen = FormTexts.WhenAdvisorMismatch.With() },
        ], required: true),
    ],
    [
        FormRule.OnData(FormTexts.RuleBinderDeliveredNotFuture, DeliveredNotInFuture),
        FormRule.OnData(FormTexts.RuleBinderOrderOnce, EachOrderOnce),
        FormRule.OnServer(FormTexts.RuleBinderAdvisorKnown),
        FormRule.OnServer(FormTexts.RuleBinderOrdersNew),
        FormRule.OnServer(FormTexts.RuleBinderAdvisorMatches),
    ]);

    /// <summary>The request as the contract reads it (the JSON of <c>POST /api/batches</c>); an unset date counts as missing.</summary>
    public static JsonObject DataOf(BatchRequest request)
    {
        var data = JsonSerializer.SerializeToNode(request, Json)!.AsObject();
        if (request.DeliveredOn == default) data.Remove(DeliveredOn);
        return data;
    }

    /// <summary>The rules on the data against today's date in the division; the pages run these as the person types.</summary>
    public IReadOnlyList<FieldError> CheckData(BatchRequest request) => Form.Check(DataOf(request), calendar.Today(time.GetUtcNow()));

    public async Task<IReadOnlyList<FieldError>> CheckAsync(BatchRequest request, CancellationToken cancellationToken)
    {
        var errors = CheckData(request);
        if (errors.Count > 0) return errors;

        var found = new List<FieldError>();
        var advisor = request.AdvisorCode.Trim();
        if (!await db.Set<Advisor>().AnyAsync(a => a.Code == advisor, cancellationToken))
            found.Add(new FieldError(AdvisorCode, FormTexts.BinderAdvisorUnknown.With(advisor)));
        var orders = request.Entries.Select(e => e.OrderNumber.Trim()).ToList();
        // Say where the paper already is, so the manager finds the dossier instead of filing it twice.
        var filed = await db.Set<Dossier>().AsNoTracking().Where(d => orders.Contains(d.OrderNumber)).ToListAsync(cancellationToken);
        found.AddRange(filed.Select(dossier => new FieldError($"{Entries}.{dossier.OrderNumber}", FormTexts.BinderOrderFiled.With(dossier.OrderNumber,
            calendar.Today(dossier.ReceivedAt), StatusNames.Of(dossier.Status), (object?)dossier.Location ?? DomainTexts.DossierWithoutLocation.With()))));
        return found;
    }

    public async Task EnsureValidAsync(BatchRequest request, CancellationToken cancellationToken) =>
        (await CheckAsync(request, cancellationToken)).ThrowIfAny();

    private static IEnumerable<FieldError> DeliveredNotInFuture(FormInput input)
    {
        if (input.Date(DeliveredOn) is { } delivered && delivered > input.Today)
            yield return new FieldError(DeliveredOn, FormTexts.BinderDeliveredInFuture.With(delivered));
    }

    private static IEnumerable<FieldError> EachOrderOnce(FormInput input) =>
        input.Items(Entries).Select(e => FormValues.Text(e[OrderNumber])).OfType<string>()
            .GroupBy(order => order).Where(g => g.Count() > 1)
            .Select(g => new FieldError($"{Entries}.{g.Key}", FormTexts.BinderOrderRepeated.With(g.Key)));
}
