using Acornima;
using Acornima.Ast;

namespace WorkflowArchive.Workflows.Expressions;

/// <summary>A variable compared with a text literal in an expression, as in <c>outcome === 'recovered'</c>.</summary>
public sealed record TextComparison(string Variable, string Value);

/// <summary>
/// What an expression reads from the instance: the variables it names (bare, or as <c>vars.name</c> /
/// <c>vars["name"]</c>), and the text literals it compares them with. The validator checks both against what the
/// process declares. An expression that does not parse reads nothing here (its compile error is reported on its own).
/// </summary>
public sealed class ExpressionReads
{
    // What JavaScript itself provides; "vars" is the engine's view of every variable.
    private static readonly HashSet<string> Globals = new(StringComparer.Ordinal)
    {
        "vars", "undefined", "NaN", "Infinity", "Math", "JSON", "String", "Number", "Boolean", "Array", "Object", "Date",
        "parseInt", "parseFloat", "isNaN", "isFinite", "RegExp",
    };

    private readonly HashSet<string> _locals = new(StringComparer.Ordinal);
    private readonly List<string> _variables = [];
    private readonly List<TextComparison> _comparisons = [];

    private ExpressionReads() { }

    public IReadOnlyList<string> Variables => _variables.Where(v => !_locals.Contains(v) && !Globals.Contains(v)).Distinct().ToList();

    public IReadOnlyList<TextComparison> Comparisons => _comparisons.Where(c => !_locals.Contains(c.Variable)).ToList();

    public static ExpressionReads Of(string expression)
    {
        var reads = new ExpressionReads();
        try
        {
            reads.Walk(new Parser().ParseScript(ExpressionText.Unwrap(expression), strict: true), null);
        }
        catch (ParseErrorException)
        {
            return new ExpressionReads();
        }
        return reads;
    }

    private void Walk(Node node, Node? parent)
    {
        switch (node)
        {
            case Identifier identifier when IsReference(identifier, parent):
                _variables.Add(identifier.Name);
                break;
            case MemberExpression member when VarsEntry(member) is { } name:
                _variables.Add(name);
                return;
            case BinaryExpression { Operator: Operator.StrictEquality or Operator.Equality or Operator.StrictInequality or Operator.Inequality } comparison:
                Compare(comparison.Left, comparison.Right);
                Compare(comparison.Right, comparison.Left);
                break;
            case ArrowFunctionExpression or FunctionExpression:
                foreach (var parameter in ((IFunction)node).Params.SelectMany(p => p.DescendantNodesAndSelf()).OfType<Identifier>())
                    _locals.Add(parameter.Name);
                break;
        }
        foreach (var child in node.ChildNodes) Walk(child, node);
    }

    private void Compare(Node side, Node other)
    {
        if (other is not StringLiteral literal) return;
        var variable = side switch
        {
            Identifier identifier => identifier.Name,
            MemberExpression member => VarsEntry(member),
            _ => null,
        };
        if (variable is not null) _comparisons.Add(new TextComparison(variable, literal.Value));
    }

    /// <summary>A property name after a dot, or an object literal's key, names no variable.</summary>
    private static bool IsReference(Identifier identifier, Node? parent) => parent switch
    {
        MemberExpression { Computed: false } member => !ReferenceEquals(member.Property, identifier),
        ObjectProperty { Computed: false } property => !ReferenceEquals(property.Key, identifier) || property.Shorthand,
        _ => true,
    };

    private static string? VarsEntry(MemberExpression member) => member.Object is Identifier { Name: "vars" }
        ? member.Property switch
        {
            Identifier property when !member.Computed => property.Name,
            StringLiteral literal when member.Computed => literal.Value,
            _ => null,
        }
        : null;
}
