using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Mlops.Storage.ContractTests.Postgres;

/// <summary>
/// Starts a throwaway PostgreSQL cluster (initdb + pg_ctl, as user postgres when the tests run as root) on a free
/// loopback port in a temp folder, and stops and deletes it at the end. When the binaries are missing it does nothing,
/// and the tests are skipped by <see cref="RequiresPostgresAttribute"/>, unless CI requires them.
/// </summary>
public sealed class PostgresServerFixture : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"mlops-pg-{Guid.NewGuid():N}");
    private readonly ConcurrentDictionary<Type, Lazy<Task<string>>> classDatabases = new();
    private int port;
    private bool started;

    private string DataFolder => Path.Combine(folder, "data");

    public async Task InitializeAsync()
    {
        if (PostgresBinaries.Unavailable is { } reason)
        {
            if (PostgresBinaries.Required)
            {
                throw new InvalidOperationException($"{PostgresBinaries.RequireVariable}=1 but {reason}.");
            }
            return;
        }
        Directory.CreateDirectory(folder);
        if (PostgresBinaries.IsRoot)
        {
            await RunAsync("chown", "postgres:postgres", folder);
        }
        await RunServerToolAsync("initdb", "-D", DataFolder, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
        port = FreePort();
        // Durability settings off: a throwaway test server, and fsync dominates the time of small transactions.
        await RunServerToolAsync("pg_ctl", "-D", DataFolder, "-l", Path.Combine(folder, "server.log"), "-w", "-o",
            $"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off -c synchronous_commit=off -c full_page_writes=off", "start");
        started = true;
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (started)
        {
            await RunServerToolAsync("pg_ctl", "-D", DataFolder, "-m", "immediate", "-w", "stop");
        }
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Connection string of the server's maintenance database.</summary>
    public string AdminConnectionString => ConnectionString("postgres");

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={port};Username=postgres;Database={database};Pooling=true";

    /// <summary>One database per test class, created on first use; tests inside a class use unique names.</summary>
    public Task<string> DatabaseForAsync(Type testClass) =>
        classDatabases.GetOrAdd(testClass, _ => new Lazy<Task<string>>(CreateDatabaseAsync)).Value;

    /// <summary>
    /// Creates an empty database and returns its connection string. Its default collation is ICU en-US when the server
    /// has ICU, so tests prove that ordering does not depend on the database locale.
    /// </summary>
    public async Task<string> CreateDatabaseAsync()
    {
        if (!started)
        {
            throw new InvalidOperationException(PostgresBinaries.Unavailable ?? "The PostgreSQL test server did not start.");
        }
        var name = $"mlops_test_{Guid.NewGuid():N}";
        await using var admin = new NpgsqlConnection(AdminConnectionString);
        await admin.OpenAsync();
        try
        {
            await using var icu = new NpgsqlCommand(
                $"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C.UTF-8';", admin);
            await icu.ExecuteNonQueryAsync();
        }
        catch (PostgresException)
        {
            await using var plain = new NpgsqlCommand($"CREATE DATABASE {name};", admin);
            await plain.ExecuteNonQueryAsync();
        }
        return ConnectionString(name);
    }

    /// <summary>A URI for the same database, as MLflow users write it.</summary>
    public string Uri(string database, string scheme = "postgresql") => $"{scheme}://postgres@127.0.0.1:{port}/{database}";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Task RunServerToolAsync(string tool, params string[] args)
    {
        var path = Path.Combine(PostgresBinaries.Directory!, tool);
        return PostgresBinaries.IsRoot ? RunAsync("runuser", ["-u", "postgres", "--", path, .. args]) : RunAsync(path, args);
    }

    private static async Task RunAsync(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"'{file} {string.Join(' ', args)}' exited with {process.ExitCode}: {await error}{await output}");
        }
    }
}
