using WorkflowArchive.Workflows.Bpmn;
using WorkflowArchive.Workflows.Expressions;
using WorkflowArchive.Workflows.Persistence;
using WorkflowArchive.Workflows.ServiceTasks;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Workflows.Runtime;

/// <summary>
/// The interpreter: moves the instance's tokens until each one waits (for a person, for time, at a join,
/// or in an incident) or the process ends. It only changes the unit of work; the caller commits it.
/// </summary>
internal sealed class InstanceRunner(ActivityCatalog activities, ExpressionEvaluator expressions, TimerScheduler timers)
{
    /// <summary>
    /// An element entered more often than this along the same flow in one move is on a loop with no wait state in it.
    /// Counting per element and incoming flow, not all steps, lets a wide parallel fan-out (thousands of branches, each
    /// arriving at the join by its own flow) run in one move.
    /// </summary>
    private const int MaxVisitsPerMove = 1_000;

    public async Task RunAsync(MoveContext move, CancellationToken cancellationToken)
    {
        var visits = new Dictionary<(string Element, string? Via), int>();
        while (move.Instance.Tokens.FirstOrDefault(t => t.Status == TokenStatus.Arrived) is { } token)
        {
            var key = (token.ElementId, token.ArrivedVia);
            if ((visits[key] = visits.GetValueOrDefault(key) + 1) > MaxVisitsPerMove)
            {
                RaiseIncident(move, token, EngineTexts.InstanceLoops.With(MaxVisitsPerMove, token.ElementId));
                break;
            }
            await StepAsync(move, token, cancellationToken);
        }
        if (move.Instance.Tokens.Count == 0 && move.Instance.Status != InstanceStatus.Completed) Complete(move);
    }

    /// <summary>Moves a token out of its element along the given flows (all outgoing flows when none given).</summary>
    public void Leave(MoveContext move, Token token, FlowNode node, IReadOnlyList<SequenceFlow>? flows = null, string? summary = null)
    {
        flows ??= node.Outgoing;
        move.Journal(node, JournalAction.Left, summary);
        move.Instance.Tokens.Remove(token);
        foreach (var flow in flows)
            move.Instance.Tokens.Add(new Token { Id = flows.Count == 1 ? token.Id : RandomIds.Next(), ElementId = flow.TargetId, Status = TokenStatus.Arrived, ArrivedVia = flow.Id });
    }

    private async Task StepAsync(MoveContext move, Token token, CancellationToken cancellationToken)
    {
        var node = move.Model.Node(token.ElementId);
        move.Journal(node, JournalAction.Entered);
        switch (node.Kind)
        {
            case NodeKind.StartEvent or NodeKind.TimerBoundaryEvent:
                Leave(move, token, node);
                break;
            case NodeKind.EndEvent:
                move.Journal(node, JournalAction.Left);
                move.Instance.Tokens.Remove(token);
                break;
            case NodeKind.TerminateEndEvent:
                move.Journal(node, JournalAction.Left, "Fin inmediato: se detienen las demás ramas.");
                await CancelEverythingAsync(move, cancellationToken);
                move.Instance.Tokens.Clear();
                break;
            case NodeKind.UserTask:
                CreateUserTask(move, token, node);
                break;
            case NodeKind.ServiceTask:
                await RunActivityAsync(move, token, node, cancellationToken);
                break;
            case NodeKind.ExclusiveGateway:
                ChooseFlow(move, token, node);
                break;
            case NodeKind.ParallelGateway:
                ForkOrJoin(move, token, node);
                break;
            case NodeKind.TimerCatchEvent:
                Schedule(move, token, node, () => timers.Create(move, node, token.Id, userTaskId: null));
                break;
        }
    }

    private void CreateUserTask(MoveContext move, Token token, FlowNode node)
    {
        Schedule(move, token, node, () =>
        {
            var task = new UserTask
            {
                InstanceId = move.Instance.Id,
                DefinitionKey = move.Instance.DefinitionKey,
                BusinessKey = move.Instance.BusinessKey,
                ElementId = node.Id,
                Name = node.Name ?? node.Id,
                CandidateRole = node.CandidateRole,
                FormKey = node.FormKey,
                Status = UserTaskStatus.Open,
                TokenId = token.Id,
                CreatedAt = move.Now,
                DueAt = node.DueDate is null ? null : timers.DueAt(node.DueDate, null, move),
            };
            move.Db.Set<UserTask>().Add(task);
            foreach (var boundary in node.BoundaryEvents)
                timers.Create(move, boundary, token.Id, task.Id);
            move.Journal(node, JournalAction.TaskCreated, $"Para el rol {task.CandidateRole}" + (task.DueAt is { } due ? $", vence {due:yyyy-MM-dd HH:mm} UTC" : ""));
            move.Outbox.Enqueue(OutboxMessageTypes.TaskCreated, TaskNotifications.From(task), $"task-created:{task.Id}");
        });
    }

    /// <summary>Sets a token waiting once its wait state is set up; an expression error there becomes an incident.</summary>
    private void Schedule(MoveContext move, Token token, FlowNode node, Action setUp)
    {
        try
        {
            setUp();
            token.Status = TokenStatus.Waiting;
        }
        catch (ExpressionException ex)
        {
            RaiseIncident(move, token, ex.Text);
        }
        catch (WorkflowValidationException ex)
        {
            RaiseIncident(move, token, ex.Text);
        }
    }

    private async Task RunActivityAsync(MoveContext move, Token token, FlowNode node, CancellationToken cancellationToken)
    {
        if (move.WithOthers)
        {
            // Nothing to undo here: an activity that fails fails the whole batch, which its caller rolls back and moves
            // instance by instance, where the failure becomes this instance's incident.
            ActivityDone(move, token, node, await ExecuteAsync(move, node, cancellationToken));
            return;
        }
        if (ActivityFailures.For(move.Db) is { } failures)
        {
            await RunOrRaiseKnownAsync(move, token, node, failures, cancellationToken);
            return;
        }
        var snapshot = TrackerSnapshot.Take(move.Db);
        var variablesBefore = VariablesSnapshot.Rent();
        variablesBefore.Take(move.Instance.Variables);
        var statements = ActivityStatements.Begin(move.Db);
        ActivityResult result;
        try
        {
            result = await ExecuteAsync(move, node, cancellationToken);
        }
        // A lost race on a shared row is not the activity's fault: the whole move runs again (see MoveExecution).
        catch (Exception ex) when (ex is not OperationCanceledException && !StoreConflicts.IsRetryable(ex))
        {
            await statements.UndoAsync(cancellationToken);
            snapshot.Restore();
            variablesBefore.RestoreInto(move.Instance.Variables);
            RaiseIncident(move, token, IncidentFor(ex));
            return;
        }
        finally
        {
            statements.End();
            VariablesSnapshot.Return(variablesBefore);
        }
        ActivityDone(move, token, node, result);
    }

    /// <summary>
    /// In a move that runs again when an activity fails (<see cref="ActivityFailures"/>): an activity that failed in an
    /// earlier attempt raises its incident without running; one that fails now ends the attempt, and nothing of it is kept.
    /// </summary>
    private async Task RunOrRaiseKnownAsync(MoveContext move, Token token, FlowNode node, ActivityFailures failures, CancellationToken cancellationToken)
    {
        if (failures.Known(move.Instance, node.Id) is { } incident)
        {
            RaiseIncident(move, token, incident);
            return;
        }
        ActivityResult result;
        try
        {
            result = await ExecuteAsync(move, node, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && !StoreConflicts.IsRetryable(ex))
        {
            throw failures.Failed(move.Instance, node.Id, IncidentFor(ex), ex);
        }
        ActivityDone(move, token, node, result);
    }

    /// <summary>An error nobody raised on purpose has only technical words; they go in brackets after what to do.</summary>
    private static Text IncidentFor(Exception ex) => ex is WorkflowException known ? known.Text : EngineTexts.ActivityUnexpectedError.With(ex.Message);

    private Task<ActivityResult> ExecuteAsync(MoveContext move, FlowNode node, CancellationToken cancellationToken) =>
        activities.Get(node.ActivityType!).ExecuteAsync(new ActivityContext(move.Db, move.Instance, node.Id, move.Actor, move.Now, move.Outbox), cancellationToken);

    private void ActivityDone(MoveContext move, Token token, FlowNode node, ActivityResult result)
    {
        WorkflowJson.Merge(move.Instance.Variables, result.Output);
        var outputs = WorkflowJson.Summarize(result.Output);
        Leave(move, token, node, summary: outputs.Length == 0 ? result.Summary : $"{result.Summary} {outputs}");
    }

    private void ChooseFlow(MoveContext move, Token token, FlowNode node)
    {
        try
        {
            foreach (var flow in node.Outgoing.Where(f => f.Id != node.DefaultFlowId))
            {
                if (flow.Condition is null || expressions.EvaluateCondition(flow.Condition, move.Instance.Variables))
                {
                    Leave(move, token, node, [flow], $"Condición cumplida: {flow.Name ?? flow.Id}");
                    return;
                }
            }
            var fallback = node.Outgoing.FirstOrDefault(f => f.Id == node.DefaultFlowId);
            if (fallback is null)
                RaiseIncident(move, token, EngineTexts.GatewayNoMatchingFlow.With(node.Label));
            else
                Leave(move, token, node, [fallback], $"Flujo por defecto: {fallback.Name ?? fallback.Id}");
        }
        catch (ExpressionException ex)
        {
            RaiseIncident(move, token, ex.Text);
        }
    }

    private void ForkOrJoin(MoveContext move, Token token, FlowNode node)
    {
        if (node.Incoming.Count <= 1)
        {
            Leave(move, token, node);
            return;
        }
        token.Status = TokenStatus.Joining;
        // The first token waiting on each incoming flow, found in one pass: looking each flow up among the waiting tokens
        // made every arrival cost flows x tokens, and a wide fan-out's join cubic.
        var firstPerFlow = new Dictionary<string, Token>();
        foreach (var waiting in move.Instance.Tokens)
            if (waiting.Status == TokenStatus.Joining && waiting.ElementId == node.Id && waiting.ArrivedVia is { } via)
                firstPerFlow.TryAdd(via, waiting);
        if (node.Incoming.Any(flow => !firstPerFlow.ContainsKey(flow.Id))) return;

        var onePerFlow = node.Incoming.Select(flow => firstPerFlow[flow.Id]).ToList();
        foreach (var arrived in onePerFlow) move.Instance.Tokens.Remove(arrived);
        var merged = new Token { ElementId = node.Id, Status = TokenStatus.Arrived };
        move.Instance.Tokens.Add(merged);
        Leave(move, merged, node, summary: $"Se unieron {onePerFlow.Count} ramas.");
    }

    /// <summary>Stops the token with what went wrong and what to do, in Spanish: the gestor reads it on the dossier's process panel.</summary>
    public void RaiseIncident(MoveContext move, Token token, Text text)
    {
        var message = text.ToString();
        token.Status = TokenStatus.Incident;
        var instance = move.Instance;
        instance.Status = InstanceStatus.Incident;
        instance.IncidentElementId = token.ElementId;
        instance.IncidentMessage = message;
        instance.IncidentAt = move.Now;
        var node = move.Model.Nodes.GetValueOrDefault(token.ElementId);
        move.Journal(token.ElementId, node?.Name, JournalAction.Incident, message);
        move.Outbox.Enqueue(OutboxMessageTypes.InstanceIncident,
            new IncidentNotification(instance.Id, instance.BusinessKey, instance.DefinitionKey, token.ElementId, message),
            $"incident:{instance.Id}:{instance.Revision}:{token.Id}");
    }

    private static async Task CancelEverythingAsync(MoveContext move, CancellationToken cancellationToken)
    {
        var instanceId = move.Instance.Id;
        var tasks = await move.Db.StoredAndPendingAsync(EngineQueries.For(move.Db).TasksOfInstance(move.Db, instanceId), t => t.InstanceId == instanceId, cancellationToken);
        foreach (var task in tasks.Where(t => t.IsOpen))
        {
            task.Status = UserTaskStatus.Cancelled;
            move.Journal(task.ElementId, task.Name, JournalAction.TaskCancelled, "Cancelada al terminar el proceso.");
        }
        await TimerScheduler.CancelPendingOfInstanceAsync(move, instanceId, cancellationToken);
    }

    private static void Complete(MoveContext move)
    {
        move.Instance.Status = InstanceStatus.Completed;
        move.Instance.EndedAt = move.Now;
        move.Instance.IncidentElementId = null;
        move.Instance.IncidentMessage = null;
        move.Journal(move.Model.Id, move.Model.Name, JournalAction.Completed);
        move.Outbox.Enqueue(OutboxMessageTypes.InstanceCompleted,
            new { move.Instance.Id, move.Instance.BusinessKey, move.Instance.DefinitionKey }, $"instance-completed:{move.Instance.Id}");
    }
}
