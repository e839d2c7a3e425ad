using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Domain.Transfers;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Host.Application;

/// <summary>
/// Scan-to-find: a barcode scanner (or a person) types a code and Enter in the top bar. A box code opens the box, an
/// order number the dossier, a remisión number the remisión. A code shaped like one of those that does not exist is
/// an error (a mistyped or torn label should not land on a search that finds nothing); any other text searches dossiers.
/// </summary>
public sealed partial class ScanLookup(ArchiveDbContext db, PolicyCheck policy)
{
    public async Task<LookupView> ResolveAsync(string? text, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await policy.EnsureAsync(user, Policies.Oversight);
        var code = text?.Trim() ?? "";
        if (code.Length == 0) throw new WorkflowValidationException(HostTexts.LookupCodeRequired.With());
        var upper = code.ToUpperInvariant();

        var location = await db.Set<ArchiveLocation>().AsNoTracking().Where(l => l.Code == code || l.Code == upper)
            .Select(l => new { l.Code, l.Kind }).FirstOrDefaultAsync(cancellationToken);
        if (location is { Kind: LocationKind.Box }) return new(LookupKinds.Box, BoxUrl(location.Code));
        if (location is not null) throw new WorkflowValidationException(HostTexts.LocationNotBox.With(location.Code));

        var order = await db.Set<Dossier>().AsNoTracking().Where(d => d.OrderNumber == code || d.OrderNumber == upper)
            .Select(d => d.OrderNumber).FirstOrDefaultAsync(cancellationToken);
        if (order is not null) return new(LookupKinds.Dossier, $"/expedientes/{Uri.EscapeDataString(order)}");

        if (RemisionNumber().IsMatch(upper))
        {
            var exists = await db.Set<TransferManifest>().AsNoTracking().AnyAsync(m => m.Number == upper, cancellationToken);
            return exists ? new(LookupKinds.Remision, $"/remisiones/{Uri.EscapeDataString(upper)}")
                : throw new WorkflowNotFoundException(DomainTexts.ManifestNotFound.With(upper));
        }
        if (await LooksLikeOrderNumberAsync(upper, cancellationToken)) throw new WorkflowNotFoundException(DomainTexts.DossierNotFound.With(code));
        if (await LooksLikeBoxCodeAsync(upper, cancellationToken)) throw new WorkflowNotFoundException(DomainTexts.BoxNotFound.With(code));
        return new(LookupKinds.Search, $"/expedientes?q={Uri.EscapeDataString(code)}");
    }

    public static string BoxUrl(string code) => $"/cajas/{Uri.EscapeDataString(code)}";

    /// <summary>Same letters before the first digit and same length as an existing order number (Smartflex numbers keep one shape).</summary>
    private async Task<bool> LooksLikeOrderNumberAsync(string code, CancellationToken cancellationToken)
    {
        var firstDigit = code.IndexOfAny("0123456789".ToCharArray());
        if (firstDigit <= 0) return false;
        var prefix = code[..firstDigit];
        return await db.Set<Dossier>().AsNoTracking().AnyAsync(d => d.OrderNumber.StartsWith(prefix) && d.OrderNumber.Length == code.Length, cancellationToken);
    }

    /// <summary>The shape of an existing box code (letters as A, digits as 9: "A-01" is "A-99"). Boxes are few: compared in memory.</summary>
    private async Task<bool> LooksLikeBoxCodeAsync(string code, CancellationToken cancellationToken)
    {
        if (!code.Any(char.IsDigit)) return false;
        var boxes = await db.Set<ArchiveLocation>().AsNoTracking().Where(l => l.Kind == LocationKind.Box).Select(l => l.Code).ToListAsync(cancellationToken);
        var shape = Shape(code);
        return boxes.Any(b => Shape(b.ToUpperInvariant()) == shape);
    }

    private static string Shape(string code) => new(code.Select(c => char.IsDigit(c) ? '9' : char.IsLetter(c) ? 'A' : c).ToArray());

    [GeneratedRegex(@"^REM-\d{4}-\d{5}$")]
    private static partial Regex RemisionNumber();
}
