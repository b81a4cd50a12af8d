using Mlops.Core.Errors;

namespace Mlops.Pipeline.Locking;

/// <summary>pipeline.lock: per stage, the hashes of its deps and outputs and the values of its params at its last run.</summary>
public sealed class LockFile
{
    private readonly OrderedDictionary<string, StageLock> _stages = new(StringComparer.Ordinal);

    public IReadOnlyList<StageLock> Stages => [.. _stages.Values];

    public StageLock? Find(string stageName) => _stages.GetValueOrDefault(stageName);

    /// <summary>Adds or replaces the entry of one stage, keeping its position in the file.</summary>
    public void Set(StageLock entry) => _stages[entry.Stage] = entry;

    public bool Remove(string stageName) => _stages.Remove(stageName);

    /// <summary>Reads a lock file; a missing file is an empty lock (nothing has run yet).</summary>
    public static LockFile Load(string path) =>
        File.Exists(path) ? Parse(File.ReadAllText(path), Path.GetFileName(path)) : new LockFile();

    public static LockFile Parse(string yamlText, string sourceName = "pipeline.lock")
    {
        var lockFile = new LockFile();
        try
        {
            foreach (var entry in LockFileYaml.Read(yamlText, sourceName))
            {
                lockFile.Set(entry);
            }
        }
        catch (Exception ex) when (ex is not MlopsException)
        {
            throw new MlopsException(ErrorCode.InvalidState,
                $"{sourceName} is not a valid lock file ({ex.Message}); delete it to rerun every stage", ex);
        }
        return lockFile;
    }

    public string ToYaml() => LockFileYaml.Write(_stages.Values);

    /// <summary>Writes to a temporary file and moves it over the old one, so a crash never leaves a half-written lock.</summary>
    public void Save(string path) => AtomicFile.WriteAllText(path, ToYaml());
}
