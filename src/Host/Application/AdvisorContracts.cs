using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Advisors;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Host.Application;

// What the Advisor endpoints and pages take and give.

public sealed record AdvisorInput(string Code, string Name, AdvisorChannel Channel, string Office);
