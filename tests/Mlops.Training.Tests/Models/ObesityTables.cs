using System.Globalization;
using Mlops.Training.Models;

namespace Mlops.Training.Tests.Models;

/// <summary>
/// Builds feature tables from the raw obesity CSV the way the features stage will (deduplicated rows, one-hot
/// categoricals, standard-scaled numerics, BMI), split 80/20 stratified with seed 42, so these tests do not depend on it.
/// </summary>
public static class ObesityTables
{
    public static readonly IReadOnlyList<string> Classes =
    [
        "Insufficient_Weight", "Normal_Weight", "Overweight_Level_I", "Overweight_Level_II",
        "Obesity_Type_I", "Obesity_Type_II", "Obesity_Type_III",
    ];

    private static readonly Lazy<(FeatureTable Train, FeatureTable Test)> Split = new(Build);

    private static readonly Dictionary<string, string[]> Categories = new()
    {
        ["Gender"] = ["Female", "Male"],
        ["family_history_with_overweight"] = ["yes", "no"],
        ["FAVC"] = ["yes", "no"],
        ["CAEC"] = ["no", "Sometimes", "Frequently", "Always"],
        ["SMOKE"] = ["yes", "no"],
        ["SCC"] = ["yes", "no"],
        ["CALC"] = ["no", "Sometimes", "Frequently", "Always"],
        ["MTRANS"] = ["Public_Transportation", "Automobile", "Walking", "Motorbike", "Bike"],
    };

    public static FeatureTable Train => Split.Value.Train;

    public static FeatureTable Test => Split.Value.Test;

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Mlops.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Mlops.slnx not found above the test folder.");
    }

    private static (FeatureTable, FeatureTable) Build()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoRoot(), "data/raw/ObesityDataSet_raw_and_data_sinthetic.csv"));
        var header = lines[0].Split(',');
        var rows = lines.Skip(1).Where(l => l.Length > 0).Distinct().Select(l => l.Split(',')).ToArray();
        var names = new List<string>();
        var columns = new List<float[]>();
        for (var c = 0; c < header.Length - 1; c++)
        {
            if (Categories.TryGetValue(header[c], out var cats))
            {
                foreach (var cat in cats)
                {
                    names.Add($"{header[c]}={cat}");
                    columns.Add([.. rows.Select(r => r[c] == cat ? 1f : 0f)]);
                }
            }
            else
            {
                names.Add(header[c]);
                columns.Add(Scale(rows.Select(r => double.Parse(r[c], CultureInfo.InvariantCulture))));
            }
        }

        int height = Array.IndexOf(header, "Height"), weight = Array.IndexOf(header, "Weight");
        names.Add("BMI");
        columns.Add(Scale(rows.Select(r =>
            double.Parse(r[weight], CultureInfo.InvariantCulture) / Math.Pow(double.Parse(r[height], CultureInfo.InvariantCulture), 2))));

        var values = new float[rows.Length * names.Count];
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < names.Count; c++)
            {
                values[(r * names.Count) + c] = columns[c][r];
            }
        }

        var all = new FeatureTable(names, values, [.. rows.Select(r => r[^1])]);
        var random = new Random(42);
        var testRows = new List<int>();
        foreach (var group in Enumerable.Range(0, all.Rows).GroupBy(i => all.Labels[i]).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var members = group.ToArray();
            random.Shuffle(members);
            testRows.AddRange(members.Take((int)Math.Round(members.Length * 0.2)));
        }

        var testSet = testRows.ToHashSet();
        var trainRows = Enumerable.Range(0, all.Rows).Where(i => !testSet.Contains(i)).ToArray();
        return (all.Subset(trainRows), all.Subset([.. testRows.Order()]));
    }

    private static float[] Scale(IEnumerable<double> source)
    {
        var v = source.ToArray();
        var mean = v.Average();
        var std = Math.Sqrt(v.Sum(x => (x - mean) * (x - mean)) / v.Length);
        return [.. v.Select(x => (float)((x - mean) / std))];
    }
}
