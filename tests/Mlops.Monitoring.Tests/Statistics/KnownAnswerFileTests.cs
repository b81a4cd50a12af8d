namespace Mlops.Monitoring.Tests.Statistics;

public sealed class KnownAnswerFileTests
{
    private static readonly string[] Covered =
    [
        "ks_2samp", "chisquare", "chi2_contingency", "wasserstein", "jensenshannon", "psi", "proportions_ztest",
        "wilson_interval", "sample_size", "srm_chisquare",
    ];

    private static readonly string[] Metadata = ["about", "scipy", "statsmodels"];

    [KnownAnswerTheory]
    [InlineData(0)]
    public void Families_InTheFile_AreAllCoveredByTests(int _)
    {
        var families = KnownAnswers.Root.EnumerateObject().Select(p => p.Name).Except(Metadata).Order().ToArray();
        Assert.Equal(Covered.Order().ToArray(), families);
    }

    [Fact]
    public void Copy_WhenTheSharedFileExists_IsIdenticalToIt()
    {
        Assert.True(File.Exists(KnownAnswers.CopyPath), $"the fixture copy {KnownAnswers.CopyPath} is missing");
        if (!File.Exists(KnownAnswers.SharedPath)) return; // a fresh clone has only the copy
        Assert.Equal(File.ReadAllText(KnownAnswers.SharedPath), File.ReadAllText(KnownAnswers.CopyPath));
    }
}
