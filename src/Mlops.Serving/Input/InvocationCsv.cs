using System.Buffers;
using System.Text;
using Mlops.Core.Errors;
using Mlops.Lifecycle.Loading;
using Mlops.Serving.Models;
using Mlops.Training.Data;

namespace Mlops.Serving.Input;

/// <summary>A text/csv scoring body, validated exactly as `mlops predict` validates its input file.</summary>
internal static class InvocationCsv
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The rows' values as text, in the model's input order, or none with <paramref name="errors"/> filled.</summary>
    public static IReadOnlyList<string[]> Parse(ServedModel m, in ReadOnlySequence<byte> body, ServingOptions options, FieldErrors errors)
    {
        var text = StrictUtf8.GetString(body);
        var table = CsvReader.Read(new StringReader(text), "request body");
        if (table.Header.Count == 0 || table.Rows.Count == 0 || table.Rows.Count > options.MaxBatchRecords)
        {
            errors.Add("$", $"a CSV body needs a header row and between 1 and {options.MaxBatchRecords} data rows");
            return [];
        }
        IReadOnlyList<string[]> rows;
        IReadOnlyList<DataViolation> failures;
        try
        {
            (rows, failures) = ModelInputSchema.Check(m.Transform, table);
        }
        catch (MlopsException e) when (e.Code == ErrorCode.InvalidParameterValue)
        {
            // A table the validator cannot bind at all (a repeated header name) is still the request's fault.
            errors.Add("$", e.Message);
            return [];
        }
        foreach (var failure in failures)
        {
            errors.Add(failure.Row == 0 ? failure.Column : $"row {failure.Row}.{failure.Column}",
                failure.Value.Length == 0 ? failure.Rule : $"{ErrorText.Quote(failure.Value)}: {failure.Rule}");
        }
        return failures.Count > 0 ? [] : rows;
    }
}
