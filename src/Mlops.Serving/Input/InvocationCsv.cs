using System.Buffers;
using System.Text;
using Mlops.Inference.Csv;
using Mlops.Serving.Models;

namespace Mlops.Serving.Input;

/// <summary>A text/csv scoring body, checked by the model's input signature exactly as `mlops predict` checks its file.</summary>
internal static class InvocationCsv
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Parsed rows (row-major, <see cref="ServedModel.InputCount"/> wide) and their count; errors when invalid.</summary>
    public static (double[] Values, int Rows) Parse(ServedModel m, in ReadOnlySequence<byte> body, ServingOptions options, FieldErrors errors)
    {
        var text = StrictUtf8.GetString(body);
        var table = CsvReader.Read(new StringReader(text), "request body");
        if (table.Header.Count == 0 || table.Rows.Count == 0 || table.Rows.Count > options.MaxBatchRecords)
        {
            errors.Add("$", $"a CSV body needs a header row and between 1 and {options.MaxBatchRecords} data rows");
            return ([], 0);
        }
        var values = m.Signature.CheckTable(table, errors.Add);
        return errors.Count > 0 ? ([], 0) : (values, table.Rows.Count);
    }
}
