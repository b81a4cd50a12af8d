
namespace Mlops.Inference.Csv;

/// <summary>One data row: its 1-based data row number, its 1-based line in the file, and its trimmed fields.</summary>
public sealed record CsvRow(int Row, int Line, string[] Fields);
