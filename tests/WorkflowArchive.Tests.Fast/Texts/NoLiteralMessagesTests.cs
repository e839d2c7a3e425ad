using System.Text.RegularExpressions;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Tests.Texts;

/// <summary>
/// Nobody writes a message into a throw again: our exceptions take a Text from the resources, so a person reads
/// Spanish and a program gets a code. The compiler already refuses a string; this catches a constructor added back.
/// </summary>
public sealed partial class NoLiteralMessagesTests
{
    /// <summary>Every exception type of ours: WorkflowException and what derives from it, in the product's assemblies.</summary>
    private static readonly IReadOnlyList<string> OurExceptions = TextCatalogs.Assemblies
        .SelectMany(a => a.GetTypes())
        .Where(t => typeof(WorkflowException).IsAssignableFrom(t))
        .Select(t => t.Name)
        .ToList();

    [Fact]
    public void The_product_has_exception_types_of_its_own()
    {
        Assert.Contains("WorkflowValidationException", OurExceptions);
        Assert.Contains("ActivityFailedException", OurExceptions);
        Assert.Contains("AccessDeniedException", OurExceptions);
    }

    [Fact]
    public void No_exception_of_ours_is_thrown_with_a_literal_message()
    {
        var offenders = SourceFiles()
            .SelectMany(file => LiteralThrows(File.ReadAllText(file)).Select(line => $"{Path.GetRelativePath(ShippedFiles.RepositoryRoot, file)}:{line}"))
            .ToList();

        Assert.Empty(offenders);
    }

    [Theory]
    [InlineData("throw new WorkflowConflictException(\"Box is full\");")]
    [InlineData("throw new ActivityFailedException($\"Box {code} is full\");")]
    [InlineData("?? throw new WorkflowNotFoundException(\n    @\"There is no task\");")]
    public void The_check_recognises_a_literal_message(string code)
    {
        Assert.Single(LiteralThrows(code));
    }

    [Theory]
    [InlineData("throw new WorkflowConflictException(DomainTexts.BoxFull.With(code));")]
    [InlineData("throw new InvalidOperationException(\"Smartflex:Retries must be between 0 and 10.\");")]
    public void The_check_lets_texts_and_framework_exceptions_pass(string code)
    {
        Assert.Empty(LiteralThrows(code));
    }

    /// <summary>The line of each <c>throw new X(</c> of ours whose first argument is a string literal, plain, verbatim or interpolated.</summary>
    private static IEnumerable<int> LiteralThrows(string source) =>
        ThrowWithLiteral().Matches(source)
            .Where(m => OurExceptions.Contains(m.Groups["type"].Value))
            .Select(m => source[..m.Index].Count(c => c == '\n') + 1);

    private static IEnumerable<string> SourceFiles()
    {
        var src = Path.Combine(ShippedFiles.RepositoryRoot, "src");
        return Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(src, "*.razor", SearchOption.AllDirectories))
            .Where(f => !Regex.IsMatch(Path.GetRelativePath(src, f), @"(^|[\\/])(bin|obj|Migrations)[\\/]"));
    }

    [GeneratedRegex(@"\bnew\s+(?:[\w.]+\.)?(?<type>\w+Exception)\s*\(\s*(?:\$@|@\$|\$|@)?""")]
    private static partial Regex ThrowWithLiteral();
}
