using Mlops.Core.Tracking;

namespace Mlops.Cli.Commands.Runs;

/// <summary>
/// `params diff` and `metrics diff`: the keys of two runs whose values differ (all keys with --all). A verb names what
/// it compares (<paramref name="noun"/>, as in "No param differs."), reads those values from a run, says when two are
/// the same, and lays out the table.
/// </summary>
public abstract class RunDiffCommand<T>(string noun, Func<Run, IReadOnlyDictionary<string, T>> valuesOf, Func<T, T, bool> same)
    : StoreViewCommand<RunPairSettings, IReadOnlyList<KeyDiff<T>>>
{
    protected abstract string[] Columns(RunPairSettings settings);

    protected abstract string[] Cells(KeyDiff<T> row);

    protected override async Task<IReadOnlyList<KeyDiff<T>>> LoadAsync(Stores stores, RunPairSettings settings, CancellationToken cancellationToken)
    {
        var a = valuesOf(await stores.Tracking.GetRunAsync(settings.RunA, cancellationToken));
        var b = valuesOf(await stores.Tracking.GetRunAsync(settings.RunB, cancellationToken));
        return KeyDiff<T>.Between(a, b, settings.All, same);
    }

    protected override void Render(IReadOnlyList<KeyDiff<T>> rows, RunPairSettings settings)
    {
        if (rows.Count == 0)
        {
            Console.Out.WriteLine($"No {noun} differs.");
            return;
        }
        Tables.Write(Columns(settings), rows.Select(Cells));
    }
}
