using System.Text;
using Mlops.Core.Errors;
using Mlops.Training.Configuration;
using Mlops.Training.Data;

namespace Mlops.Training.Init;

/// <summary>
/// Writes an init workspace: params.yaml, pipeline.yaml, the data copy and a README stub (kept when one exists).
/// Everything is built and checked first (the params load as the pipeline will load them), so a refusal writes nothing.
/// </summary>
public static class WorkspaceWriter
{
    private static readonly string[] Definitions = ["params.yaml", "pipeline.yaml"];

    /// <summary>Writes the workspace of <paramref name="plan"/>; returns the workspace-relative paths written.</summary>
    public static IReadOnlyList<string> Write(InitPlan plan)
    {
        var dir = plan.Options.Directory;
        var paramsText = ParamsYamlWriter.Write(plan);
        try
        {
            ParamsLoader.Load(paramsText, "params.yaml (written by init)");
        }
        catch (MlopsException e)
        {
            throw MlopsException.Invalid($"init inferred params that do not load, so nothing was written:\n{e.Message}");
        }
        var files = new List<(string Path, byte[] Bytes)>
        {
            ("params.yaml", Encoding.UTF8.GetBytes(paramsText)),
            ("pipeline.yaml", Encoding.UTF8.GetBytes(PipelineText(plan.DataFile))),
        };
        var data = NormalizedCsv(plan);
        var dataPath = Path.GetFullPath(Path.Combine(dir, plan.DataFile));
        var sameFile = dataPath == Path.GetFullPath(plan.Options.DataPath);
        if (sameFile && !File.ReadAllBytes(dataPath).AsSpan().SequenceEqual(data))
        {
            throw MlopsException.Conflict($"{plan.Options.DataPath} is where init would write its normalized copy; move it out of {plan.DataFile} first");
        }
        if (!sameFile)
        {
            files.Add((plan.DataFile, data));
        }
        EnsureFree(dir, plan.Options.Force, [.. Definitions, .. sameFile ? Array.Empty<string>() : [plan.DataFile]]);
        if (!File.Exists(Path.Combine(dir, "README.md")))
        {
            files.Add(("README.md", Encoding.UTF8.GetBytes(ReadmeStub.Write(plan))));
        }
        return WriteAll(dir, files);
    }

    /// <summary>Writes the bundled example into <paramref name="dir"/>; returns the paths written.</summary>
    public static IReadOnlyList<string> WriteBundled(string dir, bool force)
    {
        EnsureFree(dir, force, [.. BundledExample.Files]);
        return WriteAll(dir, [.. BundledExample.Files.Select(f => (f, BundledExample.Read(f)))]);
    }

    private static string PipelineText(string dataFile)
    {
        var bundledRaw = ParamsLoader.Load(BundledExample.ReadText("params.yaml")).Data.Raw;
        var text = BundledExample.ReadText("pipeline.yaml");
        return text.Contains(bundledRaw, StringComparison.Ordinal) ? text.Replace(bundledRaw, dataFile, StringComparison.Ordinal)
            : throw new InvalidOperationException($"the bundled pipeline.yaml does not name data.raw ('{bundledRaw}')");
    }

    private static byte[] NormalizedCsv(InitPlan plan)
    {
        var commas = plan.Table.Header.Select(h => plan.Columns.Any(c => c.Name == h && c.DecimalComma)).ToArray();
        var csv = new StringBuilder().Append(CsvWriter.FormatLine(plan.Table.Header)).Append('\n');
        foreach (var row in plan.Table.Rows)
        {
            csv.Append(CsvWriter.FormatLine([.. row.Select((field, i) => commas[i] ? field.Replace(',', '.') : field)])).Append('\n');
        }
        return new UTF8Encoding(false).GetBytes(csv.ToString());
    }

    private static void EnsureFree(string dir, bool force, IEnumerable<string> files)
    {
        var taken = files.Where(f => File.Exists(Path.Combine(dir, f))).ToList();
        if (taken.Count > 0 && !force)
        {
            throw MlopsException.Conflict($"{dir} already holds {string.Join(", ", taken)}; nothing was written (--force overwrites)");
        }
    }

    private static List<string> WriteAll(string dir, IReadOnlyList<(string Path, byte[] Bytes)> files)
    {
        foreach (var (path, bytes) in files)
        {
            var full = Path.Combine(dir, path);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(full))!);
            File.WriteAllBytes(full, bytes);
        }
        return [.. files.Select(f => f.Path)];
    }
}
