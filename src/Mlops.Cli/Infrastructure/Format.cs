using System.Globalization;

namespace Mlops.Cli.Infrastructure;

/// <summary>Human formatting of times and numbers for tables.</summary>
public static class Format
{
    public static string Time(long unixMilliseconds) =>
        DateTimeOffset.FromUnixTimeMilliseconds(unixMilliseconds).UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static string Time(long? unixMilliseconds) => unixMilliseconds is { } t ? Time(t) : "";

    public static string Number(double? value) => value switch
    {
        null => "",
        { } v when double.IsNaN(v) => "NaN",
        { } v => v.ToString("0.####", CultureInfo.InvariantCulture),
    };
}
