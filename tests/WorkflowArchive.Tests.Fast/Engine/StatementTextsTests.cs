using WorkflowArchive.Workflows.Persistence;

namespace WorkflowArchive.Tests.Engine;

/// <summary>How a save finds the command kept for its statements: by their texts in order, whatever strings hold them.</summary>
public sealed class StatementTextsTests
{
    [Fact]
    public void The_same_texts_in_the_same_order_find_the_same_command_and_a_kept_copy_outlives_the_batchs_list()
    {
        var queued = new List<string> { "INSERT INTO a VALUES (@p0)", "INSERT INTO b VALUES (@s1p0)" };
        var kept = new StatementTexts(queued).Kept();
        var sameText = new List<string> { new("INSERT INTO a VALUES (@p0)".ToCharArray()), new("INSERT INTO b VALUES (@s1p0)".ToCharArray()) };

        Assert.Equal(kept, new StatementTexts(sameText));
        Assert.Equal(kept.GetHashCode(), new StatementTexts(sameText).GetHashCode());
        Assert.NotEqual(kept, new StatementTexts([queued[1], queued[0]]));
        Assert.NotEqual(kept, new StatementTexts([queued[0]]));

        queued.Clear();
        Assert.Equal("INSERT INTO a VALUES (@p0);\nINSERT INTO b VALUES (@s1p0)", kept.Joined());
        Assert.Equal(sameText.Sum(t => t.Length), kept.Length);
    }
}
