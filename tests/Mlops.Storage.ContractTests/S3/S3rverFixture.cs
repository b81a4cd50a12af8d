using System.Diagnostics;
using System.Text.RegularExpressions;
using Amazon.Runtime;
using Mlops.Artifacts.S3;

namespace Mlops.Storage.ContractTests.S3;

/// <summary>
/// Starts s3rver on a free loopback port with a data folder in temp and the bucket <see cref="Bucket"/>, and stops it
/// (the process it started, by id) and deletes the folder at the end. Without node or the package it does nothing and
/// the tests are skipped by <see cref="RequiresS3rverAttribute"/>, unless CI requires them.
/// </summary>
public sealed partial class S3rverFixture : IAsyncLifetime
{
    public const string Bucket = "mlops-test";

    private readonly string folder = Path.Combine(Path.GetTempPath(), $"mlops-s3rver-{Guid.NewGuid():N}");
    private Process? process;

    /// <summary>The endpoint, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string Endpoint { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (S3rverServer.Unavailable is { } reason)
        {
            if (S3rverServer.Required)
            {
                throw new InvalidOperationException($"{S3rverServer.RequireVariable}=1 but {reason}.");
            }
            return;
        }
        Directory.CreateDirectory(folder);
        var info = new ProcessStartInfo(S3rverServer.Node!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { S3rverServer.Script!, "-d", folder, "-a", "127.0.0.1", "-p", "0", "--silent", "--configure-bucket", Bucket })
        {
            info.ArgumentList.Add(arg);
        }
        process = Process.Start(info) ?? throw new InvalidOperationException("Could not start s3rver.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        // s3rver prints "S3rver listening on ADDRESS:PORT" once the bucket exists and it accepts connections.
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (ListeningLine().Match(line) is { Success: true } match)
            {
                Endpoint = $"http://127.0.0.1:{match.Groups[1].Value}";
                _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
                _ = process.StandardError.ReadToEndAsync(CancellationToken.None);
                return;
            }
        }
        throw new InvalidOperationException($"s3rver exited without listening: {await process.StandardError.ReadToEndAsync()}");
    }

    public Task DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill();
            process.WaitForExit();
        }
        process?.Dispose();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        return Task.CompletedTask;
    }

    /// <summary>Options for this server with s3rver's key pair; <paramref name="configure"/> changes the rest.</summary>
    public S3ArtifactOptions Options(Func<S3ArtifactOptions, S3ArtifactOptions>? configure = null)
    {
        var options = new S3ArtifactOptions
        {
            ServiceUrl = Endpoint,
            ForcePathStyle = true,
            Credentials = new BasicAWSCredentials(S3rverServer.AccessKey, S3rverServer.SecretKey),
            MaxErrorRetry = 1,
        };
        return configure is null ? options : configure(options);
    }

    /// <summary>A root no other test uses.</summary>
    public static string NewRoot() => $"s3://{Bucket}/{Guid.NewGuid():N}";

    [GeneratedRegex(@"listening on .*:(\d+)\s*$")]
    private static partial Regex ListeningLine();
}
