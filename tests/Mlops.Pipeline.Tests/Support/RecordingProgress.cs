using Mlops.Pipeline.Running;

namespace Mlops.Pipeline.Tests.Support;

/// <summary>A synchronous IProgress (Progress&lt;T&gt; posts asynchronously, which would make tests racy).</summary>
internal sealed class RecordingProgress : IProgress<StageEvent>
{
    public List<StageEvent> Events { get; } = [];

    public void Report(StageEvent value)
    {
        lock (Events)
        {
            Events.Add(value);
        }
    }
}
