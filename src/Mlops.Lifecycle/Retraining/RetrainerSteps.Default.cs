using Mlops.Core.Errors;

namespace Mlops.Lifecycle.Retraining;

public sealed partial record RetrainerSteps
{
    /// <summary>The library's triggers and dataset builder.</summary>
    public static RetrainerSteps Default { get; } = new(
        (_, _) => throw new MlopsException(ErrorCode.InvalidState, "the retrain triggers are not in this build yet"),
        (_, _, _, _) => throw new MlopsException(ErrorCode.InvalidState, "the retrain dataset builder is not in this build yet"));
}
