using System.Globalization;

namespace Mlops.Monitoring.Feedback;

/// <summary>observed_at values: ISO 8601 with an offset, or without one read as UTC.</summary>
internal static class FeedbackTimes
{
    public static bool TryParse(string? text, out DateTimeOffset time) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out time);
}
