namespace Mlops.Pipeline.Running;

public enum StageOutcome
{
    Ran,
    Skipped,
    NotSelected,
}
