using System.ComponentModel;
using Mlops.Cli.Infrastructure;
using Mlops.Core.Registry;
using Spectre.Console.Cli;

namespace Mlops.Cli.Commands.Registry;

public sealed class RegistryPromoteCommand : AsyncCommand<RegistryPromoteCommand.Settings>
{
    public sealed class Settings : VersionSettings
    {
        [CommandArgument(2, "<STAGE>")]
        [Description("None, Staging, Production or Archived. Production archives the other Production versions.")]
        public string Stage { get; init; } = "";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var stage = ModelStages.Parse(settings.Stage);
        var stores = StoreFactory.Open(settings.TrackingUri);
        var version = await stores.Registry.TransitionStageAsync(settings.Name, settings.Version, stage,
            archiveExisting: stage == ModelStage.Production, cancellationToken);
        Console.Out.WriteLine($"{version.Name} v{version.Version} is now in stage {version.Stage}.");
        return 0;
    }
}
