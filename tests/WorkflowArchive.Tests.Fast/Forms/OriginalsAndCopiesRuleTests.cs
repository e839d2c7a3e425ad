using System.Text.Json.Nodes;
using WorkflowArchive.Domain.Catalog;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Forms;
using WorkflowArchive.Workflows.Contracts;

namespace WorkflowArchive.Tests.Forms;

/// <summary>Which forms of a document the archive keeps and which arrived; and the original lent on a delivery, with its due-back date.</summary>
public sealed class OriginalsAndCopiesRuleTests
{
    private static readonly DateOnly Today = new(2027, 6, 1);

    private static IReadOnlyList<(string Field, string Code)> Check(FormContract form, JsonObject data) =>
        form.Check(data, Today).Select(e => (e.Field, e.Code)).Order().ToList();

    [Fact]
    public void A_review_says_which_forms_of_each_document_found_arrived()
    {
        Assert.Equal([("documents", "review-decision-missing"), ("documents.contrato.forms", "review-forms-undecided")], Check(ChecklistReviewContract.Form, new JsonObject
        {
            ["documents"] = new JsonArray(new JsonObject { ["code"] = "contrato", ["received"] = true, ["legible"] = true, ["signed"] = true }),
        }));
        Assert.Equal([("documents.contrato.forms", "field-not-allowed")], Check(ChecklistReviewContract.Form, new JsonObject
        {
            ["documents"] = new JsonArray(new JsonObject { ["code"] = "contrato", ["received"] = true, ["forms"] = "fax", ["legible"] = true, ["signed"] = true }),
        }));
        Assert.Empty(Check(ChecklistReviewContract.Form, new JsonObject
        {
            ["documents"] = new JsonArray(new JsonObject { ["code"] = "contrato", ["received"] = false }),
        }));
    }

    [Fact]
    public void The_forms_travel_only_with_a_document_that_arrived()
    {
        Assert.Equal("copy", ReviewVerdicts.Entry("contrato", ReviewVerdict.Correct, true, null, DocumentForms.Copy)["forms"]!.GetValue<string>());
        Assert.Null(ReviewVerdicts.Entry("contrato", ReviewVerdict.Missing, true, null, DocumentForms.Copy)["forms"]);
        Assert.Null(ReviewVerdicts.Entry("contrato", ReviewVerdict.Correct, true, null)["forms"]);
    }

    [Theory]
    [InlineData(DocumentForms.Both, DocumentForms.Copy, DocumentForms.Original)]
    [InlineData(DocumentForms.Both, DocumentForms.Original, DocumentForms.Copy)]
    [InlineData(DocumentForms.Both, DocumentForms.Both, DocumentForms.None)]
    [InlineData(DocumentForms.Original, DocumentForms.Copy, DocumentForms.Original)]
    [InlineData(DocumentForms.Copy, DocumentForms.Original, DocumentForms.None)]
    [InlineData(DocumentForms.Copy, DocumentForms.Copy, DocumentForms.None)]
    public void What_the_archive_lacks_follows_the_rule_and_an_original_stands_for_a_copy(DocumentForms keeps, DocumentForms arrived, DocumentForms lacking) =>
        Assert.Equal(lacking, DocumentFormRules.Lacking(keeps, arrived));

    [Fact]
    public void A_document_whose_required_original_did_not_arrive_is_defective_like_a_missing_one()
    {
        DossierDocument Document(DocumentForms? arrived) => new()
        {
            Code = "contrato", Name = "Contrato", Required = true, Keeps = DocumentForms.Both, Received = true, Arrived = arrived, Legible = true, Signed = true,
        };

        Assert.Equal("falta el original", Document(DocumentForms.Copy).Defect);
        Assert.Equal("falta la copia", Document(DocumentForms.Original).Defect);
        Assert.Null(Document(DocumentForms.Both).Defect);
        Assert.Null(Document(null).Defect);
    }

    private static JsonObject Loan(string? dueBackOn) => new()
    {
        ["outcome"] = "recovered", ["deliveryMethod"] = "original-loan", ["dueBackOn"] = dueBackOn,
    };

    [Fact]
    public void A_loan_of_the_original_needs_a_due_back_date_after_today()
    {
        Assert.Equal([("dueBackOn", "delivery-due-back-missing")], Check(DeliverDocumentationContract.Form, Loan(null)));
        Assert.Equal([("dueBackOn", "delivery-due-back-not-future")], Check(DeliverDocumentationContract.Form, Loan("2027-05-31")));
        Assert.Equal([("dueBackOn", "delivery-due-back-not-future")], Check(DeliverDocumentationContract.Form, Loan("2027-06-01")));
        Assert.Empty(Check(DeliverDocumentationContract.Form, Loan("2027-06-02")));
        Assert.Empty(Check(DeliverDocumentationContract.Form, new JsonObject { ["outcome"] = "recovered", ["deliveryMethod"] = "photocopy" }));
    }
}
