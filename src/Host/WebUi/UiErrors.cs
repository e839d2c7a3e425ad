using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Host.WebUi;

/// <summary>Says in Spanish, for the person at the screen, why an action did not go through and what to do.</summary>
public static class UiErrors
{
    public static string Describe(Exception exception) => exception switch
    {
        WorkflowConflictException e => $"No se pudo guardar porque el estado cambió mientras tanto: {e.Message}. Actualice la página e intente de nuevo.",
        WorkflowNotFoundException e => $"No se encontró lo solicitado: {e.Message}",
        WorkflowValidationException e => $"Los datos no son válidos: {e.Message}",
        AccessDeniedException e => $"Su rol no permite esta acción: {e.Message}",
        WorkflowException e => $"No se pudo realizar la acción: {e.Message}",
        DbUpdateException => "Otra persona guardó un dato en conflicto al mismo tiempo (por ejemplo un número repetido). No se guardó nada; intente de nuevo.",
        _ => "Ocurrió un error inesperado en el servidor. No se guardó nada a medias; el error quedó registrado.",
    };
}
