using System.Reflection;
using Mlops.Core.Errors;
using Mlops.Core.Stores;

namespace Mlops.Client.Stores;

/// <summary>
/// Finds the backend for a tracking URI's scheme: a provider passed in <see cref="MlopsClientOptions.Providers"/>,
/// else the store package of that scheme when the application references it (found by assembly name, so this
/// package references no backend and a SQLite user does not pull Npgsql).
/// </summary>
internal static class StoreProviders
{
    private static readonly Dictionary<string, string> PackageOfScheme = new(StringComparer.Ordinal)
    {
        ["sqlite"] = "Mlops.Storage.Sqlite",
        ["postgresql"] = "Mlops.Storage.Postgres",
        ["postgres"] = "Mlops.Storage.Postgres",
        ["http"] = "Mlops.Storage.MlflowRest",
        ["https"] = "Mlops.Storage.MlflowRest",
    };

    public static IStoreProvider Find(string uri, IEnumerable<IStoreProvider> registered)
    {
        var scheme = TrackingUri.SchemeOf(uri);
        if (registered.FirstOrDefault(p => p.Schemes.Contains(scheme, StringComparer.Ordinal)) is { } given)
        {
            return given;
        }
        if (!PackageOfScheme.TryGetValue(scheme, out var package))
        {
            throw MlopsException.Invalid($"Tracking URI '{uri}' is not supported. Use sqlite:///PATH, postgresql://USER@HOST:PORT/DB " +
                "or http(s)://HOST:PORT, or pass a provider for its scheme in MlopsClientOptions.Providers.");
        }
        return FromPackage(package, scheme)
            ?? throw new MlopsException(ErrorCode.InvalidState,
                $"Tracking URI '{uri}' needs the package {package}: dotnet add package {package}.");
    }

    private static IStoreProvider? FromPackage(string assemblyName, string scheme)
    {
        Assembly assembly;
        try
        {
            assembly = Assembly.Load(new AssemblyName(assemblyName));
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        return assembly.GetCustomAttributes<StoreProviderAttribute>()
            .Select(a => (IStoreProvider)Activator.CreateInstance(a.ProviderType)!)
            .FirstOrDefault(p => p.Schemes.Contains(scheme, StringComparer.Ordinal));
    }
}
