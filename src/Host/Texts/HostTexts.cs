using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Host.Texts;

/// <summary>
/// The host's messages: problem titles, sign-in and permissions, users, API input, Smartflex over HTTP, web pages.
/// Texts in HostTexts.resx (Spanish, the neutral language) and HostTexts.en.resx (English); each key's code is its resource name.
/// Keys are static readonly fields only, so ResourceCompletenessTests finds every one of them.
/// </summary>
public static class HostTexts
{
    private static TextKey Key(string code) => new(code, typeof(HostTexts));

    // Problem titles
    public static readonly TextKey TitleInvalid = Key("title-invalid");
    public static readonly TextKey TitleInvalidInput = Key("title-invalid-input");
    public static readonly TextKey TitleNotFound = Key("title-not-found");
    public static readonly TextKey TitleConflict = Key("title-conflict");
    public static readonly TextKey TitleForbidden = Key("title-forbidden");
    public static readonly TextKey TitleUnauthorized = Key("title-unauthorized");
    public static readonly TextKey TitleNotAllowedMethod = Key("title-method-not-allowed");
    public static readonly TextKey TitleUnreadable = Key("title-unreadable");
    public static readonly TextKey TitleUnexpected = Key("title-unexpected");
    public static readonly TextKey TitleSignInFailed = Key("title-sign-in-failed");

    // What the framework answers on its own, and bodies it cannot read
    public static readonly TextKey Unauthorized = Key("unauthorized");
    public static readonly TextKey Forbidden = Key("forbidden");
    public static readonly TextKey NoSuchAddress = Key("no-such-address");
    public static readonly TextKey MethodNotAllowed = Key("method-not-allowed");
    public static readonly TextKey BodyNotJson = Key("body-not-json");
    public static readonly TextKey BodyUnreadable = Key("body-unreadable");
    public static readonly TextKey ConflictingWrite = Key("conflicting-write");
    public static readonly TextKey Unexpected = Key("unexpected-error");
    public static readonly TextKey QueryValueInvalid = Key("query-value-invalid");
    public static readonly TextKey FormUnreadable = Key("form-unreadable");
    public static readonly TextKey TextTooLong = Key("text-too-long");
    public static readonly TextKey VariablesTooLarge = Key("variables-too-large");

    // Signing in and permissions
    public static readonly TextKey SignInRequired = Key("sign-in-required");
    public static readonly TextKey SignInFailed = Key("sign-in-failed");
    public static readonly TextKey SignInThrottled = Key("sign-in-throttled");
    public static readonly TextKey PolicyRolesRequired = Key("policy-roles-required");
    public static readonly TextKey TaskForOtherRole = Key("task-for-other-role");
    public static readonly TextKey DossierOfOtherAdvisor = Key("dossier-of-other-advisor");
    public static readonly TextKey ProcessNotFollowed = Key("process-not-followed");
    public static readonly TextKey TaskNotAmongYours = Key("task-not-among-yours");
    public static readonly TextKey TaskSortUnknown = Key("task-sort-unknown");
    public static readonly TextKey TaskAssignNotAllowed = Key("task-assign-not-allowed");
    public static readonly TextKey TaskAssigneeRequired = Key("task-assignee-required");
    public static readonly TextKey TaskAssigneeUnknown = Key("task-assignee-unknown");
    public static readonly TextKey TaskAssigneeLacksRole = Key("task-assignee-lacks-role");
    public static readonly TextKey TaskAssigneeNotDossierAdvisor = Key("task-assignee-not-dossier-advisor");
    public static readonly TextKey TaskAssigneeLockedOut = Key("task-assignee-locked-out");
    public static readonly TextKey CrossSiteRequestRefused = Key("cross-site-request-refused");

    // Users (administrators)
    public static readonly TextKey UserNameRequired = Key("user-name-required");
    public static readonly TextKey UserDisplayNameRequired = Key("user-display-name-required");
    public static readonly TextKey UserPasswordRequired = Key("user-password-required");
    public static readonly TextKey UserNewPasswordRequired = Key("user-new-password-required");
    public static readonly TextKey UserExists = Key("user-exists");
    public static readonly TextKey UserNotFound = Key("user-not-found");
    public static readonly TextKey UserSelfDemotion = Key("user-self-demotion");
    public static readonly TextKey UserSelfLock = Key("user-self-lock");
    public static readonly TextKey UserRolesRequired = Key("user-roles-required");
    public static readonly TextKey UserRolesUnknown = Key("user-roles-unknown");
    public static readonly TextKey UserAdvisorCodeNotAllowed = Key("user-advisor-code-not-allowed");
    public static readonly TextKey UserAdvisorCodeRequired = Key("user-advisor-code-required");
    public static readonly TextKey UserAdvisorUnknown = Key("user-advisor-unknown");
    public static readonly TextKey UserAdvisorCodeTaken = Key("user-advisor-code-taken");
    public static readonly TextKey PasswordChangeRequired = Key("password-change-required");
    public static readonly TextKey CurrentPasswordRequired = Key("current-password-required");
    public static readonly TextKey CurrentPasswordWrong = Key("current-password-wrong");
    public static readonly TextKey NewPasswordSameAsCurrent = Key("new-password-same-as-current");

    // Identity's own checks (passwords, user names), in our words
    public static readonly TextKey IdentityDefaultError = Key("identity-default-error");
    public static readonly TextKey IdentityConcurrencyFailure = Key("identity-concurrency-failure");
    public static readonly TextKey IdentityPasswordMismatch = Key("identity-password-mismatch");
    public static readonly TextKey IdentityInvalidToken = Key("identity-invalid-token");
    public static readonly TextKey IdentityRecoveryCodeFailed = Key("identity-recovery-code-failed");
    public static readonly TextKey IdentityLoginAlreadyAssociated = Key("identity-login-already-associated");
    public static readonly TextKey IdentityInvalidUserName = Key("identity-invalid-user-name");
    public static readonly TextKey IdentityInvalidEmail = Key("identity-invalid-email");
    public static readonly TextKey IdentityDuplicateUserName = Key("identity-duplicate-user-name");
    public static readonly TextKey IdentityDuplicateEmail = Key("identity-duplicate-email");
    public static readonly TextKey IdentityInvalidRoleName = Key("identity-invalid-role-name");
    public static readonly TextKey IdentityDuplicateRoleName = Key("identity-duplicate-role-name");
    public static readonly TextKey IdentityUserAlreadyHasPassword = Key("identity-user-already-has-password");
    public static readonly TextKey IdentityLockoutNotEnabled = Key("identity-lockout-not-enabled");
    public static readonly TextKey IdentityUserAlreadyInRole = Key("identity-user-already-in-role");
    public static readonly TextKey IdentityUserNotInRole = Key("identity-user-not-in-role");
    public static readonly TextKey IdentityPasswordTooShort = Key("identity-password-too-short");
    public static readonly TextKey IdentityPasswordRequiresUniqueChars = Key("identity-password-requires-unique-chars");
    public static readonly TextKey IdentityPasswordRequiresNonAlphanumeric = Key("identity-password-requires-non-alphanumeric");
    public static readonly TextKey IdentityPasswordRequiresDigit = Key("identity-password-requires-digit");
    public static readonly TextKey IdentityPasswordRequiresLower = Key("identity-password-requires-lower");
    public static readonly TextKey IdentityPasswordRequiresUpper = Key("identity-password-requires-upper");

    // API: reference data, definitions, files
    public static readonly TextKey AdvisorFieldsRequired = Key("advisor-fields-required");
    public static readonly TextKey AdvisorExists = Key("advisor-exists");
    public static readonly TextKey LocationCodeAndNameRequired = Key("location-code-and-name-required");
    public static readonly TextKey BoxCapacityRequired = Key("box-capacity-required");
    public static readonly TextKey LocationNotFound = Key("location-not-found");
    public static readonly TextKey LocationParentRequired = Key("location-parent-required");
    public static readonly TextKey LocationInsideBox = Key("location-inside-box");
    public static readonly TextKey LocationCodeTaken = Key("location-code-taken");
    public static readonly TextKey LocationNotBox = Key("location-not-box");
    public static readonly TextKey LocationNotShelf = Key("location-not-shelf");
    public static readonly TextKey AdvisorNotFound = Key("advisor-not-found");
    public static readonly TextKey BoxAlreadyClosed = Key("box-already-closed");
    public static readonly TextKey BoxAlreadyOpen = Key("box-already-open");
    public static readonly TextKey ReturnNotFound = Key("return-not-found");
    public static readonly TextKey LookupCodeRequired = Key("lookup-code-required");
    public static readonly TextKey ScanCodeRequired = Key("scan-code-required");
    public static readonly TextKey InventoryNotFound = Key("inventory-not-found");
    public static readonly TextKey InventoryFinished = Key("inventory-finished");
    public static readonly TextKey DossierAlreadyMissing = Key("dossier-already-missing");
    public static readonly TextKey DossierNotMissing = Key("dossier-not-missing");
    public static readonly TextKey InstanceDefinitionKeyRequired = Key("instance-definition-key-required");
    public static readonly TextKey DefinitionNotFound = Key("definition-not-found");
    public static readonly TextKey DefinitionDraftMissing = Key("definition-draft-missing");
    public static readonly TextKey DefinitionVersionMissing = Key("definition-version-missing");
    public static readonly TextKey BatchNotFound = Key("batch-not-found");
    public static readonly TextKey FileNotFound = Key("file-not-found");
    public static readonly TextKey BpmnUploadTooLarge = Key("bpmn-upload-too-large");
    public static readonly TextKey BpmnUploadTooLong = Key("bpmn-upload-too-long");
    public static readonly TextKey BpmnFormWithoutFile = Key("bpmn-form-without-file");
    public static readonly TextKey SmartflexBodyEmpty = Key("smartflex-body-empty");
    public static readonly TextKey SmartflexFormWithoutFile = Key("smartflex-form-without-file");
    public static readonly TextKey SmartflexFileTooLarge = Key("smartflex-file-too-large");

    // Smartflex over HTTP: incidents of step 5.1 and of registering a binder
    public static readonly TextKey SmartflexHttpStatus = Key("smartflex-http-status");
    public static readonly TextKey SmartflexHttpTimeout = Key("smartflex-http-timeout");
    public static readonly TextKey SmartflexHttpUnreachable = Key("smartflex-http-unreachable");
    public static readonly TextKey SmartflexHttpNotASale = Key("smartflex-http-not-a-sale");
    public static readonly TextKey SmartflexHttpEmpty = Key("smartflex-http-empty");
    public static readonly TextKey SmartflexHttpIncomplete = Key("smartflex-http-incomplete");
    public static readonly TextKey SmartflexHttpOtherOrder = Key("smartflex-http-other-order");

    // Web pages
    public static readonly TextKey DesignerProcessIdMismatch = Key("designer-process-id-mismatch");
    public static readonly TextKey UiRefreshAndRetry = Key("ui-refresh-and-retry");
    public static readonly TextKey UiUnexpectedError = Key("ui-unexpected-error");

    // Backups, restore and verification (command line and administration)
    public static readonly TextKey BackupWritten = Key("backup-written");
    public static readonly TextKey BackupFailed = Key("backup-failed");
    public static readonly TextKey BackupNoPgDump = Key("backup-no-pg-dump");
    public static readonly TextKey BackupToolFailed = Key("backup-tool-failed");
    public static readonly TextKey BackupManifestMissing = Key("backup-manifest-missing");
    public static readonly TextKey BackupNotFound = Key("backup-not-found");
    public static readonly TextKey BackupFileExists = Key("backup-file-exists");
    public static readonly TextKey RestoreTargetNotEmpty = Key("restore-target-not-empty");
    public static readonly TextKey RestoreChecksumMismatch = Key("restore-checksum-mismatch");
    public static readonly TextKey RestoreProviderMismatch = Key("restore-provider-mismatch");
    public static readonly TextKey RestoreSchemaNewer = Key("restore-schema-newer");
    public static readonly TextKey RestoreDone = Key("restore-done");
    public static readonly TextKey RestoreRowCounts = Key("restore-row-counts");
    public static readonly TextKey VerifyClean = Key("verify-clean");
    public static readonly TextKey VerifyProblems = Key("verify-problems");
    public static readonly TextKey VerifySchemaPending = Key("verify-schema-pending");
    public static readonly TextKey VerifySchemaUnknown = Key("verify-schema-unknown");
    public static readonly TextKey VerifyForeignKey = Key("verify-foreign-key");
    public static readonly TextKey VerifyTokenWithoutWait = Key("verify-token-without-wait");
    public static readonly TextKey VerifyTaskWithoutToken = Key("verify-task-without-token");
    public static readonly TextKey VerifyTimerWithoutToken = Key("verify-timer-without-token");
    public static readonly TextKey VerifyPostgresBackup = Key("verify-postgres-backup");
    public static readonly TextKey MaintenanceUsage = Key("maintenance-usage");
}
