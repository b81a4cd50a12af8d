using Mlops.Core.Registry;

namespace Mlops.Cli.Commands.Registry;

public sealed class RegistryPromoteCommand : StoreCommand<RegistryPromoteCommand.Settings>
{
    public sealed class Settings : VersionSettings
    {
        [CommandArgument(2, "<STAGE>")]
        [Description("None, Staging, Production or Archived. Production archives the other Production versions.")]
        public string Stage { get; init; } = "";
    }

    protected override async Task<int> RunAsync(Stores stores, Settings settings, CancellationToken cancellationToken)
    {
        var stage = ModelStages.Parse(settings.Stage);
        var version = await stores.Registry.TransitionStageAsync(settings.Name, settings.Version, stage,
            archiveExisting: stage == ModelStage.Production, cancellationToken);
        Console.Out.WriteLine($"{version.Name} v{version.Version} is now in stage {version.Stage}.");
        return 0;
    }
}
