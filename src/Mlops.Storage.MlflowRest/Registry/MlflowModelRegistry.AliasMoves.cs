using Mlops.Core.Errors;
using Mlops.Core.Registry;
using Mlops.Mlflow.Wire.Predictions;
using Mlops.Mlflow.Wire.Registry;

namespace Mlops.Storage.MlflowRest.Registry;

public sealed partial class MlflowModelRegistry
{
    /// <summary>On an `mlops server`, one request the server runs as a compare-and-set in its store's transaction.</summary>
    public async Task<bool> MoveAliasAsync(string name, string alias, int? toVersion, int? expectedCurrent, AliasChangeNote note,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(note);
        await RequireAliasHistoryAsync(ct);
        var response = await _http.SendJsonAsync<AliasMoveResponse>(HttpMethod.Post, MlopsRoutes.Prefix + MlopsRoutes.AliasMove,
            new AliasMoveRequest(name, alias, toVersion, expectedCurrent, note.Actor, note.Reason), ct);
        return response.Moved;
    }

    public async Task<IReadOnlyList<AliasMove>> ListAliasMovesAsync(string name, string? alias = null, CancellationToken ct = default)
    {
        await RequireAliasHistoryAsync(ct);
        var response = await _http.GetAsync<AliasHistoryResponse>(MlopsRoutes.Prefix + MlopsRoutes.AliasHistory,
            [new("name", name), new("alias", alias)], ct);
        return [.. (response.Moves ?? []).Select(m => new AliasMove(m.Name ?? name, m.Alias ?? "", m.FromVersion, m.ToVersion,
            m.Actor ?? "", m.Reason ?? "", DateTimeOffset.FromUnixTimeMilliseconds(m.MovedAt)))];
    }

    private async Task<bool> HasAliasHistoryAsync(CancellationToken ct) => (await _probe.InfoAsync(ct)).AliasHistory;

    private async Task RequireAliasHistoryAsync(CancellationToken ct)
    {
        if (!await HasAliasHistoryAsync(ct))
        {
            throw new MlopsException(ErrorCode.InvalidState,
                "This tracking server keeps no alias history: it is an MLflow server. Alias moves with who and why, rollback and " +
                "history need an mlops server (`mlops server`) or a SQLite or PostgreSQL store.");
        }
    }
}
