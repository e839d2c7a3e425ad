using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Security;

namespace WorkflowArchive.Host.Api;

/// <summary>Who is acting: the signed-in user (cookie or bearer token). The journal and the audit trail record this name.</summary>
public static class CurrentActor
{
    public static string Require(HttpContext context) => context.User.RequireName();
}
