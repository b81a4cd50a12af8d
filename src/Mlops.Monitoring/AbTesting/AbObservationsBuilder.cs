using Mlops.Core.AbTesting;
using Mlops.Core.Predictions;

namespace Mlops.Monitoring.AbTesting;

/// <summary>
/// The pure core of reading a test: fed every logged prediction of the test (answered and shadow) and every labelled
/// one, in any order, it counts per variant and joins shadow scores to answers on prediction id (the contract logs a
/// shadow score with the id of the answered prediction of the same request). Only answers and shadow scores are held
/// for the join, and only in shadow mode.
/// </summary>
public sealed class AbObservationsBuilder
{
    private readonly AbTest _test;
    private readonly Dictionary<string, int> _indexByName;
    private readonly long[] _requests, _labelled, _correct;
    private readonly Dictionary<string, string> _answers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>[] _shadowScores;
    private long _ignored;

    public AbObservationsBuilder(AbTest test)
    {
        ArgumentNullException.ThrowIfNull(test);
        _test = test;
        var count = test.Variants.Count;
        _indexByName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            _indexByName[test.Variants[i].Name] = i;
        }
        (_requests, _labelled, _correct) = (new long[count], new long[count], new long[count]);
        _shadowScores = [.. Enumerable.Range(0, count).Select(_ => new Dictionary<string, string>(StringComparer.Ordinal))];
    }

    public void AddPrediction(PredictionRecord record)
    {
        if (VariantOf(record) is not { } index)
        {
            _ignored++;
            return;
        }
        _requests[index]++;
        if (_test.Mode == AbMode.Shadow)
        {
            (index == 0 ? _answers : _shadowScores[index])[record.Id] = record.Prediction;
        }
    }

    public void AddLabelled(LabelledPrediction labelled)
    {
        if (VariantOf(labelled.Prediction) is not { } index)
        {
            _ignored++;
            return;
        }
        _labelled[index]++;
        if (string.Equals(labelled.Prediction.Prediction, labelled.Label, StringComparison.Ordinal))
        {
            _correct[index]++;
        }
    }

    public AbObservations Build()
    {
        var variants = _test.Variants.Select((v, i) => new VariantObservation(v.Name, _requests[i], _labelled[i], _correct[i])).ToArray();
        var shadows = _test.Mode != AbMode.Shadow ? [] : _test.Variants.Skip(1).Select((v, i) => Join(v.Name, _shadowScores[i + 1])).ToArray();
        return new AbObservations(variants, shadows, _ignored);
    }

    private ShadowObservation Join(string variant, Dictionary<string, string> scores)
    {
        long pairs = 0, disagreements = 0;
        foreach (var (id, prediction) in scores)
        {
            if (_answers.TryGetValue(id, out var answer))
            {
                pairs++;
                disagreements += string.Equals(answer, prediction, StringComparison.Ordinal) ? 0 : 1;
            }
        }
        return new ShadowObservation(variant, pairs, disagreements);
    }

    /// <summary>The variant index a row counts for: answers by any variant in split mode; in shadow mode answers by the control and shadow scores by the others.</summary>
    private int? VariantOf(PredictionRecord record)
    {
        if (record.Assignment is not { } a || !string.Equals(a.TestId, _test.Id, StringComparison.Ordinal)
            || !_indexByName.TryGetValue(a.Variant, out var index))
        {
            return null;
        }
        var fits = _test.Mode == AbMode.Shadow ? a.Shadow == (index != 0) : !a.Shadow;
        return fits ? index : null;
    }
}
