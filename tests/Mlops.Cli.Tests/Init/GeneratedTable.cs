using System.Globalization;
using System.Text;

namespace Mlops.Cli.Tests.Init;

/// <summary>
/// A seeded table of one shape for the init acceptance tests: its file name, target, the labels it holds (for the
/// majority-class baseline), and the bytes to write. Each label follows a rule of the inputs plus a little noise.
/// </summary>
public sealed record GeneratedTable(string Name, string FileName, string Target, IReadOnlyList<string> Labels, byte[] Bytes)
{
    public override string ToString() => Name;

    /// <summary>The accuracy of always answering the most frequent label.</summary>
    public double MajorityShare => (double)Labels.Where(l => l.Length > 0).GroupBy(l => l).Max(g => g.Count()) / Labels.Count(l => l.Length > 0);

    /// <summary>The text of a file: the header, then one row per call of <paramref name="row"/>, which returns its fields and the label.</summary>
    public static GeneratedTable Build(string name, string fileName, string header, int rows, Func<Random, (string Fields, string Label)> row,
        char delimiter = ',', string newLine = "\n", bool bom = false)
    {
        var random = new Random(17);
        var text = new StringBuilder(header).Append(newLine);
        var labels = new List<string>(rows);
        for (var i = 0; i < rows; i++)
        {
            var (fields, label) = row(random);
            text.Append(fields).Append(delimiter).Append(label).Append(newLine);
            labels.Add(label.Trim('"'));
        }
        var target = header.Split(delimiter)[^1].Trim('"');
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        return new GeneratedTable(name, fileName, target, labels, bom ? [.. Encoding.UTF8.GetPreamble(), .. bytes] : bytes);
    }

    /// <summary><paramref name="yes"/> where the rule holds, else <paramref name="no"/>; swapped for 3% of the rows.</summary>
    public static string Noisy(Random random, bool rule, string yes, string no) => rule ^ (random.NextDouble() < 0.03) ? yes : no;

    public static string N(double value, string format = "0.###") => value.ToString(format, CultureInfo.InvariantCulture);

    public static T Pick<T>(Random random, params T[] items) => items[random.Next(items.Length)];
}
