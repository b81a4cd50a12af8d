using System.Text.Json;
using Mlops.Core.Errors;

namespace Mlops.Monitoring.Profiles;

/// <summary>Writes and reads <see cref="ReferenceProfile.FileName"/>; a missing, unreadable or inconsistent file is an error naming it.</summary>
public static class ReferenceProfileFile
{
    public static void Write(string path, ReferenceProfile profile)
    {
        using var stream = File.Create(path);
        Write(stream, profile);
    }

    public static void Write(Stream stream, ReferenceProfile profile) => ReferenceProfileWriter.Write(stream, profile);

    /// <summary>The profile inside a model package folder; a package registered before profiles existed says so.</summary>
    /// <param name="model">How the user named the model (its URI), for the message.</param>
    public static ReferenceProfile ReadPackage(string packageFolder, string model)
    {
        var path = Path.Combine(packageFolder, ReferenceProfile.FileName);
        if (!File.Exists(path))
        {
            throw MlopsException.NotFound(
                $"no reference profile in model package {model} ({packageFolder} has no {ReferenceProfile.FileName}): re-run register " +
                "(`mlops pipeline run --stage register --force`) to package the model with one");
        }
        return Read(path);
    }

    public static ReferenceProfile Read(string path)
    {
        ReferenceProfile? profile;
        try
        {
            using var stream = File.OpenRead(path);
            profile = JsonSerializer.Deserialize(stream, Reports.MonitoringJsonContext.Default.ReferenceProfile);
        }
        catch (JsonException e)
        {
            throw MlopsException.Invalid($"{path} is not a readable reference profile: {e.Message}");
        }
        if (profile is null)
        {
            throw MlopsException.Invalid($"{path} is not a readable reference profile: it holds null");
        }
        if (profile.Format != ReferenceProfile.CurrentFormat)
        {
            throw MlopsException.Invalid(
                $"{path} has format {ErrorText.Quote(profile.Format, 60)}; this version reads '{ReferenceProfile.CurrentFormat}': re-run register");
        }
        ReferenceProfileChecks.Check(profile, path);
        return profile;
    }
}
