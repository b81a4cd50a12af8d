using System.Globalization;
using Mlops.Core.AbTesting;

namespace Mlops.Core.Tests.AbTesting;

public sealed class VariantAssignerTests
{
    [Fact]
    public void Bucket_KnownKey_IsTheFirstEightBytesOfSha256()
    {
        // Python: (int.from_bytes(hashlib.sha256(b"t1:user-42").digest()[:8], "big") >> 11) / 2**53
        const double expected = 0.6210890281635844;

        Assert.Equal(expected, VariantAssigner.Bucket("t1", "user-42"));
    }

    [Fact]
    public void Bucket_LongKey_SameAsAShortPathWouldGive()
    {
        var key = new string('k', 1000);
        var bucket = VariantAssigner.Bucket("t", key);

        Assert.InRange(bucket, 0, 1);
        Assert.Equal(bucket, VariantAssigner.Bucket("t", key));
        Assert.NotEqual(bucket, VariantAssigner.Bucket("u", key));
    }

    [Fact]
    public void Assign_SameUnit_SameVariantEveryTime()
    {
        var test = Test(AbMode.Split, 0.5, 0.5);

        for (var i = 0; i < 100; i++)
        {
            var unit = "unit-" + i.ToString(CultureInfo.InvariantCulture);
            Assert.Equal(VariantAssigner.Assign(test, unit), VariantAssigner.Assign(test with { }, unit));
        }
    }

    [Fact]
    public void Assign_TenThousandUnits_SplitFollowsTheShares()
    {
        var test = Test(AbMode.Split, 0.9, 0.1);

        var control = Enumerable.Range(0, 10_000)
            .Count(i => VariantAssigner.Assign(test, i.ToString(CultureInfo.InvariantCulture)).Name == "control");

        // Binomial(10,000, 0.9): sd 30, so ±150 is five standard deviations.
        Assert.InRange(control, 8_850, 9_150);
    }

    [Fact]
    public void Assign_ZeroShareVariant_NeverChosen()
    {
        var test = Test(AbMode.Split, 1.0, 0.0);

        Assert.All(Enumerable.Range(0, 1_000), i => Assert.Equal("control", VariantAssigner.Assign(test, $"u{i}").Name));
    }

    [Fact]
    public void Assign_ShadowMode_AlwaysTheControl()
    {
        var test = Test(AbMode.Shadow, 1.0, 0.0);

        Assert.All(Enumerable.Range(0, 100), i => Assert.Same(test.Control, VariantAssigner.Assign(test, $"u{i}")));
    }

    private static AbTest Test(AbMode mode, double controlShare, double challengerShare) => new()
    {
        Id = "test-id",
        Status = AbStatus.Running,
        StartedAt = DateTimeOffset.UnixEpoch,
        Definition = new AbTestDraft
        {
            Name = "t",
            ModelName = "m",
            Mode = mode,
            BaselineRate = 0.9,
            RequiredPerVariant = 100,
            Variants = [new AbVariant("control", "@champion", 1, controlShare), new AbVariant("challenger", "@challenger", 2, challengerShare)],
        },
    };
}
