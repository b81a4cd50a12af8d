using System.Text.RegularExpressions;
using Mlops.Lifecycle.Tests.Profiling;

namespace Mlops.Lifecycle.Tests.Packaging;

/// <summary>
/// The bundled workspace with one input column renamed to <see cref="ColumnName"/>, the name of the ONNX graph's
/// prediction output: a model the train stage cannot export to ONNX, through the real pipeline.
/// </summary>
public sealed partial class OutputNamedColumnWorkspace : PipelineWorkspace
{
    public const string RenamedColumn = "Age";
    public const string ColumnName = "prediction";

    protected override void PrepareCopies()
    {
        var paramsYaml = PathOf("params.yaml");
        File.WriteAllText(paramsYaml, SchemaKey().Replace(File.ReadAllText(paramsYaml), $"    {ColumnName}:", 1));
        var raw = PathOf("data/raw/ObesityDataSet_raw_and_data_sinthetic.csv");
        var lines = File.ReadAllLines(raw);
        lines[0] = string.Join(',', lines[0].Split(',').Select(c => c == RenamedColumn ? ColumnName : c));
        File.WriteAllLines(raw, lines);
    }

    [GeneratedRegex($"^    {RenamedColumn}:", RegexOptions.Multiline)]
    private static partial Regex SchemaKey();
}
