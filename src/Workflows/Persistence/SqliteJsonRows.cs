using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Storage;

namespace WorkflowArchive.Workflows.Persistence;

/// <summary>
/// Many rows as one SQLite parameter: a JSON array of rows, each an array of the values the row's parameters would have
/// bound, read back in SQL with <c>json_each</c> and <c>value ->> n</c>. SQLite finds each named parameter with a linear
/// search of the statement's names, so hundreds of parameters cost the square of their number to bind; one costs nothing.
/// It carries text, integers, booleans (as 0 and 1) and ids (as upper-case text), exactly as Microsoft.Data.Sqlite binds
/// them; a column of another type, or a text it cannot be sure of, leaves the rows to ordinary parameters.
/// </summary>
internal static class SqliteJsonRows
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Whether values of this column can go in the JSON as their parameter would bind them.</summary>
    public static bool Carries(RelationalTypeMapping mapping)
    {
        var type = Nullable.GetUnderlyingType(mapping.Converter?.ProviderClrType ?? mapping.ClrType) ?? mapping.Converter?.ProviderClrType ?? mapping.ClrType;
        return type == typeof(string) || type == typeof(long) || type == typeof(int) || type == typeof(short) || type == typeof(byte)
               || type == typeof(bool) || type == typeof(Guid);
    }

    /// <summary>The select list reading <paramref name="columns"/> values of each row, in order: <c>value ->> 0, value ->> 1, …</c>.</summary>
    public static string Reads(int columns) => string.Join(", ", Enumerable.Range(0, columns).Select(i => $"value ->> {i}"));

    /// <summary>
    /// Up to <paramref name="rows"/> rows as JSON text (<paramref name="valueOf"/> gives the model value of row r, column c),
    /// stopping before the first row with a value not certain to read back as its parameter would write it (a NUL
    /// character, a surrogate): that row is for parameters. Null when it is the first.
    /// </summary>
    public static (string Json, int Rows)? TryWrite(int rows, RelationalTypeMapping[] mappings, Func<int, int, object?> valueOf)
    {
        var buffer = new ArrayBufferWriter<byte>(rows * mappings.Length * 16);
        var values = new object?[mappings.Length];
        var written = 0;
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartArray();
            for (; written < rows && TryRead(mappings, written, valueOf, values); written++)
            {
                json.WriteStartArray();
                foreach (var value in values) WriteValue(json, value);
                json.WriteEndArray();
            }
            json.WriteEndArray();
        }
        return written == 0 ? null : (Encoding.UTF8.GetString(buffer.WrittenSpan), written);
    }

    /// <summary>Row <paramref name="row"/>'s values as they would bind, into <paramref name="values"/>; false if one cannot go as JSON.</summary>
    private static bool TryRead(RelationalTypeMapping[] mappings, int row, Func<int, int, object?> valueOf, object?[] values)
    {
        for (var c = 0; c < mappings.Length; c++)
            if (!Carried(mappings[c], valueOf(row, c), out values[c])) return false;
        return true;
    }

    /// <summary>The value as its parameter would bind it (provider value; a bool as 0 or 1, an id as upper-case text).</summary>
    private static bool Carried(RelationalTypeMapping mapping, object? value, out object? carried)
    {
        if (value is not null && mapping.Converter is { } converter) value = converter.ConvertToProvider(value);
        carried = value switch
        {
            null => null,
            string text when text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0 && !text.Contains('\0') => text,
            Guid id => id.ToString().ToUpperInvariant(),
            bool flag => flag ? 1L : 0L,
            long or int or short or byte => Convert.ToInt64(value),
            _ => Uncarried,
        };
        return !ReferenceEquals(carried, Uncarried);
    }

    private static readonly object Uncarried = new();

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case string text: json.WriteStringValue(text); break;
            default: json.WriteNumberValue((long)value); break;
        }
    }
}
