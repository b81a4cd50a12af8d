using System.Globalization;
using System.Text.RegularExpressions;
using Mlops.Core.Tracking.Search;

namespace Mlops.TrackingServer.Search;

/// <summary>
/// Evaluates comparisons parsed by Core's <see cref="SearchFilter"/> over objects the stores list, for the searches
/// the store contracts do not run themselves (experiments, registered models, model versions).
/// </summary>
internal static class InMemoryFilter
{
    /// <summary>True when every comparison holds; <paramref name="valueOf"/> gives the compared value, null when absent (a missing tag matches nothing).</summary>
    public static bool Matches(IReadOnlyList<SearchComparison> comparisons, Func<SearchComparison, string?> valueOf)
    {
        foreach (var comparison in comparisons)
        {
            if (valueOf(comparison) is not { } actual || !Matches(comparison, actual))
            {
                return false;
            }
        }
        return true;
    }

    private static bool Matches(SearchComparison c, string actual)
    {
        if (c.Number is { } number)
        {
            return double.TryParse(actual, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && Compare(c.Operator, value, number);
        }
        return c.Operator switch
        {
            SearchOperator.Equal => actual == c.Text,
            SearchOperator.NotEqual => actual != c.Text,
            SearchOperator.Like => Like(actual, c.Text!, RegexOptions.None),
            SearchOperator.ILike => Like(actual, c.Text!, RegexOptions.IgnoreCase),
            SearchOperator.In => c.Items!.Contains(actual),
            SearchOperator.NotIn => !c.Items!.Contains(actual),
            _ => false,
        };
    }

    private static bool Compare(SearchOperator op, double left, double right) => op switch
    {
        SearchOperator.Equal => left == right,
        SearchOperator.NotEqual => left != right,
        SearchOperator.Less => left < right,
        SearchOperator.LessOrEqual => left <= right,
        SearchOperator.Greater => left > right,
        _ => left >= right,
    };

    /// <summary>SQL LIKE: % is any run of characters, _ any one character, everything else literal.</summary>
    private static bool Like(string actual, string pattern, RegexOptions options)
    {
        var regex = "^" + Regex.Escape(pattern).Replace("%", ".*", StringComparison.Ordinal).Replace("_", ".", StringComparison.Ordinal) + "$";
        return Regex.IsMatch(actual, regex, options | RegexOptions.Singleline | RegexOptions.CultureInvariant);
    }
}
