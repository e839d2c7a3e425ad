using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WorkflowCore.Interface;
using WorkflowCore.Models;

namespace WorkflowArchive.Bench.Engine.Peer;

/// <summary>
/// WorkflowCore 3.22 with its default in-memory persistence, queues and locks, driven as ProcedureDriver drives ours:
/// start, then each user task completed (an event published) once its inbox entry shows, the retention delay made
/// due by moving the clock to its wake-up and asking for the workflow to run, as our TimerSweepLane is asked. Safe for
/// several drivers at once (the concurrent measure): each run has its own workflow, inbox and sale.
/// </summary>
public sealed class WorkflowCoreDriver : IAsyncDisposable
{
    private static readonly TimeSpan Nudge = TimeSpan.FromMilliseconds(20);
    private readonly ServiceProvider _services;
    private readonly IWorkflowHost _host;
    private readonly IQueueProvider _queue;
    private readonly IPersistenceProvider _store;
    private readonly PeerInbox _inbox = new();
    private readonly PeerClock _clock = new();
    private readonly PeerSmartflex _smartflex = new();
    private int _next;
    private int _extraNudges;

    /// <summary>How often the retention had to be asked for again (its wake-up not yet set, or the run not yet taken): reported, since each costs up to one nudge wait.</summary>
    public int ExtraNudges => _extraNudges;

    public WorkflowCoreDriver()
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddWorkflow();
        services.AddSingleton<IDateTimeProvider>(_clock);
        services.AddSingleton(_inbox);
        services.AddSingleton(_smartflex);
        foreach (var step in typeof(ProcedureStep).Assembly.GetTypes().Where(t => typeof(StepBody).IsAssignableFrom(t) && !t.IsAbstract && t.Namespace == typeof(ProcedureStep).Namespace))
            services.AddTransient(step);
        _services = services.BuildServiceProvider();
        _host = _services.GetRequiredService<IWorkflowHost>();
        _queue = _services.GetRequiredService<IQueueProvider>();
        _store = _services.GetRequiredService<IPersistenceProvider>();
        _host.RegisterWorkflow<GestionDocumentalWorkflow, DossierData>();
        _host.OnStepError += (workflow, step, error) => _inbox.Fail(workflow.Id, error);
        _host.Start();
    }

    public async Task FullRunAsync()
    {
        var order = BenchInputs.OrderNumber(Interlocked.Increment(ref _next));
        var sale = BenchInputs.Sale(order);
        _smartflex.Add(sale);
        var id = await _host.StartWorkflow("gestion-documental", 1, new DossierData
        {
            OrderNumber = order, CustomerName = sale.CustomerName, CustomerDocument = sale.CustomerDocument, ServiceCode = sale.ServiceCode,
            TransactionCode = sale.TransactionCode, AdvisorCode = sale.AdvisorCode, SaleDate = sale.SaleDate,
        });
        await CompleteAsync(id, "Task_ReviewChecklist", Review(unsignedContract: true));
        await CompleteAsync(id, "Task_CorrectDocumentation", "contrato: firma obtenida llamando al cliente");
        await CompleteAsync(id, "Task_ReviewChecklist", Review(unsignedContract: false));
        await CompleteAsync(id, "Task_Archive", "");
        await _inbox.ExpectAsync(id, "Timer_Retention");
        var receptionKey = await FireRetentionAsync(id);
        await _host.PublishEvent("Task_ConfirmReception", receptionKey, $"ADM-ARC-{order}");
        await _inbox.ExpectAsync(id, "Completed");
        _inbox.Forget(id);
    }

    private async Task CompleteAsync(string id, string task, object output)
    {
        var key = await _inbox.ExpectTaskAsync(id, task);
        await _host.PublishEvent(task, key, output);
    }

    /// <summary>
    /// Moves the clock to the retention's wake-up, read from the sleeping step itself (WorkflowCore sets it just after the
    /// step posted, so until it is set the driver waits a moment and looks again), then asks for the workflow to run.
    /// With several drivers at once another run's jump may already have passed it; then only the run is asked for.
    /// </summary>
    private async Task<string> FireRetentionAsync(string id)
    {
        for (var attempt = 0; attempt < 500; attempt++)
        {
            if (attempt > 0) Interlocked.Increment(ref _extraNudges);
            var wakeUp = await WakeUpAsync(id);
            if (wakeUp is { } due)
            {
                var ahead = due - _clock.UtcNow;
                if (ahead > TimeSpan.Zero) _clock.Advance(ahead + TimeSpan.FromSeconds(1));
                await _queue.QueueWork(id, QueueType.Workflow);
            }
            var next = await _inbox.NextWithinAsync(id, wakeUp is null ? TimeSpan.FromMilliseconds(1) : Nudge);
            if (next is null) continue;
            return PeerInbox.TaskKey(next, "Task_ConfirmReception")
                ?? throw new InvalidOperationException($"After the retention delay, {id} reached {next}.");
        }
        throw new InvalidOperationException($"The retention delay of {id} never fired.");
    }

    /// <summary>When the sleeping step wakes up, or null while it has not gone to sleep yet (the in-memory store hands out the live instance, which a worker may be changing).</summary>
    private async Task<DateTime?> WakeUpAsync(string id)
    {
        try
        {
            var instance = await _store.GetWorkflowInstance(id);
            return instance.ExecutionPointers.Where(p => p.SleepUntil.HasValue).Select(p => p.SleepUntil).Max();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static List<ReviewedDocument> Review(bool unsignedContract) =>
        BenchInputs.RequiredDocuments.Select(code => new ReviewedDocument(code, true, true, !(unsignedContract && code == "contrato"))).ToList();

    public async ValueTask DisposeAsync()
    {
        _host.Stop();
        await _services.DisposeAsync();
    }
}
