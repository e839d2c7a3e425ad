namespace WorkflowArchive.Workflows.Texts;

/// <summary>The engine's messages about form contracts: field checks and what the validator says of forms and expressions (ContractTexts.resx, .en.resx).</summary>
public static class ContractTexts
{
    private static TextKey Key(string code) => new(code, typeof(ContractTexts));

    public static readonly TextKey FieldUnknown = Key("field-unknown");
    public static readonly TextKey FieldNotText = Key("field-not-text");
    public static readonly TextKey FieldTooLong = Key("field-too-long");
    public static readonly TextKey FieldNotBoolean = Key("field-not-boolean");
    public static readonly TextKey FieldNotDate = Key("field-not-date");
    public static readonly TextKey FieldNotAllowed = Key("field-not-allowed");
    public static readonly TextKey FieldNotList = Key("field-not-list");
    public static readonly TextKey FieldNotItem = Key("field-not-item");

    public static readonly TextKey FormNotFound = Key("form-not-found");
    public static readonly TextKey FormUnknown = Key("bpmn-form-unknown");
    public static readonly TextKey VariableUndeclared = Key("bpmn-variable-undeclared");
    public static readonly TextKey ValueNotAllowed = Key("bpmn-value-not-allowed");
}
