using WorkflowArchive.Domain.Advisors;

namespace WorkflowArchive.Host.Application;

// What the Advisor endpoints and pages take and give.

public sealed record AdvisorInput(string Code, string Name, AdvisorChannel Channel, string Office);
