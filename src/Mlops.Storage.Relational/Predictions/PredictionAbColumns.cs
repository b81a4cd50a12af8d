using System.Data.Common;
using System.Globalization;
using Mlops.Core.Predictions;

namespace Mlops.Storage.Relational.Predictions;

/// <summary>
/// The batch-level A/B columns of <c>prediction_batches</c> (see <see cref="AbTesting.AbTestingSchema"/>): a batch is
/// scored by one variant, so its assignment is stored once per row of the table, not per prediction.
/// </summary>
public static class PredictionAbColumns
{
    /// <summary>The three columns in the order <see cref="Read"/> expects them.</summary>
    public const string Select = "ab_test_id, ab_variant, ab_shadow";

    /// <summary>The assignment in the three columns from <paramref name="first"/>, or null for a batch outside a test.</summary>
    public static PredictionAssignment? Read(DbDataReader reader, int first)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.IsDBNull(first)
            ? null
            : new PredictionAssignment(reader.GetString(first), reader.GetNullableString(first + 1) ?? "", Convert.ToInt64(reader.GetValue(first + 2), CultureInfo.InvariantCulture) != 0);
    }

    /// <summary>The value of <c>ab_shadow</c> for <paramref name="schema"/>.</summary>
    public static int Shadow(PredictionSchema schema) => schema.Assignment is { Shadow: true } ? 1 : 0;
}
