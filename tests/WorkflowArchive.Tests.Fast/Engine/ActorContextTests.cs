using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Tests.Engine;

public sealed class ActorContextTests
{
    [Fact]
    public void A_scope_nobody_signed_in_to_acts_as_sistema()
    {
        Assert.Equal("sistema", new ActorContext().Name);
    }

    [Fact]
    public void A_scope_is_signed_in_once_and_cannot_change_hands()
    {
        var actor = new ActorContext();
        actor.SignIn("gestora");
        actor.SignIn("gestora");

        Assert.Equal("gestora", actor.Name);
        Assert.Throws<InvalidOperationException>(() => actor.SignIn("legal"));
    }
}
