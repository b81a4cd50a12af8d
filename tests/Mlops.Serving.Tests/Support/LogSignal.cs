using Microsoft.Extensions.Logging;

namespace Mlops.Serving.Tests.Support;

/// <summary>
/// Lets a test await a line the server logs ("Serving … for …" when a model is swapped in) instead of polling an
/// endpoint until it changes. Only lines logged after <see cref="Next"/> is called count.
/// </summary>
public sealed class LogSignal : ILoggerProvider
{
    private readonly Lock gate = new();
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Seen)> waiters = [];

    /// <summary>Completes with the first line from now on that <paramref name="match"/> accepts.</summary>
    public Task<string> Next(Func<string, bool> match)
    {
        var seen = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            waiters.Add((match, seen));
        }
        return seen.Task;
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private void Seen(string line)
    {
        lock (gate)
        {
            foreach (var waiter in waiters.Where(w => w.Match(line)).ToList())
            {
                waiters.Remove(waiter);
                waiter.Seen.TrySetResult(line);
            }
        }
    }

    private sealed class Logger(LogSignal signal) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                signal.Seen(formatter(state, exception));
            }
        }
    }
}
