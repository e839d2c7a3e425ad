using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Api;

/// <summary>Oversized texts and variables are refused with the field named, before any use case stores them.</summary>
public sealed class InputLimitApiTests() : ApiTest("admin")
{
    [Fact]
    public async Task A_business_key_past_two_hundred_characters_and_variables_past_64_KiB_are_refused_by_field()
    {
        var response = await Http.PostAsJsonAsync("/api/instances", new
        {
            definitionKey = "solicitud-documentacion",
            businessKey = new string('X', 201),
            variables = new { orderNumber = "SF-1", notes = new string('n', 70 * 1024) },
        }, "admin");

        var problem = await response.ProblemAsync(422);
        Assert.Equal(["text-too-long"], problem.FieldCodes("businessKey"));
        Assert.Equal(["variables-too-large"], problem.FieldCodes("variables"));
    }

    [Fact]
    public async Task A_task_completion_past_64_KiB_is_refused()
    {
        var response = await Http.PostAsJsonAsync($"/api/tasks/{Guid.NewGuid()}/complete", new { variables = new { notes = new string('n', 70 * 1024) } }, "admin");

        Assert.Equal(["variables-too-large"], (await response.ProblemAsync(422)).FieldCodes("variables"));
    }

    [Fact]
    public async Task Texts_within_the_limits_pass()
    {
        var response = await Http.PostAsJsonAsync("/api/instances", new
        {
            definitionKey = "solicitud-documentacion",
            businessKey = new string('X', 200),
            variables = new { orderNumber = "SF-1", requestedBy = "Carla" },
        }, "admin");

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
