using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using WorkflowArchive.Domain.Auditing;

namespace WorkflowArchive.Tests.Archive;

/// <summary>
/// An entry's hash is SHA-256 of one JSON array of its fields. Its content is worked out before the save waits for the
/// write lock and the place and previous hash added under it: the hash must be the one the array gives, whatever the
/// text holds, and a field changed after the content was worked out must still count.
/// </summary>
public sealed class AuditHashTests
{
    [Theory]
    [InlineData("gestora", "{\"Status\":{\"before\":\"Verified\",\"after\":\"Classified\"}}")]
    [InlineData("María Ñandú", "{\"Note\":{\"before\":null,\"after\":\"Firma \\\"ilegible\\\" <revisar> & volver\\nmañana 😀\"}}")]
    public void A_hash_from_content_worked_out_ahead_is_the_hash_of_the_whole_array(string actor, string changes)
    {
        var entry = Entry(actor, changes);
        AuditChain.PrepareContent(entry);

        AuditChain.Link(entry, 42, AuditChain.Genesis);

        Assert.Equal(WholeArrayHash(entry), entry.Hash);
    }

    [Fact]
    public void A_field_changed_after_the_content_was_worked_out_is_hashed_as_it_now_stands()
    {
        var entry = Entry("gestora", "{}");
        AuditChain.PrepareContent(entry);
        entry.Actor = "system";
        entry.ChangesJson = "{\"Status\":{\"before\":null,\"after\":\"Archived\"}}";

        AuditChain.Link(entry, 7, new string('a', 64));

        Assert.Equal(WholeArrayHash(entry), entry.Hash);
    }

    private static AuditEntry Entry(string actor, string changes) => new()
    {
        ObjectType = "Dossier", ObjectId = "01a23b81-924c-7f7e-b717-85ace3f394dd", Action = "Modified",
        At = new DateTimeOffset(2027, 6, 1, 14, 30, 15, 123, TimeSpan.Zero).AddTicks(4567), Actor = actor, ChangesJson = changes,
    };

    /// <summary>The chain's definition, written out in full: the array of the fields, serialized at once.</summary>
    private static string WholeArrayHash(AuditEntry entry)
    {
        var canonical = JsonSerializer.Serialize(new object?[]
        {
            entry.Sequence, entry.ObjectType, entry.ObjectId, entry.Action,
            entry.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            entry.Actor, entry.ChangesJson, entry.PreviousHash,
        });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
