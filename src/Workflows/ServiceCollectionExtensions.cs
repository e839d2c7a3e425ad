using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;
using WorkflowArchive.Workflows.Bpmn;
using WorkflowArchive.Workflows.Contracts;
using WorkflowArchive.Workflows.Definitions;
using WorkflowArchive.Workflows.Diagnostics;
using WorkflowArchive.Workflows.Expressions;
using WorkflowArchive.Workflows.Persistence;
using WorkflowArchive.Workflows.Runtime;
using WorkflowArchive.Workflows.ServiceTasks;
using WorkflowArchive.Workflows.Timing;

namespace WorkflowArchive.Workflows;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// The engine's services. The host must register a scoped <c>DbContext</c> that applies <c>ApplyWorkflowEngineModel</c>
    /// and adds the <see cref="OutboxCommitAnnouncer"/> interceptor (so committed outbox rows are delivered at once), the
    /// <see cref="StatementCounter"/> (so the move metrics count statements) and, last, <see cref="Persistence.AppendBufferFlush"/>
    /// (so journal and outbox rows are written with one INSERT per table instead of through the change tracker).
    /// </summary>
    public static IServiceCollection AddWorkflowEngine(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IMoveCommittedListener, NoMoveCommittedListener>();
        services.AddSingleton<OutboxCommitAnnouncer>();
        services.AddSingleton<IContextLeaseReset, EngineContextState>();
        services.TryAddSingleton<StatementCounter>();
        services.TryAddSingleton(sp => new EngineMetrics(sp.GetService<System.Diagnostics.Metrics.IMeterFactory>()));
        services.TryAddSingleton(WorkerIdentity.ForThisProcess());
        services.TryAddSingleton(OutboxLease.Default);
        services.TryAddSingleton(OutboxRetention.Default);
        services.TryAddSingleton(TimerSweepOptions.Default);
        services.TryAddSingleton(GroupCommitOptions.Default);
        services.AddSingleton<SqliteWriteTurns>();
        services.AddSingleton<GroupCommitWriter>();
        services.TryAddSingleton<IWorkingCalendar, WeekdayCalendar>();
        services.AddScoped<RowClaims>();
        services.AddSingleton<ExpressionEvaluator>();
        services.AddSingleton<DefinitionModels>();
        services.AddScoped<ActorContext>();
        services.AddSingleton<ActivityTypes>();
        services.AddScoped(sp => new ActivityCatalog(sp.GetRequiredService<ActivityTypes>(), sp));
        services.AddScoped<TaskContracts>();
        services.AddScoped<ContractRules>();
        services.AddScoped<BpmnValidator>();
        services.AddScoped<DefinitionService>();
        services.AddScoped<DefinitionImporter>();
        services.AddScoped<WorkflowEngine>();
        services.AddScoped<TimerSweepLane>();
        services.AddScoped<TimerReschedule>();
        services.AddSingleton<TimerSweep>();
        services.AddScoped<OverdueTaskSweep>();
        services.AddScoped<OutboxDispatcher>();
        services.AddScoped<DeliveredOutboxCleanup>();
        return services;
    }
}
