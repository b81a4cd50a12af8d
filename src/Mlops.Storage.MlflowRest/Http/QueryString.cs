using System.Text;

namespace Mlops.Storage.MlflowRest.Http;

/// <summary>Builds <c>?a=1&amp;b=2</c> with every value escaped; null values are left out.</summary>
internal static class QueryString
{
    public static string Build(IEnumerable<KeyValuePair<string, string?>> parameters)
    {
        var builder = new StringBuilder();
        foreach (var (key, value) in parameters)
        {
            if (value is null)
            {
                continue;
            }
            builder.Append(builder.Length == 0 ? '?' : '&')
                .Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
        }
        return builder.ToString();
    }
}
