using System.Diagnostics;
using System.Text.Json.Nodes;
using WorkflowArchive.Workflows.Expressions;

namespace WorkflowArchive.Tests.Engine;

public sealed class ExpressionLimitTests
{
    [Fact]
    public void A_backtracking_regular_expression_stops_at_the_expressions_time_limit()
    {
        var evaluator = new ExpressionEvaluator();
        var variables = new JsonObject { ["text"] = new string('a', 40) + "!" };
        var clock = Stopwatch.StartNew();

        Assert.Throws<ExpressionException>(() => evaluator.EvaluateCondition("${/^(a+)+$/.test(text)}", variables));

        Assert.True(clock.Elapsed < ExpressionEvaluator.TimeLimit * 8, $"took {clock.Elapsed}");
    }
}
