using WorkflowArchive.Domain.Advisors;

namespace WorkflowArchive.Domain.Dossiers;

/// <summary>
/// What the search screen asks for; every criterion is optional and they combine with AND. <see cref="Name"/> is a
/// prefix of the customer's name, without regard to accents or case; <see cref="Location"/> is a box code or any
/// part of the location text (a Condebamba receipt or remisión number finds transferred dossiers).
/// </summary>
public sealed record DossierSearchCriteria(
    string? OrderNumber = null,
    string? CustomerDocument = null,
    string? Name = null,
    string? AdvisorCode = null,
    DateOnly? SaleDateFrom = null,
    DateOnly? SaleDateTo = null,
    DossierStatus? Status = null,
    string? Location = null,
    AdvisorChannel? Channel = null);
