using Mlops.Core.Hashing;
using Mlops.Training.Configuration;
using Mlops.Training.Data;
using Mlops.Training.Features;
using Mlops.Training.Tests.Configuration;

namespace Mlops.Training.Tests.Data;

/// <summary>
/// Pins the bytes preprocess and features write: the pipeline's staleness and lineage hash these files, so a faster
/// reader or writer must not change a single byte. The hashes were taken from the row-by-row implementation.
/// </summary>
public sealed class StageOutputPinTests : IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public void Run_BundledDataset_OutputsByteIdenticalToPinnedHashes()
    {
        var hashes = RunBoth(ParamsLoader.Load(RepoFiles.ParamsText), RepoFiles.RawCsv);

        Assert.Equal(Pinned.Bundled, hashes);
    }

    /// <summary>Every policy at work at once: quarantined, clipped, flagged, normalized, quoted and extra cells.</summary>
    [Fact]
    public void Run_BundledDatasetWithPlantedFaults_OutputsByteIdenticalToPinnedHashes()
    {
        var lines = File.ReadAllLines(RepoFiles.RawCsv);
        Edit(lines, 5, "Age", "abc");
        Edit(lines, 10, "MTRANS", "WALKING");
        Edit(lines, 20, "Age", "150");
        Edit(lines, 30, "FAF", "");
        Edit(lines, 40, "Gender", "X");
        Edit(lines, 45, "NObeyesdad", "Obesity_Type_IV");
        Edit(lines, 60, "Gender", "\"Female\"");
        Edit(lines, 70, "CALC", "  Sometimes ");
        Edit(lines, 80, "Age", "2.10e1");
        Edit(lines, 90, "Height", "NA");
        lines[50] += ",surplus";
        lines[100] = "";
        File.WriteAllText(dir.File("raw.csv"), string.Join("\r\n", lines) + "\r\n");
        var p = DataFixture.Params(
            ("  non_numeric: fail", "  non_numeric: quarantine"),
            ("  out_of_range: fail", "  out_of_range: clip"),
            ("  missing_value: fail", "  missing_value: flag"),
            ("  unknown_category: fail", "  unknown_category: flag"),
            ("  unknown_target: fail", "  unknown_target: quarantine"));

        var hashes = RunBoth(p, dir.File("raw.csv"));

        Assert.Equal(Pinned.Faulty, hashes);
    }

    private static void Edit(string[] lines, int row, string column, string value)
    {
        var fields = lines[row].Split(',');
        fields[DataFixture.Column(column)] = value;
        lines[row] = string.Join(',', fields);
    }

    private string RunBoth(PipelineParams p, string raw)
    {
        Preprocessor.Run(p, raw, dir.File("clean.csv"), dir.File("quarantine.csv"), dir.File("dq.json"));
        FeatureStage.Run(p, dir.File("clean.csv"), dir.File("train.csv"), dir.File("test.csv"), dir.File("ft.json"));
        string[] files = ["clean.csv", "quarantine.csv", "dq.json", "train.csv", "test.csv", "ft.json"];
        return string.Join("\n", files.Select(f => $"{f} {ContentHash.OfFile(dir.File(f))}"));
    }

    private static class Pinned
    {
        public const string Bundled = ""
            + "clean.csv 08b617e7c1f9fa21f21d2349f519ac9ddeca1205089297ec244db3ace34da39a\n"
            + "quarantine.csv f8d55b8b99c1b3c87a7a4bff35ac6a503c4cd004891912a4e2583a7b55fdf94f\n"
            + "dq.json bb614528f7e8172975cef6b8aaa13e055f7df56348deca99c65a158c62d920a4\n"
            + "train.csv aa275006f142a261cb23890b8081a88c977cb92756abcaafe7b5dc0484a2e573\n"
            + "test.csv add98439aed8138a97bb896a86e63d92a95acbf2985278c2706bd88272a0a81c\n"
            + "ft.json 269f64bcbef4bf9620ed0d2d73a17de3eb0e59f3d29fc94f850d3945ed081f19";
        public const string Faulty = ""
            + "clean.csv 2e8f040f9a7fe99412506ddac22a4ac4c19aecc7d8014db943f56acca80de77a\n"
            + "quarantine.csv f5e59c246fa53d76d3d5a738c4dad3977c23d4b32f23a50dc67fb9f34b33def5\n"
            + "dq.json 7b7717cb03196d6d9947a2616cab27a9816a3fa7b0eb40a8c179fb14949c0f25\n"
            + "train.csv 65c6a88f4283db935b68b32045d4f99c2804a84f46ddc8561ce16d2b869625ce\n"
            + "test.csv 22cfb4156d1178a53d31dcc9399626c9f0d3459b621123595480a868a7f21c95\n"
            + "ft.json a11e4432a4d0ef63e13c82482a026cd3bcd5f0b3456c09bffcab28b71f30f2de";
    }
}
