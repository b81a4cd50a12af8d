namespace Mlops.Web.Pipeline;

/// <summary>
/// Places the stages for the graph: a stage's column is one more than its deepest upstream stage's, its row the next
/// free one in that column. Stages come in run order, so every upstream stage is placed first.
/// </summary>
public static class StageLayout
{
    public static IReadOnlyDictionary<string, (int Column, int Row)> Place(IReadOnlyList<PipelineStageView> stages)
    {
        ArgumentNullException.ThrowIfNull(stages);
        var places = new Dictionary<string, (int Column, int Row)>(StringComparer.Ordinal);
        var rowsUsed = new Dictionary<int, int>();
        foreach (var stage in stages)
        {
            var column = stage.Upstream.Where(places.ContainsKey).Select(u => places[u].Column + 1).DefaultIfEmpty(0).Max();
            var row = rowsUsed.GetValueOrDefault(column);
            rowsUsed[column] = row + 1;
            places[stage.Name] = (column, row);
        }
        return places;
    }
}
