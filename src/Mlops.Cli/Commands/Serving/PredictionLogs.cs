using Mlops.Core.Errors;
using Mlops.Core.Predictions;

namespace Mlops.Cli.Commands.Serving;

/// <summary>The prediction log behind a tracking URI: SQLite and PostgreSQL have one; the MLflow REST backend does not.</summary>
public static class PredictionLogs
{
    public static IPredictionLog Of(Stores stores) => stores.PredictionLog ?? throw MlopsException.Invalid(
        $"Tracking URI '{stores.Uri}' has no prediction log; use sqlite:///PATH or postgresql://USER@HOST:PORT/DB.");
}
