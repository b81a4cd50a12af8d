using System.Globalization;
using Mlops.Core.Errors;

namespace Mlops.Cli.Infrastructure;

/// <summary>Durations on the command line: a whole number with a unit, <c>90s</c>, <c>30m</c>, <c>12h</c>, <c>30d</c>, <c>2w</c>.</summary>
public static class DurationText
{
    public static TimeSpan Parse(string text, string option)
    {
        var trimmed = text.Trim();
        if (trimmed.Length >= 2
            && long.TryParse(trimmed.AsSpan(0, trimmed.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count > 0)
        {
            var unit = char.ToLowerInvariant(trimmed[^1]);
            TimeSpan? span = unit switch
            {
                's' => TimeSpan.FromSeconds(count),
                'm' => TimeSpan.FromMinutes(count),
                'h' => TimeSpan.FromHours(count),
                'd' => TimeSpan.FromDays(count),
                'w' => TimeSpan.FromDays(count * 7),
                _ => null,
            };
            if (span is { } value)
            {
                return value;
            }
        }
        throw MlopsException.Invalid(
            $"{option} {ErrorText.Quote(text, 40)} is not a duration: use a positive whole number with a unit s, m, h, d or w (e.g. 30d).");
    }
}
