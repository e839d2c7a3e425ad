using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Domain.Forms;

/// <summary>The words of the form contracts: names, labels, allowed values, rules and their messages (FormTexts.resx, Spanish; FormTexts.en.resx).</summary>
public static class FormTexts
{
    private static TextKey Key(string code) => new(code, typeof(FormTexts));

    public static readonly TextKey FormChecklistReview = Key("form-checklist-review");
    public static readonly TextKey FormCorrection = Key("form-correction");
    public static readonly TextKey FormArchive = Key("form-archive");
    public static readonly TextKey FormDeliverDocumentation = Key("form-deliver-documentation");
    public static readonly TextKey FormConfirmReception = Key("form-confirm-reception");
    public static readonly TextKey FormRegisterBinder = Key("form-register-binder");
    public static readonly TextKey FormRetrievalRequest = Key("form-retrieval-request");

    public static readonly TextKey LabelDocuments = Key("form-label-documents");
    public static readonly TextKey LabelDocumentCode = Key("form-label-document-code");
    public static readonly TextKey LabelReceived = Key("form-label-received");
    public static readonly TextKey LabelLegible = Key("form-label-legible");
    public static readonly TextKey LabelSigned = Key("form-label-signed");
    public static readonly TextKey LabelNote = Key("form-label-note");
    public static readonly TextKey LabelReturnReason = Key("form-label-return-reason");
    public static readonly TextKey LabelSupplied = Key("form-label-supplied");
    public static readonly TextKey LabelCorrectionNote = Key("form-label-correction-note");
    public static readonly TextKey LabelBox = Key("form-label-box");
    public static readonly TextKey LabelOutcome = Key("form-label-outcome");
    public static readonly TextKey LabelDeliveryMethod = Key("form-label-delivery-method");
    public static readonly TextKey LabelAttachment = Key("form-label-attachment");
    public static readonly TextKey LabelDeliveredDossier = Key("form-label-delivered-dossier");
    public static readonly TextKey LabelNotFoundReason = Key("form-label-not-found-reason");
    public static readonly TextKey LabelReceiptNumber = Key("form-label-receipt-number");
    public static readonly TextKey LabelAdvisor = Key("form-label-advisor");
    public static readonly TextKey LabelDeliveredOn = Key("form-label-delivered-on");
    public static readonly TextKey LabelBinderNumber = Key("form-label-binder-number");
    public static readonly TextKey LabelEntries = Key("form-label-entries");
    public static readonly TextKey LabelOrderNumber = Key("form-label-order-number");
    public static readonly TextKey LabelAdvisorMismatchReason = Key("form-label-advisor-mismatch-reason");
    public static readonly TextKey LabelCustomerName = Key("form-label-customer-name");
    public static readonly TextKey LabelCustomerDocument = Key("form-label-customer-document");
    public static readonly TextKey LabelCustomerIsCompany = Key("form-label-customer-is-company");
    public static readonly TextKey LabelSignedByRepresentative = Key("form-label-signed-by-representative");
    public static readonly TextKey LabelService = Key("form-label-service");
    public static readonly TextKey LabelTransaction = Key("form-label-transaction");
    public static readonly TextKey LabelSaleDate = Key("form-label-sale-date");
    public static readonly TextKey LabelSaleDateFrom = Key("form-label-sale-date-from");
    public static readonly TextKey LabelSaleDateTo = Key("form-label-sale-date-to");
    public static readonly TextKey LabelRequestingUnit = Key("form-label-requesting-unit");
    public static readonly TextKey LabelReason = Key("form-label-reason");
    public static readonly TextKey LabelDueDate = Key("form-label-due-date");
    public static readonly TextKey LabelForms = Key("form-label-forms");
    public static readonly TextKey LabelDueBackOn = Key("form-label-due-back-on");

    public static readonly TextKey ChoiceRecovered = Key("form-choice-recovered");
    public static readonly TextKey ChoiceNotFound = Key("form-choice-not-found");
    public static readonly TextKey ChoiceScan = Key("form-choice-scan");
    public static readonly TextKey ChoicePhotocopy = Key("form-choice-photocopy");
    public static readonly TextKey ChoiceOriginalLoan = Key("form-choice-original-loan");
    public static readonly TextKey FormsOriginal = Key("document-forms-original");
    public static readonly TextKey FormsCopy = Key("document-forms-copy");
    public static readonly TextKey FormsBoth = Key("document-forms-both");
    public static readonly TextKey FormsNone = Key("document-forms-none");

    public static readonly TextKey VerdictCorrect = Key("review-verdict-correct");
    public static readonly TextKey VerdictMissing = Key("review-verdict-missing");
    public static readonly TextKey VerdictIllegible = Key("review-verdict-illegible");
    public static readonly TextKey VerdictUnsigned = Key("review-verdict-unsigned");

    public static readonly TextKey WhenReceived = Key("form-required-when-received");
    public static readonly TextKey WhenReceivedAndSignable = Key("form-required-when-received-signable");
    public static readonly TextKey WhenRecovered = Key("form-required-when-recovered");
    public static readonly TextKey WhenScan = Key("form-required-when-scan");
    public static readonly TextKey WhenSeveralCandidates = Key("form-required-when-several-candidates");
    public static readonly TextKey WhenNotFound = Key("form-required-when-not-found");
    public static readonly TextKey WhenNotInSmartflex = Key("form-required-when-not-in-smartflex");
    public static readonly TextKey WhenAdvisorMismatch = Key("form-required-when-advisor-mismatch");
    public static readonly TextKey WhenLoan = Key("form-required-when-loan");

    public static readonly TextKey RuleReviewListedDecided = Key("rule-review-listed-decided");
    public static readonly TextKey RuleReviewDocumentOnce = Key("rule-review-document-once");
    public static readonly TextKey RuleReviewCoversRequirements = Key("rule-review-covers-requirements");
    public static readonly TextKey RuleReviewFormsDecided = Key("rule-review-forms-decided");
    public static readonly TextKey RuleCorrectionSaysWhat = Key("rule-correction-says-what");
    public static readonly TextKey RuleCorrectionItemsReturned = Key("rule-correction-items-returned");
    public static readonly TextKey RuleArchiveBoxHasRoom = Key("rule-archive-box-has-room");
    public static readonly TextKey RuleDeliveryMethodWhenRecovered = Key("rule-delivery-method-when-recovered");
    public static readonly TextKey RuleDeliveryScanNeedsFile = Key("rule-delivery-scan-needs-file");
    public static readonly TextKey RuleDeliveryReasonWhenNotFound = Key("rule-delivery-reason-when-not-found");
    public static readonly TextKey RuleDeliveryFileOfRequest = Key("rule-delivery-file-of-request");
    public static readonly TextKey RuleDeliveryDossierKnown = Key("rule-delivery-dossier-known");
    public static readonly TextKey RuleDeliveryLoanDueBack = Key("rule-delivery-loan-due-back");
    public static readonly TextKey RuleDeliveryOriginalAvailable = Key("rule-delivery-original-available");
    public static readonly TextKey RuleBinderDeliveredNotFuture = Key("rule-binder-delivered-not-future");
    public static readonly TextKey RuleBinderOrderOnce = Key("rule-binder-order-once");
    public static readonly TextKey RuleBinderAdvisorKnown = Key("rule-binder-advisor-known");
    public static readonly TextKey RuleBinderOrdersNew = Key("rule-binder-orders-new");
    public static readonly TextKey RuleBinderAdvisorMatches = Key("rule-binder-advisor-matches");
    public static readonly TextKey RuleRequestSaysWhat = Key("rule-request-says-what");
    public static readonly TextKey RuleRequestRangeInOrder = Key("rule-request-range-in-order");
    public static readonly TextKey RuleRequestDueNotPast = Key("rule-request-due-not-past");
    public static readonly TextKey RuleRequestDueStillOpen = Key("rule-request-due-still-open");

    public static readonly TextKey ReviewDecisionMissing = Key("review-decision-missing");
    public static readonly TextKey ReviewDecisionsMissing = Key("review-decisions-missing");
    public static readonly TextKey ReviewLegibleUndecided = Key("review-legible-undecided");
    public static readonly TextKey ReviewDocumentRepeated = Key("review-document-repeated");
    public static readonly TextKey ReviewDocumentUndecided = Key("review-document-undecided");
    public static readonly TextKey ReviewSignatureUndecided = Key("review-signature-undecided");
    public static readonly TextKey ReviewFormsUndecided = Key("review-forms-undecided");
    public static readonly TextKey CorrectionEmpty = Key("correction-empty");
    public static readonly TextKey CorrectionItemNotReturned = Key("correction-item-not-returned");
    public static readonly TextKey ArchiveBoxUnknown = Key("archive-box-unknown");
    public static readonly TextKey ArchiveBoxFull = Key("archive-box-full");
    public static readonly TextKey ArchiveBoxClosed = Key("archive-box-closed");
    public static readonly TextKey ArchiveNoRoom = Key("archive-no-room");
    public static readonly TextKey DeliveryMethodMissing = Key("delivery-method-missing");
    public static readonly TextKey DeliveryFileMissing = Key("delivery-file-missing");
    public static readonly TextKey DeliveryReasonMissing = Key("delivery-reason-missing");
    public static readonly TextKey DeliveryFileUnknown = Key("delivery-file-unknown");
    public static readonly TextKey DeliveryDossierUnknown = Key("delivery-dossier-unknown");
    public static readonly TextKey DeliveryDossierMissing = Key("delivery-dossier-missing");
    public static readonly TextKey DeliveryDueBackMissing = Key("delivery-due-back-missing");
    public static readonly TextKey DeliveryDueBackNotFuture = Key("delivery-due-back-not-future");
    public static readonly TextKey DeliveryOriginalOnLoan = Key("delivery-original-on-loan");
    public static readonly TextKey DeliveryOriginalAway = Key("delivery-original-away");
    public static readonly TextKey BinderAdvisorUnknown = Key("binder-advisor-unknown");
    public static readonly TextKey BinderDeliveredInFuture = Key("binder-delivered-in-future");
    public static readonly TextKey BinderOrderRepeated = Key("binder-order-repeated");
    public static readonly TextKey BinderOrderFiled = Key("binder-order-filed");
    public static readonly TextKey RequestSaysNothing = Key("request-says-nothing");
    public static readonly TextKey RequestDueInPast = Key("request-due-in-past");
    public static readonly TextKey RequestDueClosed = Key("request-due-closed");
    public static readonly TextKey DateRangeReversed = Key("date-range-reversed");
}
