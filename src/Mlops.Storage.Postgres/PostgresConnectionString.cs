using Mlops.Core.Errors;
using Npgsql;

namespace Mlops.Storage.Postgres;

/// <summary>
/// Turns what users pass as a tracking URI into an Npgsql connection string: MLflow's
/// <c>postgresql://user:password@host:port/database?sslmode=require</c> (also <c>postgres://</c> and
/// <c>postgresql+psycopg2://</c>), or an Npgsql connection string such as <c>Host=db;Username=mlops;Database=mlops</c>.
/// </summary>
public static class PostgresConnectionString
{
    private static readonly string[] Schemes = ["postgresql://", "postgres://", "postgresql+psycopg2://", "postgresql+psycopg://"];

    public static bool IsUri(string value) =>
        Schemes.Any(s => value.StartsWith(s, StringComparison.OrdinalIgnoreCase));

    /// <summary>Returns an Npgsql connection string; an invalid value is an InvalidParameterValue error that hides the password.</summary>
    public static string Parse(string connectionStringOrUri)
    {
        if (string.IsNullOrWhiteSpace(connectionStringOrUri))
        {
            throw MlopsException.Invalid("Invalid PostgreSQL connection: expected a postgresql:// URI or an Npgsql connection string, got an empty value.");
        }
        if (IsUri(connectionStringOrUri))
        {
            return FromUri(connectionStringOrUri).ConnectionString;
        }
        try
        {
            return new NpgsqlConnectionStringBuilder(connectionStringOrUri).ConnectionString;
        }
        catch (ArgumentException e)
        {
            throw MlopsException.Invalid($"Invalid PostgreSQL connection string: {e.Message}");
        }
    }

    private static NpgsqlConnectionStringBuilder FromUri(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri))
        {
            throw MlopsException.Invalid($"Invalid PostgreSQL URI '{Redact(text)}': expected postgresql://user:password@host:port/database.");
        }
        var builder = new NpgsqlConnectionStringBuilder();
        if (uri.Host.Length > 0)
        {
            builder.Host = uri.DnsSafeHost;
        }
        if (!uri.IsDefaultPort && uri.Port > 0)
        {
            builder.Port = uri.Port;
        }
        var userInfo = uri.UserInfo.Split(':', 2);
        if (userInfo[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(userInfo[0]);
        }
        if (userInfo.Length == 2)
        {
            builder.Password = Uri.UnescapeDataString(userInfo[1]);
        }
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            ApplyQueryParameter(builder, Uri.UnescapeDataString(parts[0]), parts.Length == 2 ? Uri.UnescapeDataString(parts[1]) : "", text);
        }
        return builder;
    }

    // libpq's names, so URIs copied from MLflow or psql settings work unchanged.
    private static void ApplyQueryParameter(NpgsqlConnectionStringBuilder builder, string name, string value, string uri)
    {
        switch (name.ToLowerInvariant())
        {
            case "sslmode" when Enum.TryParse<SslMode>(value.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var mode):
                builder.SslMode = mode;
                break;
            case "host":
                builder.Host = value;
                break;
            case "port" when int.TryParse(value, out var port):
                builder.Port = port;
                break;
            case "user":
                builder.Username = value;
                break;
            case "password":
                builder.Password = value;
                break;
            case "dbname":
                builder.Database = value;
                break;
            case "application_name":
                builder.ApplicationName = value;
                break;
            case "connect_timeout" when int.TryParse(value, out var seconds):
                builder.Timeout = seconds;
                break;
            default:
                throw MlopsException.Invalid(
                    $"Invalid PostgreSQL URI '{Redact(uri)}': query parameter '{name}={value}' is not supported; " +
                    "use sslmode, host, port, user, password, dbname, application_name or connect_timeout, or pass an Npgsql connection string.");
        }
    }

    private static string Redact(string uri)
    {
        var at = uri.LastIndexOf('@');
        var scheme = uri.IndexOf("://", StringComparison.Ordinal);
        var colon = at > 0 ? uri.IndexOf(':', scheme + 3) : -1;
        return colon > 0 && colon < at ? $"{uri[..(colon + 1)]}***{uri[at..]}" : uri;
    }
}
