namespace Mlops.Pipeline.Running;

public enum StageEventKind
{
    Started,
    Finished,
    Skipped,
    Failed,
}
