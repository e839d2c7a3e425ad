using System.Text.Json.Nodes;
using WorkflowArchive.Domain.Catalog;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Domain.Forms;

/// <summary>What the manager decides about one required document in the review: one choice, quick to make with the keyboard.</summary>
public enum ReviewVerdict { Correct, Missing, Illegible, Unsigned }

/// <summary>How a decision travels in the review's output (received, legible, signed) and how a recorded state reads back as one.</summary>
public static class ReviewVerdicts
{
    public static TextKey Label(ReviewVerdict verdict) => verdict switch
    {
        ReviewVerdict.Correct => FormTexts.VerdictCorrect,
        ReviewVerdict.Missing => FormTexts.VerdictMissing,
        ReviewVerdict.Illegible => FormTexts.VerdictIllegible,
        _ => FormTexts.VerdictUnsigned,
    };

    /// <summary>The decisions that apply to a document: "sin firma" only where the requirement asks for a signature.</summary>
    public static IReadOnlyList<ReviewVerdict> For(bool mustBeSigned) => mustBeSigned
        ? [ReviewVerdict.Correct, ReviewVerdict.Missing, ReviewVerdict.Illegible, ReviewVerdict.Unsigned]
        : [ReviewVerdict.Correct, ReviewVerdict.Missing, ReviewVerdict.Illegible];

    public static ReviewVerdict Of(bool received, bool legible, bool signed, bool mustBeSigned) =>
        !received ? ReviewVerdict.Missing : !legible ? ReviewVerdict.Illegible : mustBeSigned && !signed ? ReviewVerdict.Unsigned : ReviewVerdict.Correct;

    /// <summary>
    /// One item of the review's <c>documents</c>. Undecided leaves <c>received</c> empty, which the contract refuses: nothing
    /// is assumed. An illegible copy cannot show a signature, so a document that needs one counts as unsigned too. The forms
    /// that arrived travel only with a document that did.
    /// </summary>
    public static JsonObject Entry(string code, ReviewVerdict? verdict, bool mustBeSigned, string? note, DocumentForms? forms = null)
    {
        var (received, legible, signed) = verdict switch
        {
            ReviewVerdict.Correct => (true, true, true),
            ReviewVerdict.Missing => (false, false, false),
            ReviewVerdict.Illegible => (true, false, !mustBeSigned),
            ReviewVerdict.Unsigned => (true, true, false),
            _ => ((bool?)null, (bool?)null, (bool?)null),
        };
        return new JsonObject
        {
            [ChecklistReviewContract.Code] = code,
            [ChecklistReviewContract.Received] = received,
            [ChecklistReviewContract.Forms] = received == true && forms is { } arrived ? DocumentFormLabels.Value(arrived) : null,
            [ChecklistReviewContract.Legible] = legible,
            [ChecklistReviewContract.Signed] = signed,
            [ChecklistReviewContract.Note] = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        };
    }
}
