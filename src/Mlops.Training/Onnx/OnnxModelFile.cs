namespace Mlops.Training.Onnx;

/// <summary>What MLmodel's onnx flavor says about an exported file.</summary>
public static class OnnxModelFile
{
    /// <summary>ai.onnx opset → the first ONNX release that defines it (opset 12 came with ONNX 1.7).</summary>
    private static readonly Dictionary<long, string> ReleaseOfOpset = new()
    {
        [7] = "1.2.0", [8] = "1.3.0", [9] = "1.4.0", [10] = "1.5.0", [11] = "1.6.0", [12] = "1.7.0", [13] = "1.8.0",
        [14] = "1.9.0", [15] = "1.10.0", [16] = "1.11.0", [17] = "1.12.0", [18] = "1.13.0", [19] = "1.14.0",
        [20] = "1.15.0", [21] = "1.16.0",
    };

    /// <summary>True when the train stage wrote a model there (an empty file marks a model it could not export).</summary>
    public static bool IsExported(string? path) => path is not null && File.Exists(path) && new FileInfo(path).Length > 0;

    /// <summary>
    /// The ONNX release whose operators the file needs: MLflow records the onnx package it saved with as onnx_version;
    /// no Python package is involved here, so this names the release that introduced the file's ai.onnx opset.
    /// </summary>
    public static string? OnnxVersion(string path)
    {
        foreach (var opset in ProtoReader.Fields(File.ReadAllBytes(path)).Where(f => f.Number == 8))
        {
            if (Opset(opset) is ("" or "ai.onnx", var version))
            {
                return ReleaseOfOpset.GetValueOrDefault(version);
            }
        }
        return null;
    }

    /// <summary>An OperatorSetIdProto's domain ("" for ai.onnx) and version.</summary>
    internal static (string Domain, long Version) Opset(ProtoField opset)
    {
        var fields = ProtoReader.Fields(opset.Payload);
        var domain = fields.FirstOrDefault(f => f.Number == 1) is { WireType: 2 } d ? d.Text : "";
        return (domain, (long)fields.FirstOrDefault(f => f.Number == 2).Varint);
    }
}
