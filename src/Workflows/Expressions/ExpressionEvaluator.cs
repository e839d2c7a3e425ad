using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Acornima.Ast;
using Jint;
using Jint.Native;
using Jint.Native.Json;
using Jint.Runtime;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Workflows.Expressions;

/// <summary>
/// Runs gateway conditions and computed durations as JavaScript in a sandbox: no CLR access, and bounded
/// time, memory, statements and recursion, so a careless expression stalls one instance, never the host.
/// Variables are visible by name and as <c>vars["name"]</c>.
/// </summary>
public sealed class ExpressionEvaluator
{
    /// <summary>How long one expression may run, its regular expressions included.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromMilliseconds(250);

    private readonly ConcurrentDictionary<string, Compiled> _compiled = new(StringComparer.Ordinal);
    private readonly bool _plainFirst;

    public ExpressionEvaluator() : this(plainFirst: true) { }

    /// <param name="plainFirst">Whether plain expressions skip the sandbox (<see cref="PlainExpression"/>); off only to compare the two.</param>
    internal ExpressionEvaluator(bool plainFirst) => _plainFirst = plainFirst;

    /// <summary>Why the expression cannot run, or null when it compiles. The parser's detail (position, token) is kept as it says it.</summary>
    public static Text? CompileError(string expression)
    {
        try
        {
            Engine.PrepareScript(ExpressionText.Unwrap(expression), strict: true);
            return null;
        }
        catch (Exception ex)
        {
            return EngineTexts.ExpressionDoesNotCompile.With(expression, ex.Message);
        }
    }

    public bool EvaluateCondition(string expression, JsonObject variables)
    {
        var script = Compile(expression);
        if (TryPlain(script, variables) is { Kind: PlainKind.Boolean } plain) return plain.Flag;
        var value = Evaluate(expression, script.Script, variables);
        return value.IsBoolean()
            ? value.AsBoolean()
            : throw new ExpressionException(EngineTexts.ExpressionNotBoolean.With(expression, Describe(value)));
    }

    public string EvaluateText(string expression, JsonObject variables)
    {
        var script = Compile(expression);
        if (TryPlain(script, variables) is { Kind: PlainKind.String } plain) return plain.Text!;
        var value = Evaluate(expression, script.Script, variables);
        return value.IsString()
            ? value.AsString()
            : throw new ExpressionException(EngineTexts.ExpressionNotText.With(expression, Describe(value)));
    }

    private Compiled Compile(string expression) => _compiled.GetOrAdd(expression, text =>
    {
        var error = CompileError(text);
        if (error is not null) throw new ExpressionException(error);
        var script = Engine.PrepareScript(ExpressionText.Unwrap(text), strict: true);
        // A script that prepared without an error has its program; Jint's type only allows none for its default value.
        var program = script.Program ?? throw new InvalidOperationException($"Jint prepared no program for {text}.");
        return new Compiled(script, program, PlainExpression.Fits(program));
    });

    /// <summary>The plain answer, or null for the sandbox (an answer of the wrong kind too: the sandbox words that error).</summary>
    private PlainValue? TryPlain(Compiled script, JsonObject variables) =>
        _plainFirst && script.Plain && PlainExpression.TryEvaluate(script.Program, variables, out var value) ? value : null;

    private static JsValue Evaluate(string expression, Prepared<Script> script, JsonObject variables)
    {
        var engine = new Engine(options =>
        {
            options.Strict().TimeoutInterval(TimeLimit).LimitMemory(8_000_000).LimitRecursion(64).MaxStatements(10_000);
            // The time limit is checked between statements; one regular expression that backtracks runs inside a single
            // statement, so it gets the same limit of its own (Jint's default is ten seconds).
            options.Constraints.RegexTimeout = TimeLimit;
        });
        // The variables are turned into script values once: each name is bound to its value inside "vars".
        var all = new JsonParser(engine).Parse(variables.ToJsonString()).AsObject();
        engine.SetValue("vars", all);
        foreach (var (name, _) in variables)
            engine.SetValue(name, all.Get(name));
        try
        {
            return engine.Evaluate(script);
        }
        catch (JavaScriptException ex) when (ex.Error.IsObject() && ex.Error.AsObject().Get("name").ToString() == "ReferenceError")
        {
            throw new ExpressionException(EngineTexts.ExpressionUnknownVariable.With(expression, MissingName(ex.Message)), ex);
        }
        catch (Exception ex) when (ex is JavaScriptException or TimeoutException or MemoryLimitExceededException
                                       or RecursionDepthOverflowException or StatementsCountOverflowException or ExecutionCanceledException
                                       or System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            throw new ExpressionException(EngineTexts.ExpressionFailed.With(expression, ex.Message), ex);
        }
    }

    private sealed record Compiled(Prepared<Script> Script, Script Program, bool Plain);

    /// <summary>The value as JavaScript writes it (undefined, null, 5, "abc"): the same in every language.</summary>
    private static string Describe(JsValue value) => value.IsUndefined() ? "undefined" : value.IsString() ? $"\"{value}\"" : value.ToString();

    /// <summary>Jint says "name is not defined"; the name is what a person needs.</summary>
    private static string MissingName(string message) =>
        message.EndsWith(" is not defined", StringComparison.Ordinal) ? message[..^" is not defined".Length] : message;
}
