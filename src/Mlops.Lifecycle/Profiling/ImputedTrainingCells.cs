using System.Globalization;
using Mlops.Core.Errors;
using Mlops.Inference.Features;
using Mlops.Training.Configuration;
using Mlops.Training.Evaluation;
using Mlops.Training.Features;

namespace Mlops.Lifecycle.Profiling;

/// <summary>
/// The training rows' cells per column, with the missing cells of schema missing: impute columns filled as the model's
/// transform fills them (the same fit on the same training rows), so the profile describes what the model was trained on.
/// </summary>
internal sealed class ImputedTrainingCells
{
    private readonly CleanTable clean;
    private readonly int[] train;
    private readonly string?[] fills;

    public ImputedTrainingCells(PipelineParams p, CleanTable clean, int[] train)
    {
        (this.clean, this.train) = (clean, train);
        // Without an imputed column (the bundled data) nothing is fitted here: the common path reads the columns as they are.
        fills = p.Schema.Columns.Values.Any(c => c.Missing == MissingPolicy.Impute)
            ? [.. FeatureTransformFitter.Fit(p, [.. train.Select(clean.Row)]).InputSchema.Select(c => c.Impute)]
            : new string?[p.Schema.Columns.Count];
    }

    public string[] Texts(int column)
    {
        var texts = clean.Texts(column, train);
        if (fills[column] is { } fill)
        {
            for (var i = 0; i < texts.Length; i++)
            {
                texts[i] = MissingValue.Is(texts[i]) ? fill : texts[i];
            }
        }
        return texts;
    }

    /// <summary>The column's numbers; a cell that is no number is an error naming the file, the column and the cell.</summary>
    public double[] Numbers(int column)
    {
        if (fills[column] is null)
        {
            return clean.Numbers(column, train);
        }
        var texts = Texts(column);
        var values = new double[texts.Length];
        for (var i = 0; i < values.Length; i++)
        {
            if (!double.TryParse(texts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]))
            {
                throw MlopsException.Invalid($"{clean.Source}: column '{clean.Columns[column]}': {ErrorText.Quote(texts[i])} is not a number");
            }
        }
        return values;
    }
}
