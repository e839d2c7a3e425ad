namespace WorkflowArchive.Domain.Indicators;

/// <summary>
/// How much paperwork arrives complete. Reviewed: dossiers whose FIRST checklist review (step 5.2, the earliest
/// review line in their history) falls in the period. Of those, Passed were never returned and went on past the
/// decision (classified or later); Returned went back to the advisor at least once, which the first review decided
/// whether the cause was a missing document or a Smartflex mismatch. A dossier whose review was recorded but whose
/// move stopped in an incident before the decision is in neither (AwaitingDecision). Percentage: Passed over
/// Passed + Returned.
/// </summary>
public sealed record FirstPassIndicator(int Reviewed, int Passed, int Returned, int AwaitingDecision, decimal? Percentage)
{
    public static FirstPassIndicator From(int reviewed, int passed, int returned) =>
        new(reviewed, passed, returned, reviewed - passed - returned, Percent.Of(passed, passed + returned));
}
