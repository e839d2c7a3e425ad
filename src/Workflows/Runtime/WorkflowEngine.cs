using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Workflows.Bpmn;
using WorkflowArchive.Workflows.Contracts;
using WorkflowArchive.Workflows.Definitions;
using WorkflowArchive.Workflows.Diagnostics;
using WorkflowArchive.Workflows.Expressions;
using WorkflowArchive.Workflows.Persistence;
using WorkflowArchive.Workflows.ServiceTasks;
using WorkflowArchive.Workflows.Texts;
using WorkflowArchive.Workflows.Timing;

namespace WorkflowArchive.Workflows.Runtime;

/// <summary>
/// What callers may do to instances. Each public method is one move: it loads the instance, lets the
/// interpreter advance it, and commits instance state, tasks, timers, journal and outbox in ONE transaction, guarded by
/// the instance's revision. <see cref="MoveExecution"/> runs it: measured, and run again when it lost a race on a row
/// other moves share (never on its own instance or task: that is a 409).
/// </summary>
public sealed partial class WorkflowEngine
{
    private readonly DbContext _db;
    private readonly TimeProvider _time;
    private readonly DefinitionModels _models;
    private readonly InstanceRunner _runner;
    private readonly WorkerIdentity _worker;
    private readonly TaskContracts _contracts;
    private readonly MoveExecution _moves;
    private readonly IBatchReadAhead[] _readAheads;

    public WorkflowEngine(DbContext db, TimeProvider time, DefinitionModels models, ActivityCatalog activities,
        ExpressionEvaluator expressions, WorkerIdentity worker, TaskContracts contracts, IWorkingCalendar calendar,
        EngineMetrics metrics, StatementCounter statements, GroupCommitWriter groupCommit, IEnumerable<IBatchReadAhead> readAheads)
    {
        _readAheads = readAheads.ToArray();
        _moves = new MoveExecution(db, metrics, statements, groupCommit);
        _contracts = contracts;
        _worker = worker;
        _db = db;
        _time = time;
        _models = models;
        _runner = new InstanceRunner(activities, expressions, new TimerScheduler(expressions, time.LocalTimeZone, calendar));
    }

    public Task<WorkflowInstance> StartAsync(string definitionKey, string businessKey, JsonObject? variables, string? actor,
        CancellationToken cancellationToken = default) =>
        _moves.RunAsync(MoveKinds.Start, () => StartMoveAsync(definitionKey, businessKey, variables, actor, cancellationToken), cancellationToken);

    private async Task<WorkflowInstance> StartMoveAsync(string definitionKey, string businessKey, JsonObject? variables, string? actor,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(businessKey))
            throw new WorkflowValidationException(EngineTexts.BusinessKeyRequired.With());
        // The key as it is stored: asked with its spaces, a running instance would not be found and a second one would start.
        businessKey = businessKey.Trim();
        await using var connection = await HeldConnection.OpenAsync(_db, cancellationToken);
        // Only the latest version's identity: its XML is read (and parsed) once per process, not on every start.
        var definition = await EngineQueries.For(_db).StartFacts(_db, definitionKey, businessKey, cancellationToken)
            ?? throw new WorkflowNotFoundException(EngineTexts.DefinitionNotPublished.With(definitionKey));
        if (definition.Running)
            throw new WorkflowConflictException(EngineTexts.InstanceAlreadyRunning.With(definitionKey, businessKey));

        var model = await ModelAsync(definition.Id, cancellationToken);
        var now = _time.GetUtcNow();
        var instance = new WorkflowInstance
        {
            DefinitionId = definition.Id,
            DefinitionKey = definition.Key,
            DefinitionVersion = definition.Version,
            BusinessKey = businessKey,
            Status = InstanceStatus.Active,
            StartedAt = now,
            StartedBy = actor,
        };
        if (variables is not null) WorkflowJson.Merge(instance.Variables, variables);
        var start = model.StartEvents.First();
        instance.Tokens.Add(new Token { ElementId = start.Id, Status = TokenStatus.Arrived });
        _db.Set<WorkflowInstance>().Add(instance);

        var move = new MoveContext(_db, model, instance, now, actor);
        move.Journal(model.Id, model.Name, JournalAction.Started, $"v{definition.Version} {WorkflowJson.Summarize(instance.Variables)}");
        await _runner.RunAsync(move, cancellationToken);
        await CommitAsync(move, cancellationToken);
        return instance;
    }

    public Task<UserTask> ClaimTaskAsync(Guid taskId, string user, CancellationToken cancellationToken = default) =>
        _moves.RunAsync(MoveKinds.ClaimTask, () => ClaimTaskMoveAsync(taskId, user, cancellationToken), cancellationToken);

    private async Task<UserTask> ClaimTaskMoveAsync(Guid taskId, string user, CancellationToken cancellationToken)
    {
        await using var connection = await HeldConnection.OpenAsync(_db, cancellationToken);
        var task = await OpenTaskAsync(taskId, cancellationToken);
        if (task.Assignee is not null && task.Assignee != user)
            throw new WorkflowConflictException(EngineTexts.TaskClaimedByOther.With(task.Assignee));
        HandOver(task, user);
        await SaveTaskChangeAsync(task, JournalAction.TaskClaimed, user, $"Tomada por {user}", cancellationToken);
        return task;
    }

    /// <summary>
    /// Gives the task to <paramref name="assignee"/> on <paramref name="actor"/>'s word (a coordinator delegating, or
    /// taking it from someone who is away), with an optional comment for them: task, journal, comment and notification in
    /// one transaction. Whether the actor may, and the assignee can, is the caller's rule; the engine only records it.
    /// </summary>
    public async Task<UserTask> AssignTaskAsync(Guid taskId, string assignee, string actor, string? comment, CancellationToken cancellationToken = default)
    {
        var text = comment is null ? null : CommentText(comment);
        await using var connection = await HeldConnection.OpenAsync(_db, cancellationToken);
        var task = await OpenTaskAsync(taskId, cancellationToken);
        var summary = task.Assignee is { } previous && previous != assignee
            ? $"Asignada a {assignee} por {actor} (la tenía {previous})"
            : $"Asignada a {assignee} por {actor}";
        HandOver(task, assignee);
        if (text is not null) AddComment(task, actor, text);
        await SaveTaskChangeAsync(task, JournalAction.TaskClaimed, actor, summary, cancellationToken);
        return task;
    }

    /// <summary>Leaves a comment on a task, open or done, for whoever works on it (or reads it) next.</summary>
    public async Task<TaskComment> CommentTaskAsync(Guid taskId, string author, string comment, CancellationToken cancellationToken = default)
    {
        var text = CommentText(comment);
        var task = await _db.Set<UserTask>().FindAsync([taskId], cancellationToken)
            ?? throw new WorkflowNotFoundException(EngineTexts.TaskNotFound.With());
        var added = AddComment(task, author, text);
        await SaveAsync(cancellationToken);
        return added;
    }

    private TaskComment AddComment(UserTask task, string author, string text)
    {
        var added = new TaskComment { TaskId = task.Id, InstanceId = task.InstanceId, Author = author, Text = text, At = _time.GetUtcNow() };
        _db.Set<TaskComment>().Add(added);
        return added;
    }

    private static string CommentText(string comment)
    {
        var text = comment.Trim();
        if (text.Length == 0) throw new WorkflowValidationException(EngineTexts.TaskCommentEmpty.With());
        if (text.Length > TaskComment.MaxLength) throw new WorkflowValidationException(EngineTexts.TaskCommentTooLong.With(text.Length, TaskComment.MaxLength));
        return text;
    }

    /// <param name="forAnyone">The caller may release a task someone else claimed (an administrator, when that person is away).</param>
    public Task<UserTask> ReleaseTaskAsync(Guid taskId, string user, CancellationToken cancellationToken = default, bool forAnyone = false) =>
        _moves.RunAsync(MoveKinds.ReleaseTask, () => ReleaseTaskMoveAsync(taskId, user, forAnyone, cancellationToken), cancellationToken);

    private async Task<UserTask> ReleaseTaskMoveAsync(Guid taskId, string user, bool forAnyone, CancellationToken cancellationToken)
    {
        await using var connection = await HeldConnection.OpenAsync(_db, cancellationToken);
        var task = await OpenTaskAsync(taskId, cancellationToken);
        if (task.Assignee is null) throw new WorkflowConflictException(EngineTexts.TaskNotClaimed.With());
        if (task.Assignee != user && !forAnyone) throw new WorkflowConflictException(EngineTexts.TaskReleaseNotAssignee.With(task.Assignee));
        var summary = task.Assignee == user ? $"Liberada por {user}" : $"Liberada por {user} (la había tomado {task.Assignee})";
        HandOver(task, null);
        await SaveTaskChangeAsync(task, JournalAction.TaskReleased, user, summary, cancellationToken);
        return task;
    }

    /// <summary>
    /// Re-addresses an open task: to <paramref name="assignee"/> (claimed for them), or back to its role, unclaimed, when
    /// null. For work that changes hands outside the process (a dossier given to another advisor); one SaveChanges, so a
    /// caller's transaction carries it together with the change that caused it.
    /// </summary>
    public async Task<UserTask> ReassignTaskAsync(Guid taskId, string? assignee, string actor, string reason, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new WorkflowValidationException(EngineTexts.TaskReassignReasonRequired.With());
        await using var connection = await HeldConnection.OpenAsync(_db, cancellationToken);
        var task = await OpenTaskAsync(taskId, cancellationToken);
        var before = task.Assignee;
        HandOver(task, string.IsNullOrWhiteSpace(assignee) ? null : assignee.Trim());
        var summary = $"{(task.Assignee is null ? "Devuelta a su rol, sin asignar" : $"Asignada a {task.Assignee}")}" +
                      $"{(before is null ? "" : $" (la tenía {before})")}: {reason.Trim()}";
        await SaveTaskChangeAsync(task, JournalAction.TaskReassigned, actor, summary, cancellationToken);
        return task;
    }

    /// <summary>Claims the task for <paramref name="assignee"/> from now, or leaves it open to its role when null.</summary>
    private void HandOver(UserTask task, string? assignee)
    {
        task.Assignee = assignee;
        task.Status = assignee is null ? UserTaskStatus.Open : UserTaskStatus.Claimed;
        task.ClaimedAt = assignee is null ? null : _time.GetUtcNow();
    }

    /// <summary>Completes the task with its output variables and moves the instance on to its next wait state.</summary>
    public Task<WorkflowInstance> CompleteTaskAsync(Guid taskId, JsonObject? output, string user, CancellationToken cancellationToken = default) =>
        _moves.RunAsync(MoveKinds.CompleteTask, () => CompleteTaskMoveAsync(taskId, output, user, cancellationToken), cancellationToken);

    private async Task<WorkflowInstance> CompleteTaskMoveAsync(Guid taskId, JsonObject? output, string user, CancellationToken cancellationToken)
    {
        await using var connection = await HeldConnection.OpenAsync(_db, cancellationToken);
        // Unless a caller that checked access has the task tracked, its instance comes with it (LoadMoveAsync finds it tracked).
        if (_db.TrackedOrDefault<UserTask>(t => t.Id == taskId) is null) await TaskReads.WithInstanceAsync(_db, taskId, cancellationToken);
        var task = await OpenTaskAsync(taskId, cancellationToken);
        if (task.Assignee is not null && task.Assignee != user)
            throw new WorkflowConflictException(EngineTexts.TaskCompleteNotAssignee.With(task.Assignee));

        var move = await LoadMoveAsync(task.InstanceId, user, cancellationToken);
        var token = move.Instance.Tokens.FirstOrDefault(t => t.Id == task.TokenId && t.Status == TokenStatus.Waiting)
            ?? throw new WorkflowConflictException(EngineTexts.TaskNoLongerAwaited.With());
        output ??= [];
        // The form's contract first: a refused output leaves task, instance and journal exactly as they were.
        await _contracts.EnsureValidAsync(task, move.Instance, output, move.Now, cancellationToken);
        task.Status = UserTaskStatus.Completed;
        task.Assignee ??= user;
        task.CompletedAt = move.Now;
        task.CompletedBy = user;
        task.OutputJson = output.ToJsonString(WorkflowJson.Options);
        task.Revision = RandomIds.Next();
        WorkflowJson.Merge(move.Instance.Variables, output);
        var node = move.Model.Node(task.ElementId);
        // Only boundary events give a task timers of its own; without them there is nothing to look up.
        if (node.BoundaryEvents.Count > 0)
            await TimerScheduler.CancelPendingOfTaskAsync(move, task, cancellationToken);

        move.Journal(node, JournalAction.TaskCompleted, WorkflowJson.Summarize(output));
        move.Outbox.Enqueue(OutboxMessageTypes.TaskCompleted, TaskNotifications.From(task), $"task-completed:{task.Id}");
        _runner.Leave(move, token, node);
        await _runner.RunAsync(move, cancellationToken);
        await CommitAsync(move, cancellationToken);
        return move.Instance;
    }

    /// <summary>Checks an output against the task's form contract without moving anything (422 when it breaks it).</summary>
    public async Task CheckTaskOutputAsync(Guid taskId, JsonObject? output, CancellationToken cancellationToken = default)
    {
        var task = await OpenTaskAsync(taskId, cancellationToken);
        var instance = await _db.Set<WorkflowInstance>().AsNoTracking().FirstAsync(i => i.Id == task.InstanceId, cancellationToken);
        await _contracts.EnsureValidAsync(task, instance, output ?? [], _time.GetUtcNow(), cancellationToken);
    }

    /// <summary>Fires one due timer. Returns false when it is not (or no longer) pending and due, so a second firing does nothing.</summary>
    public Task<bool> FireTimerAsync(Guid timerId, CancellationToken cancellationToken = default) =>
        _moves.RunAsync(MoveKinds.FireTimer, () => FireTimerMoveAsync(timerId, cancellationToken), cancellationToken);

    private async Task<bool> FireTimerMoveAsync(Guid timerId, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        await using var connection = await HeldConnection.OpenAsync(_db, cancellationToken);
        // FindAsync: the sweep lane that claimed the timer is already tracking it, so this costs no query.
        var timer = await _db.Set<WorkflowTimer>().FindAsync([timerId], cancellationToken);
        if (!IsDue(timer, now)) return false;

        var move = await LoadMoveAsync(timer.InstanceId, actor: ActorContext.System, cancellationToken);
        await FireAsync(timer, move, cancellationToken);
        await CommitAsync(move, cancellationToken);
        return true;
    }

    private static bool IsDue([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] WorkflowTimer? timer, DateTimeOffset now) =>
        timer is not null && timer.Status == TimerStatus.Pending && timer.DueAt <= now;

    /// <summary>Marks the timer fired and moves its token on, in memory: the caller commits.</summary>
    private async Task FireAsync(WorkflowTimer timer, MoveContext move, CancellationToken cancellationToken)
    {
        timer.Status = TimerStatus.Fired;
        timer.FiredAt = move.Now;
        timer.FiredBy = _worker.Name;
        var node = move.Model.Node(timer.ElementId);
        var token = move.Instance.Tokens.FirstOrDefault(t => t.Id == timer.TokenId && t.Status == TokenStatus.Waiting);
        if (token is null)
        {
            move.Journal(node, JournalAction.TimerFired, "El temporizador ya no tenía nada que mover.");
            return;
        }

        move.Journal(node, JournalAction.TimerFired, $"Vencía {timer.DueAt:yyyy-MM-dd HH:mm} UTC");
        if (node.Kind == NodeKind.TimerCatchEvent)
        {
            _runner.Leave(move, token, node);
        }
        else
        {
            if (node.CancelActivity) await InterruptTaskAsync(move, timer, token, cancellationToken);
            var boundaryToken = new Token { ElementId = node.Id, Status = TokenStatus.Arrived };
            move.Instance.Tokens.Add(boundaryToken);
        }
        await _runner.RunAsync(move, cancellationToken);
    }

    /// <summary>Runs the failed element again, after merging any corrected variables.</summary>
    public Task<WorkflowInstance> RetryIncidentAsync(Guid instanceId, JsonObject? variables, string actor, CancellationToken cancellationToken = default) =>
        _moves.RunAsync(MoveKinds.RetryIncident, () => RetryIncidentMoveAsync(instanceId, variables, actor, cancellationToken), cancellationToken);

    private async Task<WorkflowInstance> RetryIncidentMoveAsync(Guid instanceId, JsonObject? variables, string actor, CancellationToken cancellationToken)
    {
        await using var connection = await HeldConnection.OpenAsync(_db, cancellationToken);
        var move = await LoadMoveAsync(instanceId, actor, cancellationToken);
        if (move.Instance.Status != InstanceStatus.Incident)
            throw new WorkflowConflictException(EngineTexts.NoIncidentToRetry.With());
        if (variables is not null) WorkflowJson.Merge(move.Instance.Variables, variables);
        foreach (var token in move.Instance.Tokens.Where(t => t.Status == TokenStatus.Incident))
        {
            token.Status = TokenStatus.Arrived;
            move.Journal(token.ElementId, move.Model.Nodes.GetValueOrDefault(token.ElementId)?.Name, JournalAction.Retried,
                $"Reintento tras: {move.Instance.IncidentMessage}");
        }
        move.Instance.Status = InstanceStatus.Active;
        move.Instance.IncidentElementId = null;
        move.Instance.IncidentMessage = null;
        move.Instance.IncidentAt = null;
        await _runner.RunAsync(move, cancellationToken);
        await CommitAsync(move, cancellationToken);
        return move.Instance;
    }

    private async Task InterruptTaskAsync(MoveContext move, WorkflowTimer timer, Token token, CancellationToken cancellationToken)
    {
        move.Instance.Tokens.Remove(token);
        var task = await _db.Set<UserTask>().FirstOrDefaultAsync(t => t.Id == timer.UserTaskId, cancellationToken);
        if (task is { IsOpen: true })
        {
            task.Status = UserTaskStatus.Cancelled;
            task.Revision = RandomIds.Next();
            move.Journal(task.ElementId, task.Name, JournalAction.TaskCancelled, "Interrumpida por su temporizador.");
        }
        if (timer.UserTaskId is { } taskId) await TimerScheduler.CancelPendingOfTaskAsync(move, taskId, cancellationToken);
    }

    private async Task<UserTask> OpenTaskAsync(Guid taskId, CancellationToken cancellationToken)
    {
        // FindAsync: a caller that checked access to the task in this scope has it tracked already.
        var task = await _db.Set<UserTask>().FindAsync([taskId], cancellationToken)
            ?? throw new WorkflowNotFoundException(EngineTexts.TaskNotFound.With());
        return task.IsOpen ? task : throw new WorkflowConflictException((task.Status == UserTaskStatus.Cancelled ? EngineTexts.TaskAlreadyCancelled : EngineTexts.TaskAlreadyCompleted).With(task.Name));
    }

    private async Task SaveTaskChangeAsync(UserTask task, JournalAction action, string user, string summary, CancellationToken cancellationToken)
    {
        task.Revision = RandomIds.Next();
        var now = _time.GetUtcNow();
        AppendBuffer.For(_db).Add(new JournalEntry { InstanceId = task.InstanceId, ElementId = task.ElementId, ElementName = task.Name, Action = action, At = now, Actor = user, Summary = summary });
        if ((action is JournalAction.TaskClaimed or JournalAction.TaskReassigned) && task.Assignee is not null)
            new OutboxWriter(_db, now).Enqueue(OutboxMessageTypes.TaskAssigned, TaskNotifications.From(task), $"task-assigned:{task.Id}:{task.Revision}");
        await SaveAsync(cancellationToken);
    }

    private async Task<MoveContext> LoadMoveAsync(Guid instanceId, string? actor, CancellationToken cancellationToken)
    {
        // Tracked already (read with its task, or earlier in the scope): a query would only return that same object.
        var instance = _db.TrackedOrDefault<WorkflowInstance>(i => i.Id == instanceId)
            ?? await EngineQueries.For(_db).Instance(_db, instanceId, cancellationToken)
            ?? throw new WorkflowNotFoundException(EngineTexts.InstanceNotFound.With());
        return new MoveContext(_db, await ModelAsync(instance.DefinitionId, cancellationToken), instance, _time.GetUtcNow(), actor);
    }

    private async Task<ProcessModel> ModelAsync(Guid definitionId, CancellationToken cancellationToken)
    {
        if (_models.TryGet(definitionId, out var model)) return model;
        return _models.Get(await _db.Set<WorkflowDefinition>().FirstAsync(d => d.Id == definitionId, cancellationToken));
    }

    private async Task CommitAsync(MoveContext move, CancellationToken cancellationToken)
    {
        move.Instance.CaptureState();
        await SaveAsync(cancellationToken);
    }

    /// <summary>
    /// A lost race surfaces from here; <see cref="MoveExecution"/> decides whether it is a 409 or another attempt. The unit
    /// of work is compared with its snapshot once, not once per interceptor that reads it (<see cref="ChangeDetection"/>),
    /// and, with what the save's interceptors add to it (<see cref="SavePreparation"/>), before a move in a group commit
    /// waits for the writer's turn: the other moves of the batch wait only for its statements, which then go into the
    /// shared batch. A save whose every row may wait for the batch (a review) takes no turn at all.
    /// </summary>
    private Task SaveAsync(CancellationToken cancellationToken) =>
        _db.SaveDetectingOnceAsync(async () =>
        {
            using (await SavePreparation.AheadAsync(_db, cancellationToken))
            {
                if (GroupCommitMove.HoldWholeSave(_db)) return;
                await GroupCommitMove.JoinAsync(_db, cancellationToken);
                await _db.SaveChangesAsync(cancellationToken);
            }
        });
}
