using System.Text;

namespace Mlops.Inference.Scoring;

/// <summary>
/// The compiled ensemble as a small binary file, so a server can score without loading ML.NET at all. The file names
/// the model it was compiled from (<c>source</c>, e.g. the zip's hash) and is fully validated on load: the walk skips
/// bounds checks, so a damaged file must never get that far.
/// </summary>
internal sealed partial class CompiledTreeScorer
{
    private static readonly byte[] Magic = "MLOPSTRE"u8.ToArray();
    private const int FormatVersion = 1;

    public void Save(Stream stream, string source, int featureCount)
    {
        using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(source);
        w.Write(featureCount);
        w.Write(ClassCount);
        w.Write((int)_formula);
        WriteArray(w, _slope, w.Write);
        WriteArray(w, _offset, w.Write);
        WriteArray(w, _classTreeStart, w.Write);
        WriteArray(w, _treeRoot, w.Write);
        w.Write(_nodes.Length);
        foreach (var n in _nodes)
        {
            w.Write(n.Feature);
            w.Write(n.Threshold);
            w.Write(n.Left);
            w.Write(n.Right);
        }
        WriteArray(w, _leafValue, w.Write);
    }

    /// <summary>The ensemble in <paramref name="stream"/>, or null when it is another format, another source or not a valid ensemble.</summary>
    public static CompiledTreeScorer? TryLoad(Stream stream, string source, int featureCount, int classCount)
    {
        try
        {
            using var r = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            if (!r.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || r.ReadInt32() != FormatVersion
                || r.ReadString() != source || r.ReadInt32() != featureCount || r.ReadInt32() != classCount)
            {
                return null;
            }
            var formula = (OutputFormula)r.ReadInt32();
            var slope = ReadArray(r, r.ReadDouble);
            var offset = ReadArray(r, r.ReadDouble);
            var classTreeStart = ReadArray(r, r.ReadInt32);
            var treeRoot = ReadArray(r, r.ReadInt32);
            var nodes = ReadArray(r, () => new Node(r.ReadInt32(), r.ReadSingle(), r.ReadInt32(), r.ReadInt32()));
            var leaves = ReadArray(r, r.ReadDouble);
            var scorer = new CompiledTreeScorer(classTreeStart, treeRoot, nodes, leaves, formula, slope, offset);
            return stream.ReadByte() == -1 && scorer.IsValid(featureCount, classCount) ? scorer : null;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException or OverflowException)
        {
            return null;
        }
    }

    // Every node and leaf is referenced at most once (roots included): each tree is then a tree, and no walk can loop.
    private bool IsValid(int featureCount, int classCount)
    {
        var k = _classTreeStart.Length - 1;
        if (k != classCount || !Enum.IsDefined(_formula)
            || (_formula == OutputFormula.CalibratedNormalized && (_slope.Length != k || _offset.Length != k))
            || _classTreeStart[0] != 0 || _classTreeStart[k] != _treeRoot.Length)
        {
            return false;
        }
        for (var c = 0; c < k; c++)
        {
            if (_classTreeStart[c] > _classTreeStart[c + 1])
            {
                return false;
            }
        }
        var nodeUsed = new bool[_nodes.Length];
        var leafUsed = new bool[_leafValue.Length];
        bool Use(int child) => child >= 0
            ? child < nodeUsed.Length && !nodeUsed[child] && (nodeUsed[child] = true)
            : ~child < leafUsed.Length && !leafUsed[~child] && (leafUsed[~child] = true);
        foreach (var root in _treeRoot)
        {
            if (!Use(root))
            {
                return false;
            }
        }
        foreach (var n in _nodes)
        {
            if (n.Feature < 0 || n.Feature >= featureCount || !Use(n.Left) || !Use(n.Right))
            {
                return false;
            }
        }
        return true;
    }

    private static void WriteArray<T>(BinaryWriter w, T[] values, Action<T> write)
    {
        w.Write(values.Length);
        foreach (var v in values)
        {
            write(v);
        }
    }

    private static T[] ReadArray<T>(BinaryReader r, Func<T> read)
    {
        var length = r.ReadInt32();
        // A length the rest of the stream cannot hold is damage, not a reason to allocate gigabytes.
        if (length < 0 || length > r.BaseStream.Length - r.BaseStream.Position)
        {
            throw new FormatException($"array length {length} does not fit the file");
        }
        var values = new T[length];
        for (var i = 0; i < length; i++)
        {
            values[i] = read();
        }
        return values;
    }
}
