using YamlDotNet.Serialization;

namespace Mlops.Training.Configuration;

/// <summary>
/// The YAML binding of every params type, generated at build time (YamlDotNet's static generator) so that loading
/// params.yaml reflects over no type; the generator fills settable properties only, hence { get; set; } on the params
/// types. A params type missing here fails the build (the generator's YDNG001 names it).
/// </summary>
[YamlStaticContext]
[YamlSerializable(typeof(ColumnSchema))]
[YamlSerializable(typeof(ContinuousTrainingParams))]
[YamlSerializable(typeof(CvParams))]
[YamlSerializable(typeof(DataParams))]
[YamlSerializable(typeof(DerivedFeatureParams))]
[YamlSerializable(typeof(DriftParams))]
[YamlSerializable(typeof(EvaluationParams))]
[YamlSerializable(typeof(FastForestParams))]
[YamlSerializable(typeof(FastTreeParams))]
[YamlSerializable(typeof(FeatureParams))]
[YamlSerializable(typeof(FeatureRangeParams))]
[YamlSerializable(typeof(FeatureShareParams))]
[YamlSerializable(typeof(FeatureValidationParams))]
[YamlSerializable(typeof(LbfgsParams))]
[YamlSerializable(typeof(LightGbmParams))]
[YamlSerializable(typeof(ModelParams))]
[YamlSerializable(typeof(MonitoringParams))]
[YamlSerializable(typeof(MonitoringPerformanceParams))]
[YamlSerializable(typeof(PipelineParams))]
[YamlSerializable(typeof(PromotionGuardParams))]
[YamlSerializable(typeof(RatioParams))]
[YamlSerializable(typeof(RegistryParams))]
[YamlSerializable(typeof(RetrainDataParams))]
[YamlSerializable(typeof(RetrainGateParams))]
[YamlSerializable(typeof(RetrainRolloutParams))]
[YamlSerializable(typeof(RetrainTriggerParams))]
[YamlSerializable(typeof(SchemaParams))]
[YamlSerializable(typeof(SdcaParams))]
[YamlSerializable(typeof(SliceFilterParams))]
[YamlSerializable(typeof(ServingParams))]
[YamlSerializable(typeof(SplitParams))]
[YamlSerializable(typeof(SweepParams))]
[YamlSerializable(typeof(SweepRangeParams))]
[YamlSerializable(typeof(TrackingParams))]
[YamlSerializable(typeof(ValidationParams))]
public partial class ParamsYamlContext : StaticContext;
