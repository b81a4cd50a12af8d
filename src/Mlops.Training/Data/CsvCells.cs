using Mlops.Inference.Csv;

namespace Mlops.Training.Data;

/// <summary>The cells of one record as the validator sees them, whether streamed from a file or held in a <see cref="CsvRow"/>.</summary>
internal interface ICsvCells
{
    int Count { get; }

    ReadOnlySpan<char> this[int index] { get; }

    string[] ToStrings();
}

/// <summary>The current record of a streamed file (fields trimmed, as <see cref="CsvReader"/> trims them).</summary>
internal readonly struct StreamedCells(CsvRecordReader record) : ICsvCells
{
    public int Count => record.FieldCount;

    public ReadOnlySpan<char> this[int index] => record.Field(index);

    public string[] ToStrings() => record.Fields();
}

/// <summary>The fields of a row held in memory, as they are.</summary>
internal readonly struct HeldCells(string[] fields) : ICsvCells
{
    public int Count => fields.Length;

    public ReadOnlySpan<char> this[int index] => fields[index];

    public string[] ToStrings() => fields;
}
