using System.ComponentModel;
using Mlops.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Mlops.Cli.Commands.Registry;

public sealed class RegistryAliasCommand : AsyncCommand<RegistryAliasCommand.Settings>
{
    public sealed class Settings : StoreSettings
    {
        [CommandArgument(0, "<NAME>")]
        public string Name { get; init; } = "";

        [CommandArgument(1, "<ALIAS>")]
        [Description("Alias such as champion or challenger.")]
        public string Alias { get; init; } = "";

        [CommandArgument(2, "<VERSION>")]
        public int Version { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var stores = StoreFactory.Open(settings.TrackingUri);
        await stores.Registry.SetAliasAsync(settings.Name, settings.Alias, settings.Version, cancellationToken);
        Console.Out.WriteLine($"Alias '{settings.Alias}' of {settings.Name} now points at version {settings.Version}.");
        return 0;
    }
}
