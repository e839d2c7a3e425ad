using System.Text.Json.Nodes;
using WorkflowArchive.Workflows.Expressions;

namespace WorkflowArchive.Tests.Engine;

/// <summary>
/// Plain expressions skip the sandbox (<see cref="PlainExpression"/>); whatever they answer, or however they fail, must be
/// what the sandbox says for the same expression and variables.
/// </summary>
public sealed class PlainExpressionTests
{
    private static readonly string[] Expressions =
    [
        // The shipped processes' conditions and durations.
        "${complete === true && smartflexOk === true}", "${onHold === true}", "${outcome === 'recovered'}", "${correctionDuration}",
        "${retentionPeriod}",
        // Their neighbours.
        "${!onHold}", "${!!outcome}", "${complete !== true || smartflexOk !== false}", "${vars.onHold === true}", "${vars['outcome'] === 'recovered'}",
        "${vars.missing === undefined}", "${count === 3}", "${count === 3.0}", "${ratio === 0.1}", "${zero === -0}", "${nothing === null}",
        "${nothing === undefined}", "${outcome && onHold}", "${outcome || onHold}", "${empty || outcome}", "${zero || empty}", "${unknown === true}",
        "${complete === true && unknown === true}", "${onHold === true && unknown === true}", "${vars.toString === undefined}", "${list === null}",
        "${NaN === NaN}", "${vars.constructor}", "${count}", "${outcome === \"recovered\"}", "onHold === true",
        // Not plain: the sandbox answers these alone.
        "${count > 2}", "${outcome == 'recovered'}", "${outcome.length === 9}",
    ];

    private static readonly JsonObject[] VariableSets =
    [
        new() { ["complete"] = true, ["smartflexOk"] = true, ["onHold"] = false, ["outcome"] = "recovered", ["correctionDuration"] = "P5D",
                ["retentionPeriod"] = "P2Y", ["count"] = 3, ["ratio"] = 0.1, ["zero"] = 0, ["nothing"] = null, ["empty"] = "", ["list"] = new JsonArray(1) },
        new() { ["complete"] = false, ["smartflexOk"] = true, ["onHold"] = true, ["outcome"] = "", ["count"] = 3.5m, ["zero"] = -0.0, ["empty"] = "x" },
        (JsonObject)JsonNode.Parse("""{"complete":true,"smartflexOk":false,"onHold":1,"outcome":"lost","count":3,"ratio":0.1,"nothing":null,"vars":{"onHold":true}}""")!,
        [],
    ];

    [Fact]
    public void Every_plain_answer_and_error_is_the_sandboxs()
    {
        var plainFirst = new ExpressionEvaluator();
        var sandboxOnly = new ExpressionEvaluator(plainFirst: false);
        foreach (var expression in Expressions)
        foreach (var variables in VariableSets)
        {
            Assert.Equal(Answer(() => sandboxOnly.EvaluateCondition(expression, variables)), Answer(() => plainFirst.EvaluateCondition(expression, variables)));
            Assert.Equal(Answer(() => sandboxOnly.EvaluateText(expression, variables)), Answer(() => plainFirst.EvaluateText(expression, variables)));
        }
    }

    [Theory]
    [InlineData("${complete === true && smartflexOk === true}")]
    [InlineData("${onHold === true}")]
    [InlineData("${outcome === 'recovered'}")]
    [InlineData("${retentionPeriod}")]
    public void The_shipped_expressions_never_need_the_sandbox(string expression)
    {
        var script = Program(expression);

        Assert.True(PlainExpression.Fits(script));
        Assert.True(PlainExpression.TryEvaluate(script, VariableSets[0], out _));
    }

    [Theory]
    [InlineData("${count > 2}")]
    [InlineData("${outcome.length === 9}")]
    [InlineData("${/^(a+)+$/.test(outcome)}")]
    public void Other_expressions_go_to_the_sandbox(string expression) => Assert.False(PlainExpression.Fits(Program(expression)));

    private static Acornima.Ast.Script Program(string expression)
    {
        var program = Jint.Engine.PrepareScript(ExpressionText.Unwrap(expression), strict: true).Program;
        Assert.NotNull(program);
        return program;
    }

    private static string Answer<T>(Func<T> evaluate)
    {
        try
        {
            return $"{evaluate()}";
        }
        catch (ExpressionException ex)
        {
            return "error: " + ex.Message;
        }
    }
}
