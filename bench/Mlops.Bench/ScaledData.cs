using System.Globalization;
using Mlops.Inference.Csv;
using Mlops.Training.Configuration;
using Mlops.Training.Data;

namespace Mlops.Bench;

/// <summary>
/// bench/data: a larger dataset made from the bundled one — scale × its rows drawn with replacement, each numeric cell
/// (a schema.columns entry of type numeric) moved by Gaussian noise of <c>noise</c> × the column's standard deviation
/// and kept within the column's min/max. The same seed gives the same bytes. Cells holding a whole number stay as they
/// are: they are answers on a scale (counts, ordinal levels), and evaluation slices may be defined on their being whole.
/// </summary>
public static class ScaledData
{
    public const double DefaultNoise = 0.01;

    public static int Run(string paramsFile, int scale, int seed, string output, double noise = DefaultNoise)
    {
        var p = ParamsLoader.LoadFile(paramsFile);
        var root = Path.GetDirectoryName(Path.GetFullPath(paramsFile))!;
        var source = CsvReader.ReadFile(Path.Combine(root, p.Data.Raw));
        Write(output, source.Header, Generate(p.Schema, source, scale, seed, noise));
        Console.WriteLine($"{(long)scale * source.Rows.Count} rows ({scale} x {source.Rows.Count}, seed {seed}, noise {noise.ToString(CultureInfo.InvariantCulture)} x std) -> {output}");
        return 0;
    }

    public static void Write(string output, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows) =>
        CsvWriter.WriteFile(output, header, rows);

    /// <summary>The rows of the scaled table, in draw order; numeric columns are those schema.columns types as numeric.</summary>
    public static IEnumerable<IReadOnlyList<string>> Generate(SchemaParams schema, CsvTable source, int scale, int seed, double noise)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 1);
        if (source.Rows.Count == 0)
        {
            throw new InvalidOperationException($"{source.Source} has no rows to resample");
        }

        var numeric = NumericColumns(schema, source);
        var random = new Random(seed);
        var total = (long)scale * source.Rows.Count;
        for (long i = 0; i < total; i++)
        {
            var fields = (string[])source.Rows[random.Next(source.Rows.Count)].Fields.Clone();
            foreach (var column in numeric)
            {
                fields[column.Index] = column.Perturb(fields[column.Index], random, noise);
            }

            yield return fields;
        }
    }

    private static List<NoisyColumn> NumericColumns(SchemaParams schema, CsvTable source)
    {
        var columns = new List<NoisyColumn>();
        foreach (var (name, spec) in schema.Columns.Where(c => c.Value.Type == "numeric"))
        {
            var index = source.IndexOf(name);
            if (index < 0)
            {
                continue; // a column the file lacks: the pipeline's validation reports it, not the generator
            }

            var values = source.Rows.Select(r => NoisyColumn.Parse(r.Fields[index])).OfType<double>().ToArray();
            var mean = values.Length == 0 ? 0 : values.Average();
            var std = values.Length == 0 ? 0 : Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Length);
            columns.Add(new NoisyColumn(index, std, spec.Min ?? double.NegativeInfinity, spec.Max ?? double.PositiveInfinity));
        }

        return columns;
    }
}
