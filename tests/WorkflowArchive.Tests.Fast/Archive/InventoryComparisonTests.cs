using WorkflowArchive.Domain.Archive;

namespace WorkflowArchive.Tests.Archive;

public sealed class InventoryComparisonTests
{
    [Theory]
    [InlineData(new int[0], new int[0])]
    [InlineData(new[] { 1, 2, 3, 4 }, new int[0])]
    // One sheet put back too far: only it is out of position, not the three it jumped.
    [InlineData(new[] { 1, 3, 4, 2 }, new[] { 3 })]
    [InlineData(new[] { 4, 1, 2, 3 }, new[] { 0 })]
    // Gaps (missing sheets) are not disorder.
    [InlineData(new[] { 2, 5, 9 }, new int[0])]
    // Two swapped: one of the pair has to move; the higher position is named.
    [InlineData(new[] { 1, 3, 2, 4 }, new[] { 1 })]
    [InlineData(new[] { 3, 2, 1 }, new[] { 0, 1 })]
    public void Out_of_position_are_the_fewest_scans_whose_move_leaves_the_rest_in_order(int[] positions, int[] expected) =>
        Assert.Equal(expected, InventoryComparison.OutOfPosition(positions).Order());
}
