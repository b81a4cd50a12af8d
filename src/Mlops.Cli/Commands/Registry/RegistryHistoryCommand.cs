using System.Globalization;
using Mlops.Core.Registry;
using Spectre.Console;

namespace Mlops.Cli.Commands.Registry;

/// <summary>Every recorded move of a model's aliases, oldest first: when, which alias, from → to, who and why.</summary>
public sealed class RegistryHistoryCommand : StoreViewCommand<RegistryHistorySettings, IReadOnlyList<AliasMove>>
{
    protected override async Task<IReadOnlyList<AliasMove>> LoadAsync(Stores stores, RegistryHistorySettings settings,
        CancellationToken cancellationToken) => await stores.Registry.ListAliasMovesAsync(settings.Name, settings.Alias, cancellationToken);

    protected override void Render(IReadOnlyList<AliasMove> moves, RegistryHistorySettings settings) =>
        Tables.Write(["when", "alias", "from → to", "who", "why"], moves.Select(m => new[]
        {
            Format.Time(m.At.ToUnixTimeMilliseconds()), Markup.Escape(m.Alias), $"{Version(m.FromVersion)} → {Version(m.ToVersion)}",
            Markup.Escape(m.Actor), Markup.Escape(m.Reason),
        }));

    private static string Version(int? version) => version?.ToString(CultureInfo.InvariantCulture) ?? "-";
}
