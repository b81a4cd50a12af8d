using Mlops.Core.Errors;
using Mlops.Pipeline.Locking;
using Mlops.Pipeline.Params;
using Mlops.Pipeline.Tests.Support;

namespace Mlops.Pipeline.Tests.Locking;

public sealed class LockFileTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "mlops-lock-tests", Guid.NewGuid().ToString("N"));

    public LockFileTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void SaveLoad_RealParamsSubtrees_RoundTripCanonicalValues()
    {
        var parameters = ParamsDocument.Load(RepoFiles.ParamsYaml);
        string[] keys = ["schema", "evaluation", "split.seed", "model.trainer", "validation.drop_duplicates", "tracking"];
        var entry = new StageLock(
            "features",
            [new PathHash("data/interim/clean.csv", new string('a', 64))],
            keys.ToDictionary(k => k, parameters.GetCanonicalValue),
            [new PathHash("data/processed/train.csv", new string('b', 64))]);
        var lockFile = new LockFile();
        lockFile.Set(entry);
        var path = Path.Combine(_dir, "pipeline.lock");

        lockFile.Save(path);
        var loaded = LockFile.Load(path).Find("features")!;

        Assert.Equal(entry.Deps, loaded.Deps);
        Assert.Equal(entry.Outs, loaded.Outs);
        foreach (var key in keys)
        {
            Assert.Equal(entry.Params[key], loaded.Params[key]);
        }
        Assert.Equal([Path.Combine(_dir, "pipeline.lock")], Directory.GetFiles(_dir));
    }

    [Fact]
    public void ToYaml_StringThatLooksLikeNumber_StaysString()
    {
        var lockFile = new LockFile();
        lockFile.Set(new StageLock("a", [], new Dictionary<string, string> { ["x"] = "\"42\"", ["y"] = "[\"yes\",null,true,1.5]" }, []));

        var loaded = LockFile.Parse(lockFile.ToYaml()).Find("a")!;

        Assert.Equal("\"42\"", loaded.Params["x"]);
        Assert.Equal("[\"yes\",null,true,1.5]", loaded.Params["y"]);
    }

    [Fact]
    public void Set_ExistingStage_ReplacesInPlace()
    {
        var lockFile = new LockFile();
        lockFile.Set(new StageLock("a", [], new Dictionary<string, string>(), []));
        lockFile.Set(new StageLock("b", [], new Dictionary<string, string>(), []));
        lockFile.Set(new StageLock("a", [new PathHash("x", "1")], new Dictionary<string, string>(), []));

        Assert.Equal(["a", "b"], lockFile.Stages.Select(s => s.Stage));
        Assert.Single(lockFile.Find("a")!.Deps);
    }

    [Fact]
    public void Load_MissingFile_IsEmpty()
    {
        Assert.Empty(LockFile.Load(Path.Combine(_dir, "none.lock")).Stages);
    }

    [Theory]
    [InlineData("stages: [1, 2]\n")]
    [InlineData("version: 1\nstages:\n  a:\n    deps: 3\n")]
    [InlineData("version: 1\nstages: {a: [\n")]
    public void Parse_Corrupt_ErrorSuggestsDeleting(string text)
    {
        var ex = Assert.Throws<MlopsException>(() => LockFile.Parse(text));

        Assert.Contains("pipeline.lock", ex.Message);
    }
}
