using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Acornima.Ast;
using Jint;
using Jint.Native;
using Jint.Native.Json;
using Jint.Runtime;

namespace WorkflowArchive.Workflows.Expressions;

/// <summary>
/// Runs gateway conditions and computed durations as JavaScript in a sandbox: no CLR access, and bounded
/// time, memory, statements and recursion, so a careless expression stalls one instance, never the host.
/// Variables are visible by name and as <c>vars["name"]</c>.
/// </summary>
public sealed class ExpressionEvaluator
{
    private readonly ConcurrentDictionary<string, Prepared<Script>> _compiled = new(StringComparer.Ordinal);

    public static string? CompileError(string expression)
    {
        try
        {
            Engine.PrepareScript(ExpressionText.Unwrap(expression), strict: true);
            return null;
        }
        catch (Exception ex)
        {
            return $"The expression '{expression}' does not compile: {ex.Message}";
        }
    }

    public bool EvaluateCondition(string expression, JsonObject variables)
    {
        var value = Evaluate(expression, variables);
        return value.IsBoolean()
            ? value.AsBoolean()
            : throw new ExpressionException($"The condition '{expression}' gave {Describe(value)}, not true or false.");
    }

    public string EvaluateText(string expression, JsonObject variables)
    {
        var value = Evaluate(expression, variables);
        return value.IsString()
            ? value.AsString()
            : throw new ExpressionException($"The expression '{expression}' gave {Describe(value)}, not a text such as \"P2Y\".");
    }

    private JsValue Evaluate(string expression, JsonObject variables)
    {
        var script = _compiled.GetOrAdd(expression, text =>
        {
            var error = CompileError(text);
            return error is null ? Engine.PrepareScript(ExpressionText.Unwrap(text), strict: true) : throw new ExpressionException(error);
        });

        var engine = new Engine(options => options
            .Strict()
            .TimeoutInterval(TimeSpan.FromMilliseconds(250))
            .LimitMemory(8_000_000)
            .LimitRecursion(64)
            .MaxStatements(10_000));
        var json = new JsonParser(engine);
        engine.SetValue("vars", json.Parse(variables.ToJsonString()));
        foreach (var (name, value) in variables)
            engine.SetValue(name, json.Parse(value?.ToJsonString() ?? "null"));
        try
        {
            return engine.Evaluate(script);
        }
        catch (JavaScriptException ex) when (ex.Error.IsObject() && ex.Error.AsObject().Get("name").ToString() == "ReferenceError")
        {
            throw new ExpressionException($"The expression '{expression}' uses a variable the instance does not have: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is JavaScriptException or TimeoutException or MemoryLimitExceededException
                                       or RecursionDepthOverflowException or StatementsCountOverflowException or ExecutionCanceledException)
        {
            throw new ExpressionException($"The expression '{expression}' failed: {ex.Message}", ex);
        }
    }

    private static string Describe(JsValue value) => value.IsUndefined() ? "undefined" : $"{value.Type.ToString().ToLowerInvariant()} {value}";
}
