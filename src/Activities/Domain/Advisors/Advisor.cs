using WorkflowArchive.Workflows;
namespace WorkflowArchive.Domain.Advisors;

/// <summary>The three sales channels whose advisors hand paperwork to the archive (step 3.1).</summary>
public enum AdvisorChannel { Plataforma, Zonal, Mezzanine }

/// <summary>A sales advisor; <see cref="Code"/> is the user name Smartflex records on each sale.</summary>
public sealed class Advisor
{
    public Guid Id { get; set; } = RandomIds.Next();
    public required string Code { get; set; }
    public required string Name { get; set; }
    public AdvisorChannel Channel { get; set; }
    public required string Office { get; set; }
    public bool Active { get; set; } = true;
}
