namespace Mlops.Cli.Commands.Feedback;

/// <summary>
/// `mlops feedback import --input labels.csv`: true labels for logged predictions, checked against the classes of the
/// registered version that made each one. Exit 0 when every row was stored, <see cref="ExitRejected"/> when any was not.
/// </summary>
public sealed class FeedbackImportCommand : AsyncCommand<FeedbackImportSettings>
{
    /// <summary>The file was read and its good rows stored, but at least one row was rejected.</summary>
    public const int ExitRejected = 3;

    public override Task<int> ExecuteAsync(CommandContext context, FeedbackImportSettings settings, CancellationToken cancellationToken) =>
        FeedbackImport.RunAsync(settings, cancellationToken);
}
