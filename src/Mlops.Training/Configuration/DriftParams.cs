namespace Mlops.Training.Configuration;

/// <summary>
/// params.yaml `monitoring.drift:` — overrides of the monitoring library's drift rules (Evidently's defaults live there,
/// once); an absent key keeps the default. The keys and their meaning are documented in params.yaml.
/// </summary>
public sealed class DriftParams
{
    public int? SmallReferenceRows { get; set; }
    public int? FewValuesMax { get; set; }
    public int? BinaryValuesMax { get; set; }
    public double? KsPValue { get; set; }
    public double? ChiSquarePValue { get; set; }
    public double? ZTestPValue { get; set; }
    public double? WassersteinThreshold { get; set; }
    public double? JensenShannonThreshold { get; set; }
    public double? DatasetDriftShare { get; set; }
    public int? PsiBins { get; set; }
    /// <summary>auto | exact | asymp</summary>
    public string KsMethod { get; set; } = "auto";
    /// <summary>auto (the size-based rule) or one of ks | chisquare | z | wasserstein | jensenshannon.</summary>
    public string NumericTest { get; set; } = "auto";
    public string CategoricalTest { get; set; } = "auto";
    public Dictionary<string, string> ColumnTests { get; set; } = [];
    public Dictionary<string, double> ColumnThresholds { get; set; } = [];
}
