using Mlops.Core.AbTesting;
using Spectre.Console;

namespace Mlops.Cli.Commands.Ab;

/// <summary>`mlops ab list`: every A/B test, newest first.</summary>
public sealed class AbListCommand : AbViewCommand<AbListCommand.Settings, IReadOnlyList<AbTestView>>
{
    public sealed class Settings : AbSettings
    {
        [CommandOption("--model <MODEL>"), Description("Only the tests of this registered model.")]
        public string? Model { get; init; }
    }

    protected override async Task<IReadOnlyList<AbTestView>> LoadAsync(Stores stores, IAbTestStore tests, Settings settings, CancellationToken cancellationToken) =>
        [.. (await tests.ListAsync(string.IsNullOrWhiteSpace(settings.Model) ? null : settings.Model, cancellationToken)).Select(AbTestView.Of)];

    protected override void Render(IReadOnlyList<AbTestView> view, Settings settings) =>
        Tables.Write(["name", "model", "status", "mode", "variants", "horizon", "started", "verdict"], view.Select(t => new[]
        {
            Markup.Escape(t.Name), Markup.Escape(t.Model), t.Status.ToString(), t.Mode.ToString().ToLowerInvariant(),
            Markup.Escape(t.VariantsText()), t.RequiredPerVariant.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Format.Time(t.StartedAt.ToUnixTimeMilliseconds()), t.Conclusion?.Verdict.ToString() ?? "",
        }));
}
