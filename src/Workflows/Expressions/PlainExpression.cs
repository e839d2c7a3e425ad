using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Acornima;
using Acornima.Ast;

namespace WorkflowArchive.Workflows.Expressions;

/// <summary>
/// The expressions processes are drawn with (a variable compared with a literal, joined with <c>&amp;&amp;</c> and
/// <c>||</c>, negated with <c>!</c>, or a variable alone) evaluated straight from the parsed script, as JavaScript
/// would: a sandboxed engine per evaluation cost about 65 µs and 32 KB, most of what a gateway costs a move. Whatever it
/// is not sure of (another operator, an unknown name, a value that is an object) it leaves to the sandbox, which then
/// answers, or fails, exactly as before.
/// </summary>
internal static class PlainExpression
{
    private static readonly HashSet<string> InheritedNames = new(StringComparer.Ordinal)
    {
        "constructor", "__proto__", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString", "toString",
        "valueOf", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__",
    };

    /// <summary>Whether the script is one expression made only of what <see cref="TryEvaluate"/> knows.</summary>
    public static bool Fits(Script script) =>
        script.Body.Count == 1 && script.Body[0] is ExpressionStatement { Expression: var expression } and not Directive && Fits(expression);

    /// <summary>The script's value for these variables, or false when the sandbox must answer.</summary>
    public static bool TryEvaluate(Script script, JsonObject variables, out PlainValue value)
    {
        value = default;
        return !variables.ContainsKey("vars") && !variables.ContainsKey("undefined")
               && TryEvaluate(((ExpressionStatement)script.Body[0]).Expression, variables, out value);
    }

    private static bool Fits(Node node) => node switch
    {
        Identifier or StringLiteral or NumericLiteral or BooleanLiteral => true,
        Literal literal => literal.Kind == TokenKind.NullLiteral,
        MemberExpression member => VariableName(member) is not null,
        UnaryExpression { Operator: Operator.LogicalNot } unary => Fits(unary.Argument),
        LogicalExpression { Operator: Operator.LogicalAnd or Operator.LogicalOr } logical => Fits(logical.Left) && Fits(logical.Right),
        NonLogicalBinaryExpression { Operator: Operator.StrictEquality or Operator.StrictInequality } binary => Fits(binary.Left) && Fits(binary.Right),
        _ => false,
    };

    private static bool TryEvaluate(Node node, JsonObject variables, out PlainValue value)
    {
        value = default;
        switch (node)
        {
            case Identifier { Name: "undefined" }:
                value = PlainValue.Undefined;
                return true;
            case Identifier { Name: "NaN" or "Infinity" }:
                return false;
            case Identifier identifier:
                // A name that is not a variable is JavaScript's (NaN, Math) or a mistake the sandbox words for people.
                return variables.TryGetPropertyValue(identifier.Name, out var bare) && TryRead(bare, out value);
            case MemberExpression member:
                var name = VariableName(member)!;
                if (variables.TryGetPropertyValue(name, out var named)) return TryRead(named, out value);
                // A name that is not there reads as undefined, unless every object has it (vars.toString).
                value = PlainValue.Undefined;
                return !InheritedNames.Contains(name);
            case StringLiteral text:
                value = PlainValue.Of(text.Value);
                return true;
            case NumericLiteral number:
                value = PlainValue.Of(number.Value);
                return true;
            case BooleanLiteral flag:
                value = PlainValue.Of(flag.Value);
                return true;
            case Literal:
                value = PlainValue.Null;
                return true;
            case UnaryExpression unary:
                if (!TryEvaluate(unary.Argument, variables, out var operand)) return false;
                value = PlainValue.Of(!operand.IsTruthy);
                return true;
            case LogicalExpression logical:
                // As JavaScript: the operand that decided, and the right one only read when the left did not decide.
                if (!TryEvaluate(logical.Left, variables, out var left)) return false;
                if (left.IsTruthy == (logical.Operator == Operator.LogicalOr))
                {
                    value = left;
                    return true;
                }
                return TryEvaluate(logical.Right, variables, out value);
            case BinaryExpression binary:
                if (!TryEvaluate(binary.Left, variables, out var a) || !TryEvaluate(binary.Right, variables, out var b)) return false;
                value = PlainValue.Of(a.StrictlyEquals(b) == (binary.Operator == Operator.StrictEquality));
                return true;
            default:
                return false;
        }
    }

    /// <summary><c>vars.name</c> or <c>vars["name"]</c>: the variable's name; null for any other member.</summary>
    private static string? VariableName(MemberExpression member) => member switch
    {
        { Object: Identifier { Name: "vars" }, Optional: false, Computed: false, Property: Identifier name } => name.Name,
        { Object: Identifier { Name: "vars" }, Optional: false, Computed: true, Property: StringLiteral name } => name.Value,
        _ => null,
    };

    /// <summary>A variable's value as the sandbox would see it after reading the variables as JSON; false for objects and arrays.</summary>
    private static bool TryRead(JsonNode? node, out PlainValue value)
    {
        value = default;
        if (node is null)
        {
            value = PlainValue.Null;
            return true;
        }
        if (node is not JsonValue)
            return false;
        switch (node.GetValueKind())
        {
            case JsonValueKind.String:
                value = PlainValue.Of(node.GetValue<string>());
                return true;
            case JsonValueKind.True or JsonValueKind.False:
                value = PlainValue.Of(node.GetValueKind() == JsonValueKind.True);
                return true;
            case JsonValueKind.Number:
                // The sandbox parses the variables' JSON text; the same text gives the same double.
                value = PlainValue.Of(double.Parse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture));
                return true;
            case JsonValueKind.Null:
                value = PlainValue.Null;
                return true;
            default:
                return false;
        }
    }
}

/// <summary>A JavaScript primitive value, as far as <see cref="PlainExpression"/> needs one.</summary>
internal readonly record struct PlainValue(PlainKind Kind, double Number = 0, string? Text = null, bool Flag = false)
{
    public static readonly PlainValue Undefined = new(PlainKind.Undefined);
    public static readonly PlainValue Null = new(PlainKind.Null);

    public static PlainValue Of(bool flag) => new(PlainKind.Boolean, Flag: flag);
    public static PlainValue Of(double number) => new(PlainKind.Number, Number: number);
    public static PlainValue Of(string text) => new(PlainKind.String, Text: text);

    /// <summary>JavaScript's ToBoolean.</summary>
    public bool IsTruthy => Kind switch
    {
        PlainKind.Boolean => Flag,
        PlainKind.Number => Number != 0 && !double.IsNaN(Number),
        PlainKind.String => Text!.Length > 0,
        _ => false,
    };

    /// <summary>JavaScript's <c>===</c> (NaN is not itself; 0 and -0 are the same).</summary>
    public bool StrictlyEquals(PlainValue other) => Kind == other.Kind && Kind switch
    {
        PlainKind.Boolean => Flag == other.Flag,
        PlainKind.Number => Number == other.Number,
        PlainKind.String => string.Equals(Text, other.Text, StringComparison.Ordinal),
        _ => true,
    };
}

internal enum PlainKind { Undefined, Null, Boolean, Number, String }
