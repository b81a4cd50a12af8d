using System.Text.Json;
using Mlops.Lifecycle.Registration;
using Mlops.Lifecycle.Tests.Profiling;

namespace Mlops.Lifecycle.Tests.Stages;

public sealed class RegisterStageTests(PipelineWorkspace workspace) : IClassFixture<PipelineWorkspace>
{
    [Fact]
    public void PipelineRun_RegistrationJson_SameBytesAsTheSerializersDefaultsIndented()
    {
        var outcome = workspace.Report.Registration!;
        var reflection = new JsonSerializerOptions
        {
            WriteIndented = true,
            TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
        };

        var written = File.ReadAllText(workspace.PathOf("reports/registration.json"));

        Assert.Equal(JsonSerializer.Serialize(outcome, reflection), written);
        Assert.Equal(outcome.Reasons, JsonSerializer.Deserialize<RegistrationOutcome>(written, reflection)!.Reasons);
    }
}
