using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Domain.Texts;

/// <summary>
/// The document lifecycle's messages: dossiers, binders, review, archive, holds, transfers, requests, Smartflex exports.
/// Texts in DomainTexts.resx (Spanish, the neutral language) and DomainTexts.en.resx (English); each key's code is its resource name.
/// Keys are static readonly fields only, so ResourceCompletenessTests finds every one of them.
/// </summary>
public static class DomainTexts
{
    private static TextKey Key(string code) => new(code, typeof(DomainTexts));

    // Dossiers and their registration (step 4)
    public static readonly TextKey DossierNotFound = Key("dossier-not-found");
    public static readonly TextKey DossierMissingForStep = Key("dossier-missing-for-step");
    public static readonly TextKey DossierExists = Key("dossier-exists");
    public static readonly TextKey DossierWithoutLocation = Key("dossier-without-location");
    public static readonly TextKey AdvisorNotRegistered = Key("advisor-not-registered");
    public static readonly TextKey OrderUnknownService = Key("order-unknown-service");
    public static readonly TextKey OrderUnknownTransaction = Key("order-unknown-transaction");
    public static readonly TextKey OrderCustomerRequired = Key("order-customer-required");
    public static readonly TextKey SaleDateRangeReversed = Key("sale-date-range-reversed");
    public static readonly TextKey VariableDateInvalid = Key("variable-date-invalid");

    // Dossier statuses, as a sentence names them
    public static readonly TextKey DossierStatusReceived = Key("dossier-status-received");
    public static readonly TextKey DossierStatusVerified = Key("dossier-status-verified");
    public static readonly TextKey DossierStatusReturned = Key("dossier-status-returned");
    public static readonly TextKey DossierStatusComplete = Key("dossier-status-complete");
    public static readonly TextKey DossierStatusClassified = Key("dossier-status-classified");
    public static readonly TextKey DossierStatusArchived = Key("dossier-status-archived");
    public static readonly TextKey DossierStatusInTransfer = Key("dossier-status-in-transfer");
    public static readonly TextKey DossierStatusTransferred = Key("dossier-status-transferred");

    // Binders (steps 2-4)
    public static readonly TextKey BatchBinderRequired = Key("batch-binder-required");
    public static readonly TextKey BatchEmpty = Key("batch-empty");
    public static readonly TextKey BatchRepeatedOrders = Key("batch-repeated-orders");
    public static readonly TextKey BatchOrderNotInSmartflex = Key("batch-order-not-in-smartflex");
    public static readonly TextKey AdvisorMismatch = Key("advisor-mismatch");
    public static readonly TextKey AdvisorMismatchOrder = Key("advisor-mismatch-order");
    public static readonly TextKey AdvisorMismatchPart = Key("advisor-mismatch-part");

    // Correcting a dossier's advisor after registration
    public static readonly TextKey AdvisorCorrectionReasonRequired = Key("advisor-correction-reason-required");
    public static readonly TextKey AdvisorCorrectionSame = Key("advisor-correction-same");
    public static readonly TextKey BatchFieldCustomerName = Key("batch-field-customer-name");
    public static readonly TextKey BatchFieldCustomerDocument = Key("batch-field-customer-document");
    public static readonly TextKey BatchFieldService = Key("batch-field-service");
    public static readonly TextKey BatchFieldTransaction = Key("batch-field-transaction");
    public static readonly TextKey BatchFieldSaleDate = Key("batch-field-sale-date");

    // Review and correction (steps 5-7)
    public static readonly TextKey RequirementsNoneInForce = Key("requirements-none-in-force");
    public static readonly TextKey RequirementsEmpty = Key("requirements-empty");
    public static readonly TextKey RequirementsInvalid = Key("requirements-invalid");
    public static readonly TextKey RequirementItemNameRequired = Key("requirement-item-name-required");
    public static readonly TextKey RequirementItemUnknownService = Key("requirement-item-unknown-service");
    public static readonly TextKey RequirementItemUnknownTransaction = Key("requirement-item-unknown-transaction");
    public static readonly TextKey RequirementItemKeepsNothing = Key("requirement-item-keeps-nothing");
    public static readonly TextKey DocumentOriginalMissing = Key("document-original-missing");
    public static readonly TextKey DocumentCopyMissing = Key("document-copy-missing");
    public static readonly TextKey ReviewDocumentsMissing = Key("review-documents-missing");
    public static readonly TextKey ReviewDocumentsMalformed = Key("review-documents-malformed");
    public static readonly TextKey CorrectionWithoutReturn = Key("correction-without-return");

    // Archive: boxes, retention, legal holds (steps 8-9)
    public static readonly TextKey BoxNotFound = Key("box-not-found");
    public static readonly TextKey ArchiveBoxNotFound = Key("archive-box-not-found");
    public static readonly TextKey BoxFull = Key("box-full");
    public static readonly TextKey BoxClosed = Key("box-closed");
    public static readonly TextKey NoBoxWithRoom = Key("no-box-with-room");
    public static readonly TextKey RetentionPeriodMisconfigured = Key("retention-period-misconfigured");
    public static readonly TextKey RetentionPeriodInvalid = Key("retention-period-invalid");
    public static readonly TextKey RetentionPeriodNotPositive = Key("retention-period-not-positive");
    public static readonly TextKey ServiceNotFound = Key("service-not-found");
    public static readonly TextKey RetentionChangeConflict = Key("retention-change-conflict");
    public static readonly TextKey HoldTargetAmbiguous = Key("hold-target-ambiguous");
    public static readonly TextKey HoldReasonRequired = Key("hold-reason-required");
    public static readonly TextKey HoldTargetNotFound = Key("hold-target-not-found");
    public static readonly TextKey HoldCustomerNotFound = Key("hold-customer-not-found");
    public static readonly TextKey HoldNotFound = Key("hold-not-found");
    public static readonly TextKey HoldAlreadyReleased = Key("hold-already-released");
    public static readonly TextKey HoldReleaseReasonRequired = Key("hold-release-reason-required");

    // Transfers to Condebamba (step 11)
    public static readonly TextKey DossierNotInBox = Key("dossier-not-in-box");
    public static readonly TextKey DossierNotArchived = Key("dossier-not-archived");
    public static readonly TextKey ReceiptNumberRequired = Key("receipt-number-required");
    public static readonly TextKey ReceptionReceiptMissing = Key("reception-receipt-missing");
    public static readonly TextKey ManifestNotFound = Key("manifest-not-found");
    public static readonly TextKey ManifestMissing = Key("manifest-missing");
    public static readonly TextKey ManifestAlreadyReceived = Key("manifest-already-received");
    public static readonly TextKey ManifestAlreadySent = Key("manifest-already-sent");
    public static readonly TextKey ManifestNotSent = Key("manifest-not-sent");
    public static readonly TextKey ManifestCarrierRequired = Key("manifest-carrier-required");
    public static readonly TextKey ReceptionReceiverRequired = Key("reception-receiver-required");
    public static readonly TextKey ManifestStatusPrepared = Key("manifest-status-prepared");
    public static readonly TextKey ManifestStatusSent = Key("manifest-status-sent");
    public static readonly TextKey ManifestStatusReceived = Key("manifest-status-received");
    public static readonly TextKey ManifestStatusBoxMissing = Key("manifest-status-box-missing");

    // Retrieval requests (step 10)
    public static readonly TextKey RequestNotFound = Key("request-not-found");
    public static readonly TextKey RequestMissingForStep = Key("request-missing-for-step");
    public static readonly TextKey RequestAlreadyAnswered = Key("request-already-answered");
    public static readonly TextKey RequestStatusRegistered = Key("request-status-registered");
    public static readonly TextKey RequestStatusRecovered = Key("request-status-recovered");
    public static readonly TextKey RequestStatusNotFound = Key("request-status-not-found");
    public static readonly TextKey RequestCriteriaMissing = Key("request-criteria-missing");
    public static readonly TextKey RequestDueDatePast = Key("request-due-date-past");
    public static readonly TextKey AttachmentTypeNotAllowed = Key("attachment-type-not-allowed");
    public static readonly TextKey AttachmentContentMismatch = Key("attachment-content-mismatch");
    public static readonly TextKey AttachmentEmpty = Key("attachment-empty");
    public static readonly TextKey AttachmentTooLarge = Key("attachment-too-large");
    public static readonly TextKey DeliveryMethodInvalid = Key("delivery-method-invalid");
    public static readonly TextKey DeliveredDossierNotFound = Key("delivered-dossier-not-found");
    public static readonly TextKey DeliveredDossierAmbiguous = Key("delivered-dossier-ambiguous");
    public static readonly TextKey DeliveryScanMissing = Key("delivery-scan-missing");
    public static readonly TextKey DeliveryLoanWithoutDueDate = Key("delivery-loan-without-due-date");
    public static readonly TextKey LoanNotFound = Key("loan-not-found");
    public static readonly TextKey LoanAlreadyReturned = Key("loan-already-returned");
    public static readonly TextKey LoanHoldsTransfer = Key("loan-holds-transfer");
    public static readonly TextKey TransferOriginalOnLoan = Key("transfer-original-on-loan");

    // Periods and dates typed in a query
    public static readonly TextKey DateRequired = Key("date-required");
    public static readonly TextKey DateInvalid = Key("date-invalid");
    public static readonly TextKey PeriodReversed = Key("period-reversed");
    public static readonly TextKey PeriodTooLong = Key("period-too-long");

    // Audit trails
    public static readonly TextKey AuditTypeUnknown = Key("audit-type-unknown");
    public static readonly TextKey AuditNothingRecorded = Key("audit-nothing-recorded");
    public static readonly TextKey AuditChainIntact = Key("audit-chain-intact");
    public static readonly TextKey AuditEntryAltered = Key("audit-entry-altered");
    public static readonly TextKey AuditEntryMissing = Key("audit-entry-missing");
    public static readonly TextKey AuditLinkBroken = Key("audit-link-broken");

    // Smartflex exports (CSV import)
    public static readonly TextKey SmartflexFileEmpty = Key("smartflex-file-empty");
    public static readonly TextKey SmartflexNoSeparator = Key("smartflex-no-separator");
    public static readonly TextKey SmartflexNoHeader = Key("smartflex-no-header");
    public static readonly TextKey SmartflexHeaderWrong = Key("smartflex-header-wrong");
    public static readonly TextKey SmartflexHeaderMissingColumns = Key("smartflex-header-missing-columns");
    public static readonly TextKey SmartflexHeaderUnknownColumns = Key("smartflex-header-unknown-columns");
    public static readonly TextKey SmartflexHeaderRepeatedColumns = Key("smartflex-header-repeated-columns");
    public static readonly TextKey SmartflexRowUnclosedQuote = Key("smartflex-row-unclosed-quote");
    public static readonly TextKey SmartflexRowFieldCount = Key("smartflex-row-field-count");
    public static readonly TextKey SmartflexRowMissing = Key("smartflex-row-missing");
    public static readonly TextKey SmartflexRowTooLong = Key("smartflex-row-too-long");
    public static readonly TextKey SmartflexRowCompanyFlag = Key("smartflex-row-company-flag");
    public static readonly TextKey SmartflexRowBadDate = Key("smartflex-row-bad-date");
    public static readonly TextKey SmartflexRowUnknownService = Key("smartflex-row-unknown-service");
    public static readonly TextKey SmartflexRowUnknownTransaction = Key("smartflex-row-unknown-transaction");
    public static readonly TextKey SmartflexRowDuplicate = Key("smartflex-row-duplicate");
}
