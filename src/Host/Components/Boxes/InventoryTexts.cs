using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Host.Application;

namespace WorkflowArchive.Host.Components.Boxes;

/// <summary>How an inventory's lines read on screen.</summary>
public static class InventoryTexts
{
    /// <summary>Said on screen next to the result: what "fuera de posición" means here.</summary>
    public const string OutOfPositionDefinition =
        "Fuera de posición: expedientes de esta caja escaneados en un orden que no sigue su posición. Se señalan los menos que habría " +
        "que mover para que el resto quede en orden (un expediente devuelto en el lugar equivocado se señala solo a él, no a sus vecinos).";

    public static string ScanResult(InventoryLineView line) => line.Finding switch
    {
        InventoryFinding.InPlace or InventoryFinding.OutOfPosition => $"En esta caja, posición {line.Position}",
        InventoryFinding.Misplaced => WhereItBelongs(line),
        InventoryFinding.Unknown => "Código desconocido",
        _ => "No escaneado",
    };

    public static string WhereItBelongs(InventoryLineView line) => line.ExpectedBox is { } box
        ? $"Va en la caja {box}, posición {line.ExpectedPosition}"
        : "No está archivado en ninguna caja";
}
