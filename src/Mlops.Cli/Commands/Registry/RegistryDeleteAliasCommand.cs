namespace Mlops.Cli.Commands.Registry;

public sealed class RegistryDeleteAliasCommand : StoreCommand<AliasSettings>
{
    protected override async Task<int> RunAsync(Stores stores, AliasSettings settings, CancellationToken cancellationToken)
    {
        // Resolving first turns a missing alias into a clear not-found error instead of a silent no-op.
        await stores.Registry.GetModelVersionByAliasAsync(settings.Name, settings.Alias, cancellationToken);
        await stores.Registry.DeleteAliasAsync(settings.Name, settings.Alias, cancellationToken);
        Console.Out.WriteLine($"Alias '{settings.Alias}' removed from {settings.Name}.");
        return 0;
    }
}
