using System.Globalization;

namespace Mlops.Web;

/// <summary>How the pages print times, durations and numbers: UTC, invariant culture, short.</summary>
public static class UiFormat
{
    public static string Time(long unixMilliseconds) =>
        DateTimeOffset.FromUnixTimeMilliseconds(unixMilliseconds).UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static string Duration(long start, long? end)
    {
        if (end is not { } finished || finished < start)
        {
            return "";
        }
        var span = TimeSpan.FromMilliseconds(finished - start);
        return span.TotalSeconds < 60 ? $"{span.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s"
            : span.TotalMinutes < 60 ? $"{span.TotalMinutes.ToString("0.#", CultureInfo.InvariantCulture)} min"
            : $"{span.TotalHours.ToString("0.#", CultureInfo.InvariantCulture)} h";
    }

    /// <summary>Up to 6 significant digits: enough to tell runs apart without a wall of digits.</summary>
    public static string Number(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    /// <summary>MLflow's spelling of a run status (FINISHED, FAILED, ...).</summary>
    public static string Status(Core.Tracking.RunStatus status) => status.ToString().ToUpperInvariant();
}
