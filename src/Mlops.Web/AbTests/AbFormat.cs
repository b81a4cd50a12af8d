using System.Globalization;
using Mlops.Monitoring.Statistics;

namespace Mlops.Web.AbTests;

/// <summary>How the A/B pages print rates, intervals, differences and p-values (as `mlops ab status` does).</summary>
public static class AbFormat
{
    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static string Rate(double? value, ProportionInterval? interval) => value is { } v && interval is { } ci
        ? $"{Number(v)} [{Number(ci.Low)}, {Number(ci.High)}]"
        : "-";

    public static string Difference(DifferenceInterval d) => $"{Signed(d.Difference)} [{Signed(d.Low)}, {Signed(d.High)}]";

    public static string P(double value) => value.ToString("G3", CultureInfo.InvariantCulture);

    public static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    public static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static string Signed(double value) => value.ToString("+0.####;-0.####;0", CultureInfo.InvariantCulture);
}
