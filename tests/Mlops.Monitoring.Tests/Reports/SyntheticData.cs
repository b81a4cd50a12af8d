using System.Globalization;
using Mlops.Core.Predictions;
using Mlops.Monitoring.Profiles;

namespace Mlops.Monitoring.Tests.Reports;

/// <summary>A two-input model (numeric x ~ N(0, 1), categorical c in {a, b} at 70/30) with seeded reference and windows.</summary>
internal static class SyntheticData
{
    public const string Model = "m";
    public static readonly string[] Classes = ["no", "yes"];
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    public static ReferenceProfile Profile(int rows = 2_000, int seed = 1)
    {
        var random = new Random(seed);
        var builder = new ReferenceProfileBuilder(rows);
        var x = Enumerable.Range(0, rows).Select(_ => Normal(random)).ToArray();
        var c = Enumerable.Range(0, rows).Select(_ => random.NextDouble() < 0.7 ? "a" : "b").ToArray();
        // Held-out: 90% correct with confidence 0.9, the rest wrong with confidence 0.6.
        var truth = new int[400];
        var predicted = Enumerable.Range(0, 400).Select(i => i % 10 == 0 ? 1 : 0).ToArray();
        var probabilities = predicted.SelectMany(p => p == 0 ? new[] { 0.9f, 0.1f } : [0.4f, 0.6f]).ToArray();
        var metrics = new HeldOutMetrics(0.9, 0.47, new Dictionary<string, double> { ["no"] = 0.9, ["yes"] = 0 });
        return new ReferenceProfile(ReferenceProfile.CurrentFormat, rows,
            [builder.Numeric("x", x), builder.Categorical("c", c, ["a", "b"])],
            HeldOutProfiler.Build(Classes, truth, predicted, probabilities, metrics));
    }

    /// <summary>Logs <paramref name="rows"/> predictions a second apart, x shifted by <paramref name="shift"/>, c = b with <paramref name="shareB"/>.</summary>
    public static void Log(MemoryPredictionLog log, int rows, int seed, double shift = 0, double shareB = 0.3, string uri = "models:/m@champion",
        int version = 1, double wrongShare = 0.1, double confidence = 0.9)
    {
        var random = new Random(seed);
        for (var i = 0; i < rows; i++)
        {
            var x = (Normal(random) + shift).ToString("R", CultureInfo.InvariantCulture);
            var c = random.NextDouble() < shareB ? "b" : "a";
            var predicted = random.NextDouble() < 0.1 ? "yes" : "no";
            var wrong = random.NextDouble() < wrongShare;
            var id = $"{seed}-{i}";
            log.Add(new PredictionRecord(id, Start.AddSeconds(i), Model, version, uri, $$"""{"x":{{x}},"c":"{{c}}"}""", predicted, confidence,
                """{"no":0.9,"yes":0.1}""", 1));
            log.Label(id, wrong == (predicted == "no") ? "yes" : "no");
        }
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
