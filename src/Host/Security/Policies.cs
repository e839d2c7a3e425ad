using Microsoft.AspNetCore.Authorization;

namespace WorkflowArchive.Host.Security;

/// <summary>Who may do what. Every API endpoint names one of these; the administrator is in all of them.</summary>
public static class Policies
{
    /// <summary>Anyone signed in with a role: read the catalog, definitions, their own tasks.</summary>
    public const string Staff = nameof(Staff);

    /// <summary>Run the archive: register binders, start and retry instances, file boxes, holds, transfers.</summary>
    public const string Archive = nameof(Archive);

    /// <summary>Read dossiers, requests, indicators and audit trails.</summary>
    public const string Oversight = nameof(Oversight);

    /// <summary>Read dossiers: everyone of <see cref="Oversight"/>, and advisors (their own dossiers only).</summary>
    public const string DossierReaders = nameof(DossierReaders);

    /// <summary>Change the workflows and the requirement lists.</summary>
    public const string ProcessOwner = nameof(ProcessOwner);

    /// <summary>Ask the archive for documentation.</summary>
    public const string Request = nameof(Request);

    /// <summary>Check that the audit trail was not tampered with: administrators and retention monitors.</summary>
    public const string AuditVerification = nameof(AuditVerification);

    /// <summary>Read requests and download delivered scans: requesters (their own only), and everyone of <see cref="Oversight"/>.</summary>
    public const string RequestReaders = nameof(RequestReaders);

    /// <summary>Manage users and reference data such as advisors.</summary>
    public const string Administration = nameof(Administration);

    public static void Configure(AuthorizationOptions options)
    {
        options.AddPolicy(Staff, p => p.RequireAuthenticatedUser().RequireRole(Roles.All));
        options.AddPolicy(Archive, p => p.RequireRole(Roles.DocumentManager, Roles.Administrator));
        options.AddPolicy(Oversight, p => p.RequireRole(Roles.DocumentManager, Roles.RetentionMonitor, Roles.ProcessOwner, Roles.Administrator));
        options.AddPolicy(DossierReaders, p => p.RequireRole(Roles.DocumentManager, Roles.RetentionMonitor, Roles.ProcessOwner, Roles.Administrator, Roles.Advisor));
        options.AddPolicy(ProcessOwner, p => p.RequireRole(Roles.ProcessOwner, Roles.Administrator));
        options.AddPolicy(Request, p => p.RequireRole(Roles.Requester, Roles.DocumentManager, Roles.Administrator));
        options.AddPolicy(AuditVerification, p => p.RequireRole(Roles.RetentionMonitor, Roles.Administrator));
        options.AddPolicy(RequestReaders, p => p.RequireRole([Roles.Requester, .. ArchiveClaimTypes.EveryRequestReaders]));
        options.AddPolicy(Administration, p => p.RequireRole(Roles.Administrator));
        options.FallbackPolicy = null;
    }
}
