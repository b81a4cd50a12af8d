using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Mlops.Core.Errors;
using Mlops.Training.Configuration;
using Mlops.Training.Models;

namespace Mlops.Lifecycle.Sweeps;

/// <summary>
/// A lane whose trials train in a worker process (<see cref="SweepWorker"/>), so LightGBM trials of one sweep train at
/// once. A worker that dies fails the trial it held, with its exit code and the end of its stderr, and takes no more.
/// </summary>
internal sealed class WorkerCrossValidator : ITrialCrossValidator
{
    private const int StderrLines = 20;
    private readonly Process process;
    private readonly Queue<string> stderr = new();

    private WorkerCrossValidator(Process process)
    {
        this.process = process;
    }

    public bool Usable { get; private set; } = true;

    public static async Task<WorkerCrossValidator> StartAsync(ProcessStartInfo start, SweepWorkerJob job, CancellationToken ct)
    {
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        start.StandardInputEncoding = new UTF8Encoding(false);
        var process = Process.Start(start) ?? throw MlopsException.Invalid($"sweep worker {start.FileName} did not start");
        var worker = new WorkerCrossValidator(process);
        process.ErrorDataReceived += (_, e) => worker.KeepStderr(e.Data);
        process.BeginErrorReadLine();
        await worker.SendAsync(JsonSerializer.Serialize(job, SweepWorkerJson.Default.SweepWorkerJob), ct);
        return worker;
    }

    public async Task<CrossValidationResult> CrossValidateAsync(SweepTrial trial, PipelineParams p, CancellationToken ct)
    {
        string? line;
        try
        {
            await SendAsync(JsonSerializer.Serialize(new SweepWorkerTrial(trial.Overrides), SweepWorkerJson.Default.SweepWorkerTrial), ct);
            line = await process.StandardOutput.ReadLineAsync(ct);
        }
        catch (IOException)
        {
            line = null;
        }
        var reply = Parse(line);
        if (reply is null)
        {
            Usable = false;
            throw MlopsException.Invalid(line is null ? await DiedAsync() : $"the sweep worker answered with something that is not a result: {Truncated(line)}");
        }
        return reply.Cv ?? throw MlopsException.Invalid(reply.Error ?? "the sweep worker gave no result");
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            process.StandardInput.Close();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or InvalidOperationException)
        {
            process.Kill(entireProcessTree: true);
        }
        process.Dispose();
    }

    private static SweepWorkerReply? Parse(string? line)
    {
        try
        {
            return line is null ? null : JsonSerializer.Deserialize(line, SweepWorkerJson.Default.SweepWorkerReply);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Truncated(string line) => line.Length <= 200 ? line : line[..200] + "…";

    private async Task SendAsync(string line, CancellationToken ct)
    {
        await process.StandardInput.WriteLineAsync(line.AsMemory(), ct);
        await process.StandardInput.FlushAsync(ct);
    }

    private async Task<string> DiedAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return "the sweep worker stopped answering";
        }
        lock (stderr)
        {
            return $"the sweep worker exited with code {process.ExitCode}" + (stderr.Count == 0 ? "" : ": " + string.Join(" | ", stderr));
        }
    }

    private void KeepStderr(string? line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return;
        }
        lock (stderr)
        {
            stderr.Enqueue(line);
            if (stderr.Count > StderrLines)
            {
                stderr.Dequeue();
            }
        }
    }
}
