namespace Mlops.Core.Predictions;

/// <summary>
/// Predictions of one model in columnar form: ids, times, latencies, predicted class indexes, probabilities and parsed
/// inputs (row-major; a category is its index, a missing value NaN). A regression model's schema has no classes: its
/// rows carry the predicted value where a classifier's carry probabilities (<see cref="OutputWidth"/> is 1). Filling one costs a few copies per row, which is
/// why the serving hot path logs through it instead of building a <see cref="PredictionRecord"/> per prediction.
/// Not thread-safe.
/// </summary>
public sealed partial class PredictionBatch
{
    private Guid[] ids;
    private long[] times;
    private double[] latencies;
    private int[] predicted;
    private float[] probabilities;
    private double[] inputs;

    public PredictionBatch(PredictionSchema schema, int capacity = 16)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Schema = schema;
        InputCount = schema.Inputs.Count;
        ClassCount = schema.Classes.Count;
        OutputWidth = IsRegression ? 1 : ClassCount;
        ids = new Guid[capacity];
        times = new long[capacity];
        latencies = new double[capacity];
        predicted = new int[capacity];
        probabilities = new float[capacity * OutputWidth];
        inputs = new double[capacity * InputCount];
    }

    public PredictionSchema Schema { get; }

    public int Count { get; private set; }

    public int InputCount { get; }

    public int ClassCount { get; }

    /// <summary>True for a regression model's predictions: no classes, one predicted value per row.</summary>
    public bool IsRegression => ClassCount == 0;

    /// <summary>Values per row in <see cref="Probabilities"/>: <see cref="ClassCount"/>, or 1 (the predicted value) for regression.</summary>
    public int OutputWidth { get; }

    public ReadOnlySpan<Guid> Ids => ids.AsSpan(0, Count);

    /// <summary>Unix milliseconds per row.</summary>
    public ReadOnlySpan<long> Times => times.AsSpan(0, Count);

    public ReadOnlySpan<double> LatenciesMs => latencies.AsSpan(0, Count);

    public ReadOnlySpan<int> Predicted => predicted.AsSpan(0, Count);

    /// <summary><see cref="OutputWidth"/> values per row: the class probabilities, or a regression model's predicted value.</summary>
    public ReadOnlySpan<float> Probabilities => probabilities.AsSpan(0, Count * OutputWidth);

    /// <summary><see cref="InputCount"/> values per row.</summary>
    public ReadOnlySpan<double> Inputs => inputs.AsSpan(0, Count * InputCount);

    /// <summary>Appends rows scored together: one id and predicted index per row, one time and latency for all of them.</summary>
    public void Add(ReadOnlySpan<Guid> rowIds, long unixMilliseconds, ReadOnlySpan<double> rowInputs, ReadOnlySpan<float> rowProbabilities,
        ReadOnlySpan<int> rowPredicted, double latencyMs)
    {
        var rows = rowIds.Length;
        if (rowInputs.Length != rows * InputCount || rowProbabilities.Length != rows * OutputWidth || rowPredicted.Length != rows)
        {
            throw new ArgumentException(
                $"{rows} row(s) need {rows * InputCount} inputs, {rows * OutputWidth} outputs and {rows} predicted indexes; " +
                $"got {rowInputs.Length}, {rowProbabilities.Length} and {rowPredicted.Length}.");
        }
        EnsureCapacity(Count + rows);
        rowIds.CopyTo(ids.AsSpan(Count));
        times.AsSpan(Count, rows).Fill(unixMilliseconds);
        latencies.AsSpan(Count, rows).Fill(latencyMs);
        rowPredicted.CopyTo(predicted.AsSpan(Count));
        rowProbabilities.CopyTo(probabilities.AsSpan(Count * OutputWidth));
        rowInputs.CopyTo(inputs.AsSpan(Count * InputCount));
        Count += rows;
    }

    /// <summary>
    /// Appends rows that each carry their own time and latency, as a stored batch holds them; inputs are row-major as in
    /// <see cref="Inputs"/>.
    /// </summary>
    public void AddRows(ReadOnlySpan<Guid> rowIds, ReadOnlySpan<long> unixMilliseconds, ReadOnlySpan<double> latenciesMs,
        ReadOnlySpan<int> rowPredicted, ReadOnlySpan<float> rowProbabilities, ReadOnlySpan<double> rowInputs)
    {
        var rows = rowIds.Length;
        if (unixMilliseconds.Length != rows || latenciesMs.Length != rows)
        {
            throw new ArgumentException($"{rows} row(s) need {rows} times and latencies; got {unixMilliseconds.Length} and {latenciesMs.Length}.");
        }
        var first = Count;
        Add(rowIds, 0, rowInputs, rowProbabilities, rowPredicted, 0);
        unixMilliseconds.CopyTo(times.AsSpan(first));
        latenciesMs.CopyTo(latencies.AsSpan(first));
    }

    /// <summary>Appends one row.</summary>
    public void Add(Guid id, long unixMilliseconds, ReadOnlySpan<double> rowInputs, ReadOnlySpan<float> rowProbabilities, int rowPredicted,
        double latencyMs) =>
        Add(new ReadOnlySpan<Guid>(in id), unixMilliseconds, rowInputs, rowProbabilities, new ReadOnlySpan<int>(in rowPredicted), latencyMs);

    /// <summary>Empties the batch, keeping its buffers for reuse.</summary>
    public void Clear() => Count = 0;

    private void EnsureCapacity(int rows)
    {
        if (rows <= ids.Length)
        {
            return;
        }
        var capacity = Math.Max(rows, ids.Length * 2);
        Array.Resize(ref ids, capacity);
        Array.Resize(ref times, capacity);
        Array.Resize(ref latencies, capacity);
        Array.Resize(ref predicted, capacity);
        Array.Resize(ref probabilities, capacity * OutputWidth);
        Array.Resize(ref inputs, capacity * InputCount);
    }
}
