using System.Text.Json;
using Mlops.Core.Errors;
using Mlops.Core.Hashing;

namespace Mlops.Inference.Features;

public sealed partial class FeatureTransform
{
    private readonly byte[] json;

    /// <summary>SHA-256 (lowercase hex) of the saved JSON bytes; equal for equal data and params.</summary>
    public string Hash { get; }

    private FeatureTransform(FeatureTransformDocument document, byte[] jsonBytes)
    {
        Document = document;
        json = jsonBytes;
        Hash = ContentHash.OfBytes(jsonBytes);
        InputColumns = [.. document.InputColumns.Select(c => c.Name)];
        FeatureNames = [.. document.Features.Select(f => f.Name)];
        FeatureSources = [.. document.Features.Select(f => f.Source)];
        numericInputs = [.. document.InputColumns.Select(c => c.IsNumeric)];
        categories = [.. document.InputColumns.Select(c => c.Categories?.ToArray() ?? [])];
        (imputed, otherIndices) = CompileMissing(document.InputColumns);
        var count = document.Features.Count;
        (kinds, sources, categoryIndices, shifts, scales) = (new FeatureKind[count], new int[count], new int[count], new double[count], new double[count]);
        (denominators, denominatorPowers) = (new int[count], new int[count]);
        for (var f = 0; f < count; f++)
        {
            Compile(f, document.Features[f]);
        }
    }

    private void Compile(int f, FeatureDefinition feature)
    {
        kinds[f] = feature.Kind switch
        {
            FeatureDefinition.Numeric => FeatureKind.Numeric,
            FeatureDefinition.OneHot => FeatureKind.OneHot,
            FeatureDefinition.Ordinal => FeatureKind.Ordinal,
            FeatureDefinition.Ratio => FeatureKind.Ratio,
            // v1 packages hard-wired two dataset columns for this kind; which ones is no longer known here.
            "bmi" => throw Invalid($"feature '{feature.Name}' is of kind 'bmi' from a package written before derived features "
                + "were declared in params.yaml (features.derived); re-run the pipeline (mlops pipeline run) to rebuild the model"),
            _ => throw Invalid($"feature '{feature.Name}' has unknown kind '{feature.Kind}'"),
        };
        shifts[f] = feature.Shift;
        scales[f] = feature.Scale != 0 && double.IsFinite(feature.Scale) ? feature.Scale
            : throw Invalid($"feature '{feature.Name}' has scale {feature.Scale}");
        if (kinds[f] == FeatureKind.Ratio)
        {
            CompileRatio(f, feature);
            return;
        }
        sources[f] = IndexOfInput(feature.Source);
        if (sources[f] < 0 || numericInputs[sources[f]] != (kinds[f] == FeatureKind.Numeric))
        {
            throw Invalid($"feature '{feature.Name}' has source '{feature.Source}', which is not a matching input column");
        }
        if (kinds[f] == FeatureKind.OneHot)
        {
            categoryIndices[f] = Array.IndexOf(categories[sources[f]], feature.Category);
            if (categoryIndices[f] < 0)
            {
                throw Invalid($"feature '{feature.Name}' names category '{feature.Category}', unknown to input '{feature.Source}'");
            }
        }
    }

    private void CompileRatio(int f, FeatureDefinition feature)
    {
        var ratio = Document.Ratios.FirstOrDefault(r => r.Name == feature.Source)
            ?? throw Invalid($"feature '{feature.Name}' is a ratio, but the transform defines no ratio '{feature.Source}'");
        sources[f] = NumericInput(ratio, "numerator", ratio.Numerator);
        denominators[f] = NumericInput(ratio, "denominator", ratio.Denominator);
        denominatorPowers[f] = ratio.DenominatorPower >= 1 ? ratio.DenominatorPower
            : throw Invalid($"ratio '{ratio.Name}' has denominator_power {ratio.DenominatorPower}, expected at least 1");
    }

    private int NumericInput(RatioDefinition ratio, string role, string column)
    {
        var index = IndexOfInput(column);
        return index >= 0 && numericInputs[index] ? index
            : throw Invalid($"ratio '{ratio.Name}' has {role} '{column}', which is not a numeric input column");
    }

    private int IndexOfInput(string name)
    {
        for (var i = 0; i < InputColumns.Count; i++)
        {
            if (InputColumns[i] == name)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The canonical JSON bytes (snake_case, indented, LF) that <see cref="Hash"/> is computed over.</summary>
    public byte[] ToJsonBytes() => (byte[])json.Clone();

    public void Save(string path)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }
        File.WriteAllBytes(path, json);
    }

    public static FeatureTransform Load(string path)
    {
        if (!File.Exists(path))
        {
            throw MlopsException.NotFound($"feature transform '{path}' does not exist");
        }
        var bytes = File.ReadAllBytes(path);
        return FromJson(bytes, path);
    }

    public static FeatureTransform FromJson(byte[] jsonBytes, string source = "feature transform")
    {
        FeatureTransformDocument? document;
        try
        {
            document = FeatureTransformReader.Read(jsonBytes);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            throw MlopsException.Invalid($"{source}: not a feature transform: {e.Message}");
        }
        if (document?.Format is not (FeatureTransformDocument.CurrentFormat or FeatureTransformDocument.LegacyFormat))
        {
            throw MlopsException.Invalid($"{source}: format must be '{FeatureTransformDocument.CurrentFormat}', got '{document?.Format}'");
        }
        return new FeatureTransform(document, jsonBytes);
    }

    /// <summary>A transform from a document built in code (fitting); its canonical JSON bytes are written here.</summary>
    public static FeatureTransform FromDocument(FeatureTransformDocument document) =>
        new(document, FeatureTransformJson.ToBytes(document));

    private static MlopsException Invalid(string message) => MlopsException.Invalid($"feature transform: {message}");
}
