using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Host.Texts;

/// <summary>The host's messages: problem titles, status explanations, API and security messages (HostTexts.resx, .en.resx).</summary>
public static class HostTexts
{
    private static TextKey Key(string code) => new(code, typeof(HostTexts));

    public static readonly TextKey TitleInvalid = Key("title-invalid");
    public static readonly TextKey TitleInvalidInput = Key("title-invalid-input");
    public static readonly TextKey TitleNotFound = Key("title-not-found");
    public static readonly TextKey TitleConflict = Key("title-conflict");
    public static readonly TextKey TitleForbidden = Key("title-forbidden");
    public static readonly TextKey TitleUnauthorized = Key("title-unauthorized");
    public static readonly TextKey TitleNotAllowedMethod = Key("title-method-not-allowed");
    public static readonly TextKey TitleUnreadable = Key("title-unreadable");
    public static readonly TextKey TitleUnexpected = Key("title-unexpected");

    public static readonly TextKey Unauthorized = Key("unauthorized");
    public static readonly TextKey Forbidden = Key("forbidden");
    public static readonly TextKey NoSuchAddress = Key("no-such-address");
    public static readonly TextKey MethodNotAllowed = Key("method-not-allowed");
    public static readonly TextKey BodyNotJson = Key("body-not-json");
    public static readonly TextKey BodyUnreadable = Key("body-unreadable");
    public static readonly TextKey ConflictingWrite = Key("conflicting-write");
    public static readonly TextKey Unexpected = Key("unexpected-error");
}
