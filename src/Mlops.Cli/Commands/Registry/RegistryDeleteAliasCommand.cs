using Mlops.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Mlops.Cli.Commands.Registry;

public sealed class RegistryDeleteAliasCommand : AsyncCommand<RegistryDeleteAliasCommand.Settings>
{
    public sealed class Settings : StoreSettings
    {
        [CommandArgument(0, "<NAME>")]
        public string Name { get; init; } = "";

        [CommandArgument(1, "<ALIAS>")]
        public string Alias { get; init; } = "";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var stores = StoreFactory.Open(settings.TrackingUri);
        // Resolving first turns a missing alias into a clear not-found error instead of a silent no-op.
        await stores.Registry.GetModelVersionByAliasAsync(settings.Name, settings.Alias, cancellationToken);
        await stores.Registry.DeleteAliasAsync(settings.Name, settings.Alias, cancellationToken);
        Console.Out.WriteLine($"Alias '{settings.Alias}' removed from {settings.Name}.");
        return 0;
    }
}
