using System.Globalization;

namespace Mlops.Training.Evaluation;

/// <summary>
/// One column of clean.csv held compactly: a numeric column as doubles (a cell that is no number kept as its text), a
/// categorical one as codes into its distinct cells, each distinct cell one string.
/// </summary>
internal sealed class CleanColumn
{
    private readonly bool numeric;
    private readonly Dictionary<int, string> notNumbers = [];
    private readonly List<string> distinct = [];
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> codeOf =
        new Dictionary<string, int>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private double[] numbers = [];
    private int[] codes = [];
    private int count;

    public CleanColumn(bool numeric) => this.numeric = numeric;

    public void Add(ReadOnlySpan<char> cell)
    {
        if (numeric)
        {
            Grow(ref numbers);
            if (!double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[count]))
            {
                notNumbers[count] = cell.ToString();
                numbers[count] = double.NaN;
            }
        }
        else
        {
            Grow(ref codes);
            if (!codeOf.TryGetValue(cell, out codes[count]))
            {
                codes[count] = distinct.Count;
                var text = cell.ToString();
                distinct.Add(text);
                codeOf[text] = codes[count];
            }
        }
        count++;
    }

    /// <summary>
    /// The cell as text. A number comes back round-trip formatted ("R"), which a slice filter reads as the same number
    /// as the file's text: filters compare numbers as numbers, and a text that is a number never equals one that is not.
    /// </summary>
    public string Text(int row) => !numeric ? distinct[codes[row]]
        : notNumbers.TryGetValue(row, out var text) ? text : numbers[row].ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The cell's number; false when it is no number (or the column is categorical): <see cref="Text"/> says what it is.</summary>
    public bool TryNumber(int row, out double value)
    {
        value = numeric ? numbers[row] : double.NaN;
        return numeric && !notNumbers.ContainsKey(row);
    }

    private void Grow<T>(ref T[] values)
    {
        if (count == values.Length)
        {
            Array.Resize(ref values, Math.Max(1024, values.Length * 2));
        }
    }
}
