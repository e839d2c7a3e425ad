using System.Text.RegularExpressions;
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

        var error = Assert.Throws<ExpressionException>(() => evaluator.EvaluateCondition("${/^(a+)+$/.test(text)}", variables));

        // Stopped by the expressions' own limit, not Jint's ten-second default (the limit, not the clock, is asserted:
        // a loaded machine would make a time bound fail for nothing).
        var timeout = Assert.IsType<RegexMatchTimeoutException>(error.InnerException);
        Assert.Equal(ExpressionEvaluator.TimeLimit, timeout.MatchTimeout);
    }
}
