using WorkflowArchive.Workflows.Definitions;

namespace WorkflowArchive.Host.Components.Designer;

/// <summary>Element types, properties and changes as the designer's pages say them, in Spanish.</summary>
public static class ElementNames
{
    private static readonly Dictionary<string, string> Types = new()
    {
        ["StartEvent"] = "Evento de inicio", ["EndEvent"] = "Evento de fin", ["TerminateEndEvent"] = "Fin terminal",
        ["UserTask"] = "Tarea de usuario", ["ServiceTask"] = "Tarea de servicio", ["ExclusiveGateway"] = "Compuerta exclusiva",
        ["ParallelGateway"] = "Compuerta paralela", ["TimerCatchEvent"] = "Temporizador", ["TimerBoundaryEvent"] = "Temporizador de borde",
        ["SequenceFlow"] = "Flujo", ["Lane"] = "Carril", ["Participant"] = "Pool", ["Process"] = "Proceso", ["Task"] = "Tarea",
        ["IntermediateCatchEvent"] = "Evento intermedio", ["BoundaryEvent"] = "Evento de borde", ["TextAnnotation"] = "Anotación",
    };

    private static readonly Dictionary<string, string> Properties = new()
    {
        ["type"] = "Tipo", ["name"] = "Nombre", ["activity"] = "Actividad", ["candidateRole"] = "Rol", ["formKey"] = "Formulario",
        ["dueDate"] = "Vencimiento", ["timeDuration"] = "Duración del temporizador", ["timeDate"] = "Fecha del temporizador",
        ["attachedTo"] = "Sobre la tarea", ["cancelActivity"] = "Interrumpe la tarea", ["defaultFlow"] = "Flujo por defecto",
        ["lane"] = "Carril", ["incoming"] = "Flujos de entrada", ["outgoing"] = "Flujos de salida", ["source"] = "Desde",
        ["target"] = "Hacia", ["condition"] = "Condición",
    };

    /// <summary>Accepts the engine's kinds (UserTask) and bpmn-js's types (bpmn:UserTask).</summary>
    public static string Type(string? type)
    {
        var plain = type?.Split(':').Last() ?? "";
        return Types.GetValueOrDefault(plain, plain);
    }

    public static string Property(string property) => Properties.GetValueOrDefault(property, property);

    public static string Change(ChangeKind change) => change switch
    {
        ChangeKind.Added => "Agregado",
        ChangeKind.Removed => "Quitado",
        _ => "Cambiado",
    };
}
