namespace Mlops.Core.Registry;

/// <summary>Registered models, versions, stages and aliases. Implemented by each backend.</summary>
public interface IModelRegistry
{
    Task<RegisteredModel> CreateRegisteredModelAsync(string name, string? description = null,
        IReadOnlyDictionary<string, string>? tags = null, CancellationToken ct = default);

    Task<RegisteredModel> GetRegisteredModelAsync(string name, CancellationToken ct = default);

    Task<IReadOnlyList<RegisteredModel>> ListRegisteredModelsAsync(CancellationToken ct = default);

    Task UpdateRegisteredModelAsync(string name, string? description, CancellationToken ct = default);

    Task DeleteRegisteredModelAsync(string name, CancellationToken ct = default);

    /// <summary>
    /// Renames a registered model; its versions, tags and aliases follow. A taken name is
    /// <see cref="Errors.ErrorCode.ResourceAlreadyExists"/>, as in MLflow.
    /// </summary>
    Task<RegisteredModel> RenameRegisteredModelAsync(string name, string newName, CancellationToken ct = default);

    Task SetRegisteredModelTagAsync(string name, string key, string value, CancellationToken ct = default);

    /// <summary>Removes a tag of a registered model; a key that is not set is not an error, as in MLflow.</summary>
    Task DeleteRegisteredModelTagAsync(string name, string key, CancellationToken ct = default);

    /// <summary>Creates the next version number atomically, even when several processes register at once.</summary>
    Task<ModelVersion> CreateModelVersionAsync(string name, string source, string? runId,
        IReadOnlyDictionary<string, string>? tags = null, string? description = null, CancellationToken ct = default);

    Task<ModelVersion> GetModelVersionAsync(string name, int version, CancellationToken ct = default);

    Task<IReadOnlyList<ModelVersion>> ListModelVersionsAsync(string name, CancellationToken ct = default);

    Task UpdateModelVersionAsync(string name, int version, string? description, CancellationToken ct = default);

    /// <summary>Deletes a version with its tags and the aliases pointing at it; its number is never handed out again.</summary>
    Task DeleteModelVersionAsync(string name, int version, CancellationToken ct = default);

    /// <summary>Moves a version to a stage; with <paramref name="archiveExisting"/> other versions in that stage go to Archived.</summary>
    Task<ModelVersion> TransitionStageAsync(string name, int version, ModelStage stage, bool archiveExisting,
        CancellationToken ct = default);

    Task SetModelVersionTagAsync(string name, int version, string key, string value, CancellationToken ct = default);

    Task DeleteModelVersionTagAsync(string name, int version, string key, CancellationToken ct = default);

    Task SetAliasAsync(string name, string alias, int version, CancellationToken ct = default);

    /// <summary>
    /// Compare-and-set: points <paramref name="alias"/> at <paramref name="version"/> only if it still points at
    /// <paramref name="expectedCurrent"/> (null: only if it is not set), and returns whether it moved. A missing version
    /// is <see cref="Errors.ErrorCode.ResourceDoesNotExist"/>, as for <see cref="SetAliasAsync"/>.
    /// </summary>
    Task<bool> SetAliasIfAsync(string name, string alias, int version, int? expectedCurrent, CancellationToken ct = default);

    Task DeleteAliasAsync(string name, string alias, CancellationToken ct = default);

    /// <summary>
    /// Compare-and-set with its audit entry, in one transaction: points <paramref name="alias"/> at
    /// <paramref name="toVersion"/> (null deletes the alias) only if it still points at <paramref name="expectedCurrent"/>
    /// (null: only if it is not set), records the move with <paramref name="note"/>, and returns whether it moved. The
    /// plain alias calls above record their moves too, with <see cref="AliasChangeNote.Unattributed"/>.
    /// </summary>
    Task<bool> MoveAliasAsync(string name, string alias, int? toVersion, int? expectedCurrent, AliasChangeNote note,
        CancellationToken ct = default);

    /// <summary>Every recorded move of the model's aliases (of <paramref name="alias"/> only when set), oldest first.</summary>
    Task<IReadOnlyList<AliasMove>> ListAliasMovesAsync(string name, string? alias = null, CancellationToken ct = default);

    Task<ModelVersion> GetModelVersionByAliasAsync(string name, string alias, CancellationToken ct = default);

    /// <summary>Latest version per stage (all stages when <paramref name="stages"/> is empty).</summary>
    Task<IReadOnlyList<ModelVersion>> GetLatestVersionsAsync(string name, IReadOnlyList<ModelStage> stages,
        CancellationToken ct = default);
}
