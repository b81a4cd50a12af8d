namespace Mlops.Cli.Infrastructure;

/// <summary>
/// Base of the verbs that print one result: <see cref="LoadAsync"/> reads it (or does the work and returns the outcome),
/// then --json prints <see cref="ToJson"/> (the result itself unless overridden), else <see cref="Render"/> prints it for
/// people. A verb on the stores derives from StoreViewCommand; <see cref="ExitCode"/> is 0 unless overridden.
/// </summary>
public abstract class ViewCommand<TSettings, TView> : AsyncCommand<TSettings>
    where TSettings : ListSettings
{
    public sealed override async Task<int> ExecuteAsync(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        var view = await LoadAsync(settings, cancellationToken);
        if (settings.Json)
        {
            JsonOutput.Write(ToJson(view, settings));
        }
        else
        {
            Render(view, settings);
        }
        return ExitCode(view);
    }

    protected abstract Task<TView> LoadAsync(TSettings settings, CancellationToken cancellationToken);

    /// <summary>What --json prints; the view itself unless a verb's JSON has another shape.</summary>
    protected virtual object? ToJson(TView view, TSettings settings) => view;

    protected abstract void Render(TView view, TSettings settings);

    /// <summary>The exit code for both forms of output (a check that found problems returns non-zero).</summary>
    protected virtual int ExitCode(TView view) => 0;
}
