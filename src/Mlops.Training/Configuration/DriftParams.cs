namespace Mlops.Training.Configuration;

/// <summary>
/// params.yaml `monitoring.drift:` — overrides of the monitoring library's drift rules (Evidently's defaults live there,
/// once); an absent key keeps the default. The keys and their meaning are documented in params.yaml.
/// </summary>
public sealed class DriftParams
{
    public int? SmallReferenceRows { get; init; }
    public int? FewValuesMax { get; init; }
    public int? BinaryValuesMax { get; init; }
    public double? KsPValue { get; init; }
    public double? ChiSquarePValue { get; init; }
    public double? ZTestPValue { get; init; }
    public double? WassersteinThreshold { get; init; }
    public double? JensenShannonThreshold { get; init; }
    public double? DatasetDriftShare { get; init; }
    public int? PsiBins { get; init; }
    /// <summary>auto | exact | asymp</summary>
    public string KsMethod { get; init; } = "auto";
    /// <summary>auto (the size-based rule) or one of ks | chisquare | z | wasserstein | jensenshannon.</summary>
    public string NumericTest { get; init; } = "auto";
    public string CategoricalTest { get; init; } = "auto";
    public Dictionary<string, string> ColumnTests { get; init; } = [];
    public Dictionary<string, double> ColumnThresholds { get; init; } = [];
}
