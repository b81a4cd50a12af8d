using System.Globalization;
using System.Net;
using System.Text;

namespace Mlops.Monitoring.Reports;

/// <summary>
/// The frame of the self-contained report pages (drift, A/B): doctype, title, inline style, heading; and the escaping
/// and number format every value from the data goes through.
/// </summary>
internal static class HtmlPage
{
    /// <summary>Page font, bordered tables, and the red (.drift) and green (.ok) marks of a finding.</summary>
    public const string TableCss = "body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}"
        + "td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}th{background:#f3f3f3}.drift{color:#b00;font-weight:bold}"
        + ".ok{color:#070}";

    public static StringBuilder Begin(string title, string css, int capacity = 16 * 1024)
    {
        var html = new StringBuilder(capacity);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(Encode(title)).Append("</title>\n<style>")
            .Append(css).Append("</style></head><body>\n<h1>").Append(Encode(title)).Append("</h1>\n");
        return html;
    }

    public static string End(StringBuilder html) => html.Append("</body></html>\n").ToString();

    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Up to four decimals, invariant culture, escaped (a culture's symbols could need it).</summary>
    public static string Number(double value) => Encode(value.ToString("0.####", CultureInfo.InvariantCulture));
}
