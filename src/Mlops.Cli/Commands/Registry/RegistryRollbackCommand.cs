using Mlops.Core.Errors;

namespace Mlops.Cli.Commands.Registry;

/// <summary>
/// Moves an alias back to the version it held before its latest recorded move, compare-and-set against the current
/// holder, so a move made meanwhile is not undone blindly. Rolling back twice returns to where it started.
/// </summary>
public sealed class RegistryRollbackCommand : StoreCommand<RegistryRollbackSettings>
{
    protected override async Task<int> RunAsync(Stores stores, RegistryRollbackSettings settings, CancellationToken cancellationToken)
    {
        var (name, alias) = (settings.Name, settings.Alias);
        var latest = (await stores.Registry.ListAliasMovesAsync(name, alias, cancellationToken)).LastOrDefault()
            ?? throw MlopsException.Invalid($"Alias '{alias}' of {name} has no recorded move to roll back (see `mlops registry history {name}`).");
        if (latest.FromVersion is not { } previous)
        {
            throw MlopsException.Invalid(
                $"Alias '{alias}' of {name} had no earlier holder before its latest move (to {Held(latest.ToVersion)}): nothing to roll back to.");
        }
        var versions = await stores.Registry.ListModelVersionsAsync(name, cancellationToken);
        if (versions.All(v => v.Version != previous))
        {
            throw MlopsException.Invalid($"Cannot roll '{alias}' of {name} back to version {previous}: that version was deleted.");
        }
        var note = AliasNote.From(settings.Actor, settings.Reason, $"rollback of the move to {Held(latest.ToVersion)}");
        if (!await stores.Registry.MoveAliasAsync(name, alias, previous, latest.ToVersion, note, cancellationToken))
        {
            throw MlopsException.Conflict(
                $"Alias '{alias}' of {name} no longer points at {Held(latest.ToVersion)} (it moved meanwhile): not rolled back.");
        }
        Console.Out.WriteLine($"Alias '{alias}' of {name} rolled back from {Held(latest.ToVersion)} to version {previous}.");
        return 0;
    }

    private static string Held(int? version) => version is { } v ? $"version {v}" : "no version";
}
