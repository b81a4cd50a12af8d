using System.Buffers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Mlops.Core.Predictions;
using Mlops.Serving.Metrics;

namespace Mlops.Serving.PredictionLogging;

/// <summary>
/// Drains the queue in batches into the prediction log, off the request path. Failure policy: a failing store never
/// breaks serving; the batch is counted as dropped (reason write_error), logged, and the writer goes on. On shutdown
/// it drains what is queued within the host's shutdown timeout.
/// </summary>
public sealed partial class PredictionLogWriter(PredictionLogQueue queue, ServingOptions options, ServingMetrics metrics,
    ILogger<PredictionLogWriter> logger) : BackgroundService
{
    private readonly ArrayBufferWriter<byte> json = new(512);

    public override Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        return base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (queue.Log is not { } log)
        {
            return;
        }
        var reader = queue.Reader;
        var batch = new List<PredictionRecord>(options.PredictionLogBatchSize);
        // Not cancelled by stoppingToken: the loop ends when StopAsync completes the queue and it is empty.
        while (await reader.WaitToReadAsync(CancellationToken.None))
        {
            var rows = 0;
            batch.Clear();
            while (rows < options.PredictionLogBatchSize && reader.TryRead(out var entry))
            {
                rows += entry.Rows;
                Convert(entry, batch);
            }
            try
            {
                await log.AppendAsync(batch, CancellationToken.None);
                metrics.LogWritten.Inc(rows);
            }
            catch (Exception e)
            {
                metrics.LogDropped("write_error", rows);
                LogWriteFailed(rows, e.Message);
            }
            finally
            {
                queue.Done(rows);
            }
        }
    }

    private void Convert(PendingPredictions entry, List<PredictionRecord> batch)
    {
        var m = entry.Model;
        var time = DateTimeOffset.FromUnixTimeMilliseconds(entry.UnixMilliseconds);
        var inputs = m.InputCount;
        var k = m.ClassCount;
        for (var r = 0; r < entry.Rows; r++)
        {
            var predicted = entry.Predicted[r];
            batch.Add(new PredictionRecord(
                entry.Ids[r].ToString(),
                time,
                m.Identity.Name,
                m.Identity.Version,
                m.Identity.Uri,
                InputsJson(m, entry.Inputs.AsSpan(r * inputs, inputs)),
                m.Classes[predicted],
                entry.Probabilities[r * k + predicted],
                ProbabilitiesJson(m, entry.Probabilities.AsSpan(r * k, k)),
                entry.LatencyMs));
        }
    }

    private string InputsJson(Models.ServedModel m, ReadOnlySpan<double> values)
    {
        json.ResetWrittenCount();
        using (var w = new Utf8JsonWriter(json))
        {
            w.WriteStartObject();
            for (var i = 0; i < values.Length; i++)
            {
                var v = values[i];
                if (double.IsNaN(v))
                {
                    w.WriteNull(m.EncodedColumns[i]);
                }
                else if (m.Numeric[i])
                {
                    w.WriteNumber(m.EncodedColumns[i], v);
                }
                else
                {
                    w.WriteString(m.EncodedColumns[i], m.Categories[i][(int)v]);
                }
            }
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(json.WrittenSpan);
    }

    private string ProbabilitiesJson(Models.ServedModel m, ReadOnlySpan<float> probabilities)
    {
        json.ResetWrittenCount();
        using (var w = new Utf8JsonWriter(json))
        {
            w.WriteStartObject();
            for (var c = 0; c < probabilities.Length; c++)
            {
                w.WriteNumber(m.EncodedClasses[c], probabilities[c]);
            }
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(json.WrittenSpan);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Prediction log: {Rows} prediction(s) could not be written and were dropped: {Error}")]
    private partial void LogWriteFailed(int rows, string error);
}
