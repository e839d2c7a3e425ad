using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Host.Api;

/// <summary>
/// Bounds every text and every set of variables an API body carries, before any use case reads them: an oversized
/// value answers 422 naming its field (<c>text-too-long</c>, <c>variables-too-large</c>) instead of reaching the store.
/// </summary>
public static class InputLimits
{
    // Words that mark free text a person writes; every other text is a number, a code or a name.
    private static readonly string[] LongTextNames = ["Reason", "Comment", "Notes", "Note", "Description", "Observations", "Message"];
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public static RouteGroupBuilder WithInputLimits(this RouteGroupBuilder group) => group.AddEndpointFilterFactory((factory, next) =>
    {
        var limits = factory.ApplicationServices.GetRequiredService<InputLimitOptions>();
        var services = factory.ApplicationServices.GetRequiredService<IServiceProviderIsService>();
        // The bodies: the handler's parameters of our own types that are not services it asks for.
        var checkedArguments = factory.MethodInfo.GetParameters().Select((p, i) => (p, i))
            .Where(x => IsContract(x.p.ParameterType) && !services.IsService(x.p.ParameterType)).Select(x => x.i).ToArray();
        if (checkedArguments.Length == 0) return next;
        return async context =>
        {
            var errors = new List<FieldError>();
            foreach (var index in checkedArguments) Check(context.Arguments[index], "", limits, errors, depth: 0);
            if (errors.Count > 0) throw new InvalidInputException(errors);
            return await next(context);
        };
    });

    private static bool IsContract(Type type) => type.IsClass && type != typeof(string) && type.Namespace?.StartsWith("WorkflowArchive", StringComparison.Ordinal) == true;

    private static void Check(object? value, string path, InputLimitOptions limits, List<FieldError> errors, int depth)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                var max = LongTextNames.Any(n => path.EndsWith(n, StringComparison.OrdinalIgnoreCase)) ? limits.MaxLongTextLength : limits.MaxTextLength;
                if (text.Length > max) errors.Add(new FieldError(path, HostTexts.TextTooLong.With(text.Length, max)));
                return;
            case JsonNode json:
                var bytes = Encoding.UTF8.GetByteCount(json.ToJsonString());
                if (bytes > limits.MaxVariablesBytes) errors.Add(new FieldError(path, HostTexts.VariablesTooLarge.With(bytes, limits.MaxVariablesBytes)));
                return;
            case IEnumerable items when depth < 3:
                var i = 0;
                foreach (var item in items) Check(item, $"{path}[{i++}]", limits, errors, depth + 1);
                return;
            default:
                if (depth >= 3 || !IsContract(value.GetType())) return;
                foreach (var property in Properties.GetOrAdd(value.GetType(), t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToArray()))
                {
                    var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
                    Check(property.GetValue(value), path.Length == 0 ? name : $"{path}.{name}", limits, errors, depth + 1);
                }
                return;
        }
    }
}
