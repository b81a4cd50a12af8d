using System.Globalization;
using System.Text.RegularExpressions;
using Mlops.Monitoring.Drift;
using Mlops.Monitoring.Tests.Fixtures;

namespace Mlops.Monitoring.Tests.Drift.Simulation;

/// <summary>
/// The bundled dataset as the pipeline sees it: duplicate rows dropped (first kept), column kinds and target from
/// params.yaml, and the pipeline's split (test_fraction 0.2, seed 42, stratified) computed the way DatasetSplitter
/// does it: classes in ordinal order, one <c>new Random(42)</c> shuffling each, round-half-away-from-zero test counts.
/// </summary>
public sealed partial class ObesityData
{
    private static readonly Lazy<ObesityData> Instance = new(Load);

    private readonly string[][] rows;
    private readonly Dictionary<string, int> columnIndex;

    private ObesityData(string[] header, string[][] rows, IReadOnlyDictionary<string, ColumnKind> kinds, string target)
    {
        this.rows = rows;
        columnIndex = header.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i);
        Kinds = kinds;
        Target = target;
        Features = [.. header.Where(kinds.ContainsKey)];
        (TrainRows, TestRows) = Split(rows.Select(r => r[columnIndex[target]]).ToArray(), 0.2, 42);
    }

    public static ObesityData Shared => Instance.Value;

    public IReadOnlyList<string> Features { get; }
    public IReadOnlyDictionary<string, ColumnKind> Kinds { get; }
    public string Target { get; }
    public int[] TrainRows { get; }
    public int[] TestRows { get; }

    public string Cell(int row, string column) => rows[row][columnIndex[column]];

    public double Number(int row, string column) => double.Parse(Cell(row, column), CultureInfo.InvariantCulture);

    public string Label(int row) => Cell(row, Target);

    /// <summary>A drift column over the given rows; <paramref name="shift"/> changes numeric values (a simulated drift).</summary>
    public DriftColumn Column(string feature, IReadOnlyList<int> rowIndexes, Func<double, double>? shift = null)
    {
        if (Kinds[feature] == ColumnKind.Categorical)
            return DriftColumn.Categorical(feature, rowIndexes.Select(r => Cell(r, feature)));
        var values = new double[rowIndexes.Count];
        for (int i = 0; i < values.Length; i++)
        {
            double value = Number(rowIndexes[i], feature);
            values[i] = shift is null ? value : shift(value);
        }
        return DriftColumn.Numeric(feature, values);
    }

    /// <summary><paramref name="count"/> rows drawn with replacement (the held-out set has fewer rows than a window).</summary>
    public static int[] Sample(IReadOnlyList<int> pool, int count, Random random) =>
        [.. Enumerable.Range(0, count).Select(_ => pool[random.Next(pool.Count)])];

    private static ObesityData Load()
    {
        string paramsText = File.ReadAllText(System.IO.Path.Combine(RepoPaths.Root, "params.yaml"));
        var kinds = SchemaColumn().Matches(paramsText).ToDictionary(
            m => m.Groups[1].Value, m => m.Groups[2].Value == "numeric" ? ColumnKind.Numeric : ColumnKind.Categorical);
        string target = TargetKey().Match(paramsText).Groups[1].Value;
        var lines = File.ReadAllLines(System.IO.Path.Combine(RepoPaths.Root, "data", "raw", "ObesityDataSet_raw_and_data_sinthetic.csv"));
        var body = lines.Skip(1).Where(l => l.Length > 0).Distinct().Select(l => l.Split(',')).ToArray();
        return new ObesityData(lines[0].Split(','), body, kinds, target);
    }

    private static (int[] Train, int[] Test) Split(string[] labels, double testFraction, int seed)
    {
        var random = new Random(seed);
        var isTest = new bool[labels.Length];
        foreach (var group in Enumerable.Range(0, labels.Length).GroupBy(i => labels[i], StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var members = group.ToArray();
            random.Shuffle(members);
            foreach (int i in members.Take((int)Math.Round(members.Length * testFraction, MidpointRounding.AwayFromZero)))
                isTest[i] = true;
        }
        return ([.. Enumerable.Range(0, labels.Length).Where(i => !isTest[i])], [.. Enumerable.Range(0, labels.Length).Where(i => isTest[i])]);
    }

    [GeneratedRegex(@"^\s+(\w+):\s*\{\s*type:\s*(numeric|categorical)", RegexOptions.Multiline)]
    private static partial Regex SchemaColumn();

    [GeneratedRegex(@"^\s+target:\s*(\S+)", RegexOptions.Multiline)]
    private static partial Regex TargetKey();
}
