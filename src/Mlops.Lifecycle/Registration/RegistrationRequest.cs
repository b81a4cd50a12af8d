using Mlops.Lifecycle.Promotion;

namespace Mlops.Lifecycle.Registration;

/// <summary>What the register stage asks of the registry for one new model version.</summary>
public sealed record RegistrationRequest(
    string ModelName,
    string Source,
    string RunId,
    string Description,
    IReadOnlyDictionary<string, double> Metrics,
    IReadOnlyDictionary<string, string> Tags,
    string ChampionAlias,
    PromotionPolicy Policy)
{
    /// <summary>The model's content hash: when a version of the model already carries it, that version is reused.</summary>
    public string? ContentHash { get; init; }

    /// <summary>The registered model's description (params.yaml registry.description), set when the model is first created.</summary>
    public string? ModelDescription { get; init; }

    /// <summary>False: the version is registered and staged, but the champion alias is left to the caller.</summary>
    public bool Promote { get; init; } = true;
}
