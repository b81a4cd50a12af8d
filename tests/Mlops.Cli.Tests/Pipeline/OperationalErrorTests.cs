using System.Text;
using Mlops.Cli.Tests.Support;
using Mlops.Core.Tracking;
using Mlops.Pipeline.Faults;

namespace Mlops.Cli.Tests.Pipeline;

/// <summary>Operational failures end `pipeline run` with one line naming what went wrong and exit code 1.</summary>
public sealed class OperationalErrorTests(GoodRunFixture good) : IClassFixture<GoodRunFixture>
{
    [Fact]
    public async Task PipelineRun_DiskFullWhileTraining_OneLineNamingTheFileAndExitOne()
    {
        using var ws = good.Workspace.CopyTo();

        var result = await CliProcess.RunAsync(ws.Root, new Dictionary<string, string> { [FaultInjection.DiskFullVariable] = "train.started" },
            "pipeline", "run", "--set", "model.lightgbm.num_iterations=60");

        Assert.Equal(1, result.ExitCode);
        var error = result.Stderr.Trim();
        Assert.DoesNotContain('\n', error);
        Assert.StartsWith("error: stage 'train': the disk is full", error);
        Assert.Contains("'models/model.zip'", error);
        Assert.DoesNotContain("   at ", result.Output);
        var failed = (await StoreProbe.RunsAsync(ws)).Single(r => r.Info.RunId != good.Report.RunId);
        Assert.Equal(RunStatus.Failed, failed.Info.Status);
    }

    [Fact]
    public void PipelineRun_ParamsUnclosedBracket_NamesFileLineAndColumn()
    {
        using var ws = good.Workspace.CopyTo();
        ws.ReplaceInFile("params.yaml", "  seed: 42\n", "  seed: [42\n");

        var result = CliProcess.Run(ws.Root, "pipeline", "run");

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"^error: params\.yaml: invalid YAML at line \d+, column \d+: '\[' opened here is never closed$", result.Stderr.Trim());
    }

    [Fact]
    public void PipelineRun_DataRawDiffersFromPreprocessDep_ErrorNamesBoth()
    {
        using var ws = good.Workspace.CopyTo();
        File.Copy(ws.RawCsv, ws.PathOf("data/raw/edited.csv"));
        ws.ReplaceInFile("params.yaml", "raw: data/raw/ObesityDataSet_raw_and_data_sinthetic.csv", "raw: data/raw/edited.csv");

        foreach (var verb in new[] { "run", "status" })
        {
            var result = CliProcess.Run(ws.Root, "pipeline", verb);

            Assert.Equal(1, result.ExitCode);
            var error = result.Stderr.Trim();
            Assert.Contains("data.raw is 'data/raw/edited.csv'", error);
            Assert.Contains("data/raw/ObesityDataSet_raw_and_data_sinthetic.csv", error);
            Assert.Contains("pipeline.yaml", error);
        }
    }

    [Fact]
    public async Task PipelineRun_RawRewrittenWithBomAndLf_RegistersNoIdenticalModel()
    {
        using var ws = good.Workspace.CopyTo();
        var versionsBefore = await StoreProbe.VersionCountAsync(ws);
        var text = File.ReadAllText(ws.RawCsv);
        Assert.Contains("\r\n", text);
        File.WriteAllText(ws.RawCsv, text.Replace("\r\n", "\n"), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var result = CliProcess.Run(ws.Root, "pipeline", "run");

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("preprocess: running", result.Stdout);
        Assert.Equal(versionsBefore, await StoreProbe.VersionCountAsync(ws));
    }
}
