using System.Text.Json.Nodes;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Tests.Engine;

/// <summary>The variables a failing activity leaves: exactly those before it, whatever it changed, in the instance's own object.</summary>
public sealed class VariablesSnapshotTests
{
    [Fact]
    public void Restoring_undoes_added_removed_replaced_and_nested_changes_in_the_same_object()
    {
        var variables = JsonNode.Parse("""
            {"customerName":"Rosa Quiroga Peña","approved":true,"returns":2,"documents":[{"code":"contrato","signed":false}],"note":null}
            """)!.AsObject();
        var before = variables.ToJsonString();
        var snapshot = new VariablesSnapshot();
        snapshot.Take(variables);

        variables["documents"]![0]!["signed"] = true;
        variables["approved"] = false;
        variables.Remove("returns");
        variables["added"] = new JsonArray(1, 2);
        snapshot.RestoreInto(variables);

        Assert.Equal(before, variables.ToJsonString());
        Assert.Equal("Rosa Quiroga Peña", variables["customerName"]!.GetValue<string>());
    }

    [Fact]
    public void A_snapshot_taken_again_forgets_the_one_before()
    {
        var snapshot = new VariablesSnapshot();
        snapshot.Take(new JsonObject { ["step"] = 1, ["long"] = new string('x', 5_000) });
        var variables = new JsonObject { ["step"] = 2 };
        snapshot.Take(variables);

        variables["step"] = 3;
        snapshot.RestoreInto(variables);

        Assert.Equal("""{"step":2}""", variables.ToJsonString());
    }
}
