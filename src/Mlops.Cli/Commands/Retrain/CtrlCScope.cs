namespace Mlops.Cli.Commands.Retrain;

/// <summary>
/// Turns Ctrl+C into cancellation of <see cref="Token"/> instead of killing the process, so a retrain stops between
/// steps and releases its lease (a second Ctrl+C still kills it).
/// </summary>
internal sealed class CtrlCScope : IDisposable
{
    private readonly CancellationTokenSource _source;
    private int _presses;

    public CtrlCScope(CancellationToken outer)
    {
        _source = CancellationTokenSource.CreateLinkedTokenSource(outer);
        Console.CancelKeyPress += OnCancel;
    }

    public CancellationToken Token => _source.Token;

    private void OnCancel(object? sender, ConsoleCancelEventArgs e)
    {
        e.Cancel = Interlocked.Increment(ref _presses) == 1;
        _source.Cancel();
    }

    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancel;
        _source.Dispose();
    }
}
