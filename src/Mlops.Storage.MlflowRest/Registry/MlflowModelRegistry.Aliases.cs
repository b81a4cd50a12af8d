using Mlops.Core.Errors;
using Mlops.Core.Registry;
using Mlops.Storage.MlflowRest.Wire;

namespace Mlops.Storage.MlflowRest.Registry;

public sealed partial class MlflowModelRegistry
{
    public Task SetAliasAsync(string name, string alias, int version, CancellationToken ct = default) =>
        _http.SendJsonAsync(HttpMethod.Post, $"{Api}/registered-models/alias", new AliasRequest(name, alias, version.ToWire()), ct);

    /// <summary>
    /// On an `mlops server`, an atomic compare-and-set (see <see cref="MoveAliasAsync"/>). MLflow has none, so there this
    /// reads the model's aliases and then sets the alias: a writer that moves the alias between the read and the set (a
    /// window of one request) is overwritten. Registering through an mlops server, or a SQLite or PostgreSQL store, avoids it.
    /// </summary>
    public async Task<bool> SetAliasIfAsync(string name, string alias, int version, int? expectedCurrent, CancellationToken ct = default)
    {
        if (await HasAliasHistoryAsync(ct))
        {
            return await MoveAliasAsync(name, alias, version, expectedCurrent, AliasChangeNote.Unattributed, ct);
        }
        var model = await GetRegisteredModelAsync(name, ct);
        int? current = model.Aliases.TryGetValue(alias, out var pointed) ? pointed : null;
        if (current != expectedCurrent)
        {
            return false;
        }
        await SetAliasAsync(name, alias, version, ct);
        return true;
    }

    public Task DeleteAliasAsync(string name, string alias, CancellationToken ct = default) =>
        _http.SendJsonAsync(HttpMethod.Delete, $"{Api}/registered-models/alias", new AliasRequest(name, alias, Version: null), ct);

    public async Task<ModelVersion> GetModelVersionByAliasAsync(string name, string alias, CancellationToken ct = default)
    {
        try
        {
            var response = await _http.GetAsync<ModelVersionResponse>($"{Api}/registered-models/alias",
                [new("name", name), new("alias", alias)], ct);
            return response.ModelVersion.ToModelVersion();
        }
        catch (MlopsException e) when (IsMissingAlias(e))
        {
            // MLflow 2.10 answers a missing alias with 400 INVALID_PARAMETER_VALUE; callers expect "not found".
            throw new MlopsException(ErrorCode.ResourceDoesNotExist, e.Message, e);
        }
    }

    private static bool IsMissingAlias(MlopsException e) =>
        e.Code == ErrorCode.InvalidParameterValue
        && e.Message.Contains("alias", StringComparison.OrdinalIgnoreCase)
        && e.Message.Contains("not found", StringComparison.OrdinalIgnoreCase);
}
