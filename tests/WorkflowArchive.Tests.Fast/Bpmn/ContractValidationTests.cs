using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Bpmn;
using WorkflowArchive.Workflows.Contracts;
using WorkflowArchive.Workflows.Expressions;
using WorkflowArchive.Workflows.ServiceTasks;
using WorkflowArchive.Workflows;
using static WorkflowArchive.Tests.Support.TestBpmn;

namespace WorkflowArchive.Tests.Bpmn;

/// <summary>The validator with the real contracts: form keys must exist, expressions read declared variables and allowed values.</summary>
public sealed class ContractValidationTests
{
    private static IReadOnlyList<BpmnDiagnostic> Validate(string xml)
    {
        using var scope = new ServiceCollection().AddDocumentLifecycleServicesForTests().BuildServiceProvider().CreateScope();
        var services = scope.ServiceProvider;
        var activities = new ActivityCatalog(services.GetServices<IWorkflowActivity>());
        var rules = new ContractRules(activities, new TaskContracts(services.GetServices<ITaskContract>()), services.GetServices<StartVariables>());
        return new BpmnValidator(activities, rules).Validate(BpmnParser.Parse(xml));
    }

    /// <summary>A request-like process: the delivery form, then a gateway whose condition is the one under test.</summary>
    private static string Delivery(string condition, string key = "solicitud-de-prueba") => Process(key, $"""
        <startEvent id="start" />
        {Flow("f1", "start", "deliver")}
        {UserTask("deliver", "wa:formKey=\"deliver-documentation\"")}
        {Flow("f2", "deliver", "gw")}
        <exclusiveGateway id="gw" default="fNo" />
        {Flow("fYes", "gw", "end", condition)}
        {Flow("fNo", "gw", "end")}
        <endEvent id="end" />
        """);

    [Theory]
    [InlineData("gestion-documental.bpmn")]
    [InlineData("solicitud-documentacion.bpmn")]
    public void The_shipped_workflows_validate_without_errors_or_warnings(string file)
    {
        var diagnostics = Validate(ShippedFiles.Read(file));

        Assert.True(diagnostics.Count == 0, string.Join("; ", diagnostics));
    }

    [Fact]
    public void A_user_task_whose_form_is_unknown_is_an_error_on_that_task()
    {
        var diagnostics = Validate(Process("p", $"""
            <startEvent id="start" />
            {Flow("f1", "start", "review")}
            {UserTask("review", "wa:formKey=\"checklist-reveiw\"")}
            {Flow("f2", "review", "end")}
            <endEvent id="end" />
            """));

        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticSeverity.Error, "review", "bpmn-form-unknown"), (error.Severity, error.ElementId, error.Code));
        Assert.Contains("checklist-review", error.Message);
    }

    [Fact]
    public void A_condition_reading_a_variable_nothing_declares_is_a_warning_on_its_flow()
    {
        var warning = Assert.Single(Validate(Delivery("${outcom === 'recovered'}")));

        Assert.Equal((DiagnosticSeverity.Warning, "fYes", "bpmn-variable-undeclared"), (warning.Severity, warning.ElementId, warning.Code));
        Assert.Contains("outcom", warning.Message);
    }

    [Fact]
    public void A_condition_comparing_with_a_value_the_form_never_sends_is_a_warning()
    {
        var warning = Assert.Single(Validate(Delivery("${outcome === 'recoverd'}")));

        Assert.Equal((DiagnosticSeverity.Warning, "fYes", "bpmn-value-not-allowed"), (warning.Severity, warning.ElementId, warning.Code));
        Assert.Contains("'recovered'", warning.Message);
        Assert.Empty(Validate(Delivery("${vars['outcome'] !== 'not-found' && deliveryMethod == 'scan'}")));
    }

    [Fact]
    public void Start_variables_count_only_for_the_process_their_starter_starts()
    {
        Assert.Empty(Validate(Delivery("${requestedBy === 'carla'}", key: "solicitud-documentacion")));

        var warning = Assert.Single(Validate(Delivery("${requestedBy === 'carla'}", key: "otra-solicitud")));
        Assert.Equal("bpmn-variable-undeclared", warning.Code);
    }

    [Fact]
    public void Due_dates_and_timers_read_declared_variables_too()
    {
        var diagnostics = Validate(Process("p", $"""
            <startEvent id="start" />
            {Flow("f1", "start", "deliver")}
            {UserTask("deliver", "wa:formKey=\"deliver-documentation\" wa:dueDate=\"${plazoRespuesta}\"")}
            {Flow("f2", "deliver", "wait")}
            {"<intermediateCatchEvent id=\"wait\"><timerEventDefinition id=\"t\"><timeDuration>${'P' + dias + 'D'}</timeDuration></timerEventDefinition></intermediateCatchEvent>"}
            {Flow("f3", "wait", "end")}
            <endEvent id="end" />
            """));

        Assert.Equal([("deliver", "bpmn-variable-undeclared"), ("wait", "bpmn-variable-undeclared")],
            diagnostics.Select(d => (d.ElementId, d.Code)).Order());
    }
}

public sealed class ExpressionReadsTests
{
    [Fact]
    public void Variables_are_the_free_names_and_the_entries_of_vars()
    {
        var reads = ExpressionReads.Of("${vars.a === 1 && vars['b'] && c.length > 0 && missing.some(m => m === d) && Math.max(e, 1) > 0 && ({ k: f }).k}");

        Assert.Equal(["a", "b", "c", "d", "e", "f", "missing"], reads.Variables.Order());
    }

    [Fact]
    public void Text_comparisons_are_found_on_either_side()
    {
        var reads = ExpressionReads.Of("'scan' == deliveryMethod || outcome !== 'not-found' || vars.outcome === 'x' || count === 3");

        Assert.Equal([("deliveryMethod", "scan"), ("outcome", "not-found"), ("outcome", "x")],
            reads.Comparisons.Select(c => (c.Variable, c.Value)).Order());
    }

    [Fact]
    public void An_expression_that_does_not_parse_reads_nothing()
    {
        var reads = ExpressionReads.Of("${complete ===}");

        Assert.Empty(reads.Variables);
        Assert.Empty(reads.Comparisons);
    }
}
