using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Host.Application;

/// <summary>The archive's places: an archive holds floors, a floor shelves, a shelf boxes; only boxes hold dossiers.</summary>
public sealed class ArchiveLocations(ArchiveDbContext db)
{
    public async Task<IReadOnlyList<LocationView>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.Set<ArchiveLocation>().AsNoTracking().OrderBy(l => l.Path).Select(l => LocationView.From(l)).ToListAsync(cancellationToken);

    public async Task<LocationView> AddAsync(LocationInput input, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(input.Code) || string.IsNullOrWhiteSpace(input.Name))
            throw new WorkflowValidationException(HostTexts.LocationCodeAndNameRequired.With());
        if (input.Kind == LocationKind.Box && input.Capacity is null or < 1) throw new WorkflowValidationException(HostTexts.BoxCapacityRequired.With());
        var parent = input.ParentCode is null ? null
            : await db.Set<ArchiveLocation>().FirstOrDefaultAsync(l => l.Code == input.ParentCode, cancellationToken)
              ?? throw new WorkflowNotFoundException(HostTexts.LocationNotFound.With(input.ParentCode));
        if (parent is null && input.Kind != LocationKind.Archive) throw new WorkflowValidationException(HostTexts.LocationParentRequired.With());
        if (parent is { Kind: LocationKind.Box }) throw new WorkflowValidationException(HostTexts.LocationInsideBox.With());
        var code = input.Code.Trim();
        if (await db.Set<ArchiveLocation>().AnyAsync(l => l.Code == code, cancellationToken))
            throw new WorkflowConflictException(HostTexts.LocationCodeTaken.With(input.Code));
        var name = input.Name.Trim();
        var location = new ArchiveLocation
        {
            ParentId = parent?.Id, Kind = input.Kind, Code = code, Name = name, Capacity = input.Capacity,
            ClassificationPrefix = input.ClassificationPrefix, Path = parent is null ? name : $"{parent.Path} / {name}",
        };
        db.Add(location);
        await db.SaveChangesAsync(cancellationToken);
        return LocationView.From(location);
    }

    /// <summary>Closes a box (nothing more is filed in it) or opens it again; its dossiers stay where they are. Audited.</summary>
    public async Task<LocationView> SetClosedAsync(string boxCode, bool closed, CancellationToken cancellationToken = default)
    {
        var box = await db.Set<ArchiveLocation>().FirstOrDefaultAsync(l => l.Code == boxCode.Trim(), cancellationToken)
            ?? throw new WorkflowNotFoundException(HostTexts.LocationNotFound.With(boxCode));
        if (box.Kind != LocationKind.Box) throw new WorkflowValidationException(HostTexts.LocationNotBox.With(box.Code));
        if (box.Closed == closed) throw new WorkflowConflictException((closed ? HostTexts.BoxAlreadyClosed : HostTexts.BoxAlreadyOpen).With(box.Code));
        box.Closed = closed;
        await db.SaveChangesAsync(cancellationToken);
        return LocationView.From(box);
    }
}
