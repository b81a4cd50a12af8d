using System.Globalization;
using Mlops.Core.Errors;
using Mlops.Core.Registry;

namespace Mlops.Web.Registry;

/// <summary>
/// A change to a model version the confirmation page shows and then makes: set or delete an alias, or move to a
/// stage. Parsed from the page's query, so the confirmation is a linkable URL and the change happens only on its POST.
/// </summary>
public sealed record RegistryAction(string Kind, string Model, int Version, string? Alias, ModelStage? Stage, bool ArchiveExisting)
{
    public const string SetAlias = "set-alias";
    public const string DeleteAlias = "delete-alias";
    public const string Transition = "stage";

    /// <summary>The confirmation page's URL for this action.</summary>
    public string ConfirmUrl
    {
        get
        {
            var url = $"{RegistryRoutes.ConfirmPage}?action={Kind}&name={Uri.EscapeDataString(Model)}&version={Version.ToString(CultureInfo.InvariantCulture)}";
            if (Alias is not null)
            {
                url += "&alias=" + Uri.EscapeDataString(Alias);
            }
            if (Stage is { } stage)
            {
                url += $"&stage={stage}&archive={(ArchiveExisting ? "true" : "false")}";
            }
            return url;
        }
    }

    /// <summary>The action the query names; a missing or unknown part is an invalid-parameter error naming it.</summary>
    public static RegistryAction Parse(string? kind, string? model, int? version, string? alias, string? stage, bool? archive)
    {
        if (string.IsNullOrEmpty(model) || version is not { } v)
        {
            throw MlopsException.Invalid("The confirmation needs the model (?name=) and its version (&version=).");
        }
        return kind switch
        {
            SetAlias or DeleteAlias when string.IsNullOrWhiteSpace(alias) =>
                throw MlopsException.Invalid("Alias must be a non-empty name, e.g. champion."),
            SetAlias or DeleteAlias => new RegistryAction(kind, model, v, alias!.Trim(), null, false),
            Transition => new RegistryAction(kind, model, v, null, ModelStages.Parse(stage ?? ""), archive ?? false),
            _ => throw MlopsException.Invalid($"Unknown action '{ErrorText.Cut(kind)}'; expected {SetAlias}, {DeleteAlias} or {Transition}."),
        };
    }

    /// <summary>
    /// Makes the change. Alias moves are a compare-and-set against <paramref name="expectedAliasTarget"/> (the version
    /// the confirmation page showed; null: not set) and carry <paramref name="note"/> into the audit trail; false when
    /// the alias moved in between, so nothing changed.
    /// </summary>
    public async Task<bool> ApplyAsync(IModelRegistry registry, AliasChangeNote note, int? expectedAliasTarget, CancellationToken ct)
    {
        switch (Kind)
        {
            case SetAlias:
                return await registry.MoveAliasAsync(Model, Alias!, Version, expectedAliasTarget, note, ct);
            case DeleteAlias:
                return await registry.MoveAliasAsync(Model, Alias!, null, expectedAliasTarget, note, ct);
            default:
                await registry.TransitionStageAsync(Model, Version, Stage!.Value, ArchiveExisting, ct);
                return true;
        }
    }
}
