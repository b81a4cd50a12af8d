using Mlops.Core.Errors;

namespace Mlops.Cli.Commands.Registry;

/// <summary>Points an alias at a version as a compare-and-set against the holder it read, recorded with actor and reason.</summary>
public sealed class RegistryAliasCommand : StoreCommand<RegistryAliasCommand.Settings>
{
    public sealed class Settings : AliasMoveSettings
    {
        [CommandArgument(2, "<VERSION>")]
        public int Version { get; init; }
    }

    protected override async Task<int> RunAsync(Stores stores, Settings settings, CancellationToken cancellationToken)
    {
        var model = await stores.Registry.GetRegisteredModelAsync(settings.Name, cancellationToken);
        int? current = model.Aliases.TryGetValue(settings.Alias, out var held) ? held : null;
        var note = AliasNote.From(settings.Actor, settings.Reason, "set from the command line");
        if (!await stores.Registry.MoveAliasAsync(settings.Name, settings.Alias, settings.Version, current, note, cancellationToken))
        {
            throw MlopsException.Conflict(
                $"Alias '{settings.Alias}' of {settings.Name} moved while setting it (it was at {Held(current)}): run the command again.");
        }
        Console.Out.WriteLine($"Alias '{settings.Alias}' of {settings.Name} now points at version {settings.Version}.");
        return 0;
    }

    private static string Held(int? version) => version is { } v ? $"version {v}" : "no version";
}
