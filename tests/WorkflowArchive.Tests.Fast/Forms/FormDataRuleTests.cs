using System.Text.Json.Nodes;
using WorkflowArchive.Domain.Batches;
using WorkflowArchive.Domain.Forms;
using WorkflowArchive.Workflows.Contracts;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Tests.Forms;

/// <summary>Each contract's rules on the data alone: what the staff app checks as the person types and the server checks first.</summary>
public sealed class FormDataRuleTests
{
    private static readonly DateOnly Today = new(2027, 6, 1);

    private static IReadOnlyList<(string Field, string Code)> Check(FormContract form, JsonObject data) =>
        form.Check(data, Today).Select(e => (e.Field, e.Code)).Order().ToList();

    private static JsonObject Document(string code, bool? received, bool? legible = null, bool? signed = null) =>
        new() { ["code"] = code, ["received"] = received, ["forms"] = received == true ? "both" : null, ["legible"] = legible, ["signed"] = signed };

    [Fact]
    public void A_review_counts_each_undecided_document_and_asks_legibility_of_what_was_received()
    {
        var errors = Check(ChecklistReviewContract.Form, new JsonObject
        {
            ["documents"] = new JsonArray(Document("contrato", null), Document("ci", true), Document("croquis", false), Document("solicitud", true, true, true)),
        });

        Assert.Equal([
            ("documents", "review-decisions-missing"), ("documents.ci.legible", "review-legible-undecided"),
            ("documents.contrato.received", "field-required")], errors);
        Assert.Equal("Faltan 2 decisiones.", ChecklistReviewContract.Form.Check(new JsonObject
        {
            ["documents"] = new JsonArray(Document("contrato", null), Document("ci", true)),
        }, Today).Single(e => e.Field == "documents").Text.ToString());
    }

    [Fact]
    public void A_review_without_documents_or_with_one_twice_is_refused_and_a_decided_one_passes()
    {
        Assert.Equal([("documents", "field-required")], Check(ChecklistReviewContract.Form, []));
        Assert.Equal([("documents.ci", "review-document-repeated")], Check(ChecklistReviewContract.Form, new JsonObject
        {
            ["documents"] = new JsonArray(Document("ci", true, true, true), Document("CI", false)),
        }));
        Assert.Empty(Check(ChecklistReviewContract.Form, new JsonObject
        {
            ["documents"] = new JsonArray(Document("ci", true, false), Document("contrato", false)), ["returnReason"] = "Copia ilegible",
        }));
    }

    [Theory]
    [InlineData(ReviewVerdict.Correct, true, true, true)]
    [InlineData(ReviewVerdict.Missing, false, false, false)]
    [InlineData(ReviewVerdict.Illegible, true, false, false)]
    [InlineData(ReviewVerdict.Unsigned, true, true, false)]
    public void A_verdict_travels_as_received_legible_signed_and_reads_back_the_same(ReviewVerdict verdict, bool received, bool legible, bool signed)
    {
        var entry = ReviewVerdicts.Entry("contrato", verdict, mustBeSigned: true, note: " ");

        Assert.Equal((received, legible, signed), (entry["received"]!.GetValue<bool>(), entry["legible"]!.GetValue<bool>(), entry["signed"]!.GetValue<bool>()));
        Assert.Null(entry["note"]);
        Assert.Equal(verdict, ReviewVerdicts.Of(received, legible, signed, mustBeSigned: true));
    }

    [Fact]
    public void An_undecided_verdict_leaves_received_empty_and_the_contract_refuses_it()
    {
        var entry = ReviewVerdicts.Entry("ci", null, mustBeSigned: false, note: null);

        Assert.Null(entry["received"]);
        Assert.Contains(("documents.ci.received", "field-required"), Check(ChecklistReviewContract.Form, new JsonObject { ["documents"] = new JsonArray(entry) }));
    }

    [Fact]
    public void A_correction_must_say_what_was_supplied_or_done()
    {
        Assert.Equal([("supplied", "correction-empty")], Check(CorrectionContract.Form, []));
        Assert.Equal([("supplied", "correction-empty")], Check(CorrectionContract.Form, new JsonObject { ["supplied"] = new JsonArray(), ["note"] = "  " }));
        Assert.Empty(Check(CorrectionContract.Form, new JsonObject { ["note"] = "Firma obtenida llamando al cliente" }));
        Assert.Empty(Check(CorrectionContract.Form, new JsonObject { ["supplied"] = new JsonArray("contrato") }));
    }

    [Fact]
    public void A_delivery_says_how_it_was_delivered_with_its_file_or_why_it_was_not_found()
    {
        var form = DeliverDocumentationContract.Form;
        Assert.Equal([("outcome", "field-required")], Check(form, []));
        Assert.Equal([("outcome", "field-not-allowed")], Check(form, new JsonObject { ["outcome"] = "recoverd" }));
        Assert.Equal([("deliveryMethod", "delivery-method-missing")], Check(form, new JsonObject { ["outcome"] = "recovered" }));
        Assert.Equal([("attachmentId", "delivery-file-missing")], Check(form, new JsonObject { ["outcome"] = "recovered", ["deliveryMethod"] = "scan" }));
        Assert.Equal([("notFoundReason", "delivery-reason-missing")], Check(form, new JsonObject { ["outcome"] = "not-found" }));
        Assert.Empty(Check(form, new JsonObject { ["outcome"] = "recovered", ["deliveryMethod"] = "photocopy" }));
        Assert.Empty(Check(form, new JsonObject { ["outcome"] = "not-found", ["notFoundReason"] = "Venta anterior al archivo" }));
    }

    [Fact]
    public void The_choice_message_lists_the_labels_in_the_language_it_is_said_in()
    {
        var error = Assert.Single(DeliverDocumentationContract.Form.Check(new JsonObject { ["outcome"] = "recoverd" }, Today));

        Assert.Equal("Elija una de estas opciones: Encontrada y entregada, No se encontró.", error.Text.ToString());
        Assert.Equal("Choose one of: Found and delivered, Not found.", error.Text.In(System.Globalization.CultureInfo.GetCultureInfo("en")));
    }

    [Fact]
    public void A_reception_needs_its_receipt_number_short_as_text_and_nothing_else()
    {
        var form = ConfirmReceptionContract.Form;
        Assert.Equal([("receiptNumber", "field-required")], Check(form, new JsonObject { ["receiptNumber"] = " " }));
        Assert.Equal([("receiptNumber", "field-not-text")], Check(form, new JsonObject { ["receiptNumber"] = 42 }));
        Assert.Equal([("receiptNumber", "field-too-long")], Check(form, new JsonObject { ["receiptNumber"] = new string('9', 61) }));
        Assert.Equal([("receiptNumber", "field-required"), ("reciptNumber", "field-unknown")], Check(form, new JsonObject { ["reciptNumber"] = "ADM-1" }));
        Assert.Empty(Check(form, new JsonObject { ["receiptNumber"] = "ADM-ARC-2029-0042" }));
    }

    [Fact]
    public void A_binder_is_delivered_today_or_earlier_with_each_order_once()
    {
        static JsonObject Binder(DateOnly delivered, params string[] orders) => BinderContract.DataOf(new BatchRequest("arojas", delivered, "Archivador 7",
            orders.Select(o => new BatchEntry(o)).ToList()));

        Assert.Empty(Check(BinderContract.Form, Binder(Today, "SF-1", "SF-2")));
        Assert.Equal([("deliveredOn", "binder-delivered-in-future")], Check(BinderContract.Form, Binder(Today.AddDays(1), "SF-1")));
        Assert.Equal([("entries.SF-1", "binder-order-repeated")], Check(BinderContract.Form, Binder(Today, "SF-1", "SF-2", "SF-1")));
        Assert.Equal([("entries", "field-required")], Check(BinderContract.Form, Binder(Today)));
        Assert.Equal([("deliveredOn", "field-required")], Check(BinderContract.Form, Binder(default, "SF-1")));
    }

    [Fact]
    public void A_request_identifies_the_documentation_in_an_ordered_range_due_today_or_later()
    {
        var form = RetrievalRequestContract.Form;
        Assert.Equal([("orderNumber", "request-says-nothing")], Check(form, new JsonObject { ["reason"] = "Auditoría" }));
        Assert.Equal([("saleDateTo", "date-range-reversed")], Check(form, new JsonObject { ["saleDateFrom"] = "2027-05-10", ["saleDateTo"] = "2027-05-01" }));
        Assert.Equal([("dueDate", "request-due-in-past")], Check(form, new JsonObject { ["orderNumber"] = "SF-1", ["dueDate"] = "2027-05-31" }));
        Assert.Equal([("dueDate", "field-not-date")], Check(form, new JsonObject { ["orderNumber"] = "SF-1", ["dueDate"] = "31/05/2027" }));
        Assert.Empty(Check(form, new JsonObject { ["customerName"] = "Rosa", ["dueDate"] = "2027-06-01" }));
    }

    [Fact]
    public void A_reversed_query_range_is_refused_with_a_code_and_an_open_one_is_not()
    {
        var refused = Assert.Throws<InvalidInputException>(() => DateRange.EnsureInOrder(new DateOnly(2027, 6, 10), new DateOnly(2027, 6, 1)));

        Assert.Equal(("to", "date-range-reversed"), (refused.Fields[0].Field, refused.Fields[0].Code));
        Assert.Equal("La fecha final (01/06/2027) es anterior a la inicial (10/06/2027).", refused.Fields[0].Text.ToString());
        DateRange.EnsureInOrder(new DateOnly(2027, 6, 1), null);
        DateRange.EnsureInOrder(new DateOnly(2027, 6, 1), new DateOnly(2027, 6, 1));
    }

    [Fact]
    public void The_request_starts_its_workflow_with_its_fields_and_the_requester()
    {
        Assert.Equal("solicitud-documentacion", RetrievalRequestContract.Starts.DefinitionKey);
        Assert.Contains("requestedBy", RetrievalRequestContract.Starts.Names);
        Assert.Contains("dueDate", RetrievalRequestContract.Starts.Names);
        Assert.DoesNotContain("number", RetrievalRequestContract.Starts.Names);
    }
}
