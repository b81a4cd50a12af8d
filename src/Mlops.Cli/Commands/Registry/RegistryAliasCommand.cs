namespace Mlops.Cli.Commands.Registry;

public sealed class RegistryAliasCommand : StoreCommand<RegistryAliasCommand.Settings>
{
    public sealed class Settings : AliasSettings
    {
        [CommandArgument(2, "<VERSION>")]
        public int Version { get; init; }
    }

    protected override async Task<int> RunAsync(Stores stores, Settings settings, CancellationToken cancellationToken)
    {
        await stores.Registry.SetAliasAsync(settings.Name, settings.Alias, settings.Version, cancellationToken);
        Console.Out.WriteLine($"Alias '{settings.Alias}' of {settings.Name} now points at version {settings.Version}.");
        return 0;
    }
}
