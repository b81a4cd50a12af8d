using Mlops.Core.AbTesting;
using Mlops.Monitoring.AbTesting;

namespace Mlops.Monitoring.Tests.AbTesting;

/// <summary>Tests and counts to analyse: a running test of a control and one challenger.</summary>
internal static class AbTestFactory
{
    public const string Id = "ab-0001";

    public static AbTest Test(int requiredPerVariant, AbMode mode = AbMode.Split, double controlShare = 0.5, string name = "checkout",
        string challenger = "challenger") => new()
    {
        Id = Id,
        Status = AbStatus.Running,
        StartedAt = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero),
        Definition = new AbTestDraft
        {
            Name = name,
            ModelName = "classifier",
            Variants = mode == AbMode.Split
                ? [new AbVariant("champion", "@champion", 3, controlShare), new AbVariant(challenger, "@challenger", 4, 1 - controlShare)]
                : [new AbVariant("champion", "@champion", 3, 1), new AbVariant(challenger, "@challenger", 4, 0)],
            Mode = mode,
            MinimumDetectableEffect = 0.05,
            BaselineRate = 0.9,
            RequiredPerVariant = requiredPerVariant,
        },
    };

    /// <summary>Counts where every request was labelled: (labelled, correct) for the control, then the challenger.</summary>
    public static AbObservations Counts(long controlN, long controlCorrect, long challengerN, long challengerCorrect, string challenger = "challenger") =>
        new([new VariantObservation("champion", controlN, controlN, controlCorrect), new VariantObservation(challenger, challengerN, challengerN, challengerCorrect)], []);
}
