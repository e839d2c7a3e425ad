using System.Globalization;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Host.Api;

/// <summary>
/// Reads dates and enum names from the query string strictly (yyyy-MM-dd only, so 06/07/2027 is never guessed as
/// June or July) and says which parameter is wrong and how to write it.
/// </summary>
internal static class QueryValues
{
    public static DateOnly RequiredDate(string? text, string name) =>
        Date(text, name) ?? throw new WorkflowValidationException(DomainTexts.DateRequired.With(name));

    public static DateOnly? Date(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new WorkflowValidationException(DomainTexts.DateInvalid.With(name, text));
    }

    public static TEnum? Enum<TEnum>(string? text, string name) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        // Names only: Enum.TryParse would also take "3" for the fourth member.
        return !char.IsDigit(text.Trim()[0]) && System.Enum.TryParse<TEnum>(text.Trim(), ignoreCase: true, out var value)
            ? value
            : throw new WorkflowValidationException(HostTexts.QueryValueInvalid.With(name, text, string.Join(", ", System.Enum.GetNames<TEnum>())));
    }
}
