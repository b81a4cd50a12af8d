using System.Globalization;
using Mlops.Core.Predictions;
using Mlops.Core.Slicing;
using Mlops.Monitoring.Profiles;

namespace Mlops.Monitoring.Reports;

/// <summary>
/// Gathers a window from pages in the log's order (newest first), whether they come as records or as batches, until
/// it holds <c>limit</c> predictions; only predictions served under <c>servedUri</c> when that is set. Each row a slice
/// selects (read from the values the row gave) is also gathered into that slice's own window.
/// </summary>
internal sealed class WindowBuilder(ReferenceProfile profile, int limit, string? servedUri, IReadOnlyList<SliceDefinition>? slices = null)
{
    private readonly WindowColumn[] _columns = [.. profile.Features.Select(f => new WindowColumn(f))];
    private readonly (string Name, Func<IReadOnlyList<string>, bool> Matches, WindowBuilder Window)[] _slices =
        [.. (slices ?? []).Select(s => (s.Name, s.Bind([.. profile.Features.Select(f => f.Name)]), new WindowBuilder(profile, int.MaxValue, null)))];
    private readonly List<string> _ids = [];
    private readonly List<string> _predicted = [];
    private readonly List<double> _confidences = [];
    private readonly List<double>? _values = profile.Regression is null ? null : [];
    private readonly Dictionary<int, long> _versions = [];
    private InputsJsonParser? _parser;
    private DateTimeOffset? _from, _to;

    public bool Full => _ids.Count >= limit;

    public int Remaining => limit - _ids.Count;

    public void Add(PredictionRecord record)
    {
        if (Full || (servedUri is not null && !string.Equals(record.ModelUri, servedUri, StringComparison.Ordinal)))
        {
            return;
        }
        (_parser ??= new InputsJsonParser(_columns)).Add(record.InputsJson);
        Count(record.Id, record.Prediction, record.Confidence, record.ModelVersion, record.Time,
            _values is null ? double.NaN : record.Value ?? RegressionLabel.Parse(record.Prediction) ?? double.NaN);
    }

    public void Add(PredictionBatch batch)
    {
        var schema = batch.Schema;
        if (servedUri is not null && !string.Equals(schema.ModelUri, servedUri, StringComparison.Ordinal))
        {
            return;
        }
        var inputs = new BatchInputs(schema, _columns);
        var (m, k) = (batch.InputCount, batch.ClassCount);
        var rows = Math.Min(batch.Count, Remaining);
        for (var row = 0; row < rows; row++)
        {
            inputs.Add(batch.Inputs.Slice(row * m, m));
            if (batch.IsRegression)
            {
                var value = batch.PredictedValue(row);
                Count(batch.Ids[row].ToString(), value.ToString("R", CultureInfo.InvariantCulture), double.NaN, schema.ModelVersion,
                    DateTimeOffset.FromUnixTimeMilliseconds(batch.Times[row]), value);
                continue;
            }
            var p = batch.Predicted[row];
            var known = (uint)p < (uint)k;
            Count(batch.Ids[row].ToString(), known ? schema.Classes[p] : p.ToString(CultureInfo.InvariantCulture),
                known ? batch.Probabilities[row * k + p] : double.NaN, schema.ModelVersion,
                DateTimeOffset.FromUnixTimeMilliseconds(batch.Times[row]), double.NaN);
        }
    }

    public PredictionWindow Build() => new(_columns, _ids, _predicted, [.. _confidences], _versions, _from, _to)
    {
        Values = _values ?? [],
        Slices = _slices.ToDictionary(s => s.Name, s => s.Window.Build(), StringComparer.Ordinal),
    };

    private void AddCells(string[] cells, string id, string predicted, double confidence, int? version, DateTimeOffset time, double value)
    {
        for (var c = 0; c < _columns.Length; c++)
        {
            _columns[c].AddCell(cells[c]);
        }
        Count(id, predicted, confidence, version, time, value);
    }

    private void Count(string id, string predicted, double confidence, int? version, DateTimeOffset time, double value)
    {
        _ids.Add(id);
        _predicted.Add(predicted);
        _confidences.Add(confidence);
        _values?.Add(value);
        if (version is { } v)
        {
            _versions[v] = _versions.GetValueOrDefault(v) + 1;
        }
        // The log's order is the order rows were appended, not quite their time order (concurrent requests finish out of
        // order): the window's range, which the labels are read by, is the times' range.
        _from = _from is { } from && from <= time ? from : time;
        _to = _to is { } to && to >= time ? to : time;
        if (_slices.Length > 0)
        {
            var cells = _columns.Select(c => c.LastCell).ToArray();
            foreach (var (_, matches, window) in _slices)
            {
                if (matches(cells))
                {
                    window.AddCells(cells, id, predicted, confidence, version, time, value);
                }
            }
        }
    }
}
