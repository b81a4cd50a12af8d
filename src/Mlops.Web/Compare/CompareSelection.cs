namespace Mlops.Web.Compare;

/// <summary>How many runs the compare page takes, and the message when the selection is outside that range.</summary>
public static class CompareSelection
{
    public const int MinRuns = 2;

    public const int MaxRuns = 10;

    /// <summary>Null when <paramref name="runIds"/> (duplicates dropped) is a selection the page can compare.</summary>
    public static string? Problem(IReadOnlyCollection<string> runIds) => runIds.Count switch
    {
        < MinRuns => $"Select at least {MinRuns} runs to compare (got {runIds.Count}): tick them in the runs table.",
        > MaxRuns => $"Compare takes at most {MaxRuns} runs (got {runIds.Count}).",
        _ => null,
    };
}
