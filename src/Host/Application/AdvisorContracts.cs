using WorkflowArchive.Domain.Advisors;

namespace WorkflowArchive.Host.Application;

// What the Advisor endpoints and pages take and give.

public sealed record AdvisorInput(string Code, string Name, AdvisorChannel Channel, string Office);

public sealed record AdvisorChannelInput(AdvisorChannel Channel);

public sealed record AdvisorActiveInput(bool Active);

public sealed record AdvisorView(Guid Id, string Code, string Name, AdvisorChannel Channel, string Office, bool Active)
{
    public static AdvisorView From(Advisor a) => new(a.Id, a.Code, a.Name, a.Channel, a.Office, a.Active);
}
