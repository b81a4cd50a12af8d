namespace Mlops.TrackingServer.Tests.Predictions;

/// <summary>Bodies of predictions/append as a client writes them: one numeric and one categorical input, two classes.</summary>
internal static class PredictionPayloads
{
    public static readonly DateTimeOffset Start = new(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary><paramref name="rows"/> predictions of <paramref name="model"/>, row i at minute <paramref name="first"/> + i.</summary>
    public static (object Body, List<string> Ids) Batch(string model, int version, int first, int rows, object? assignment = null)
    {
        var ids = Enumerable.Range(first, rows).Select(i => Guid.CreateVersion7(Start.AddMinutes(i)).ToString()).ToList();
        var body = new
        {
            schema = new
            {
                model_name = model, model_version = version, model_uri = $"models:/{model}/{version}",
                inputs = new object[] { new { name = "Age" }, new { name = "Gender", categories = new[] { "Female", "Male" } } },
                classes = new[] { "Normal", "Obese" }, assignment,
            },
            columns = new
            {
                ids,
                times = Enumerable.Range(first, rows).Select(i => Start.AddMinutes(i).ToUnixTimeMilliseconds()).ToList(),
                latencies = Enumerable.Repeat(0.5, rows).ToList(),
                predicted = Enumerable.Repeat(1, rows).ToList(),
                probabilities = Enumerable.Range(0, rows).SelectMany(_ => new double?[] { 0.25, 0.75 }).ToList(),
                inputs = Enumerable.Range(first, rows).SelectMany(i => new double?[] { i % 3 == 0 ? null : 20 + i, i % 2 }).ToList(),
            },
        };
        return (body, ids);
    }
}
