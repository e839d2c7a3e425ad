namespace WorkflowArchive.Host.Components.Admin;

/// <summary>
/// Why a notice could not be delivered, in Spanish: the outbox keeps the exception's type and message (for support, in
/// English), the page says what kind of failure it was.
/// </summary>
public static class ParkedMessageErrors
{
    public static string Describe(string? lastError)
    {
        if (string.IsNullOrWhiteSpace(lastError)) return "No se registró el error.";
        var type = lastError.Split(':', 2)[0].Trim();
        return type switch
        {
            "TimeoutException" or "TaskCanceledException" => "El destino no respondió a tiempo.",
            "HttpRequestException" or "SocketException" or "IOException" => "No se pudo conectar con el destino.",
            "HubException" => "El canal de avisos en vivo rechazó el mensaje.",
            "JsonException" or "NotSupportedException" or "FormatException" => "El contenido del aviso no se pudo leer.",
            "DbUpdateException" or "NpgsqlException" or "SqliteException" => "Falló la base de datos al entregar el aviso.",
            _ => "Error interno al entregar el aviso: el detalle técnico está en el registro del servidor.",
        };
    }
}
