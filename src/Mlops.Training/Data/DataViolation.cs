using System.Text.Json.Serialization;

namespace Mlops.Training.Data;

/// <summary>
/// One broken rule. <see cref="Row"/> is the 1-based data row (0 for the header), <see cref="Line"/> the file line;
/// <see cref="Action"/> says what was done (failed, quarantined, clipped to X, flagged).
/// </summary>
public sealed record DataViolation(int Row, int Line, string Column, string Value, string Rule, string Action)
{
    [JsonIgnore]
    public bool IsFailure => Action == FailedAction;

    internal const string FailedAction = "failed";

    public override string ToString() => Row == 0
        ? $"header (file line {Line}), column '{Column}': {Rule} -> {Action}"
        : $"row {Row} (file line {Line}), column '{Column}', value '{Value}': {Rule} -> {Action}";
}
