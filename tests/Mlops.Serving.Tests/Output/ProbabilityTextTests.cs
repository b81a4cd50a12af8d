using System.Globalization;
using System.Text;
using Mlops.Serving.Output;

namespace Mlops.Serving.Tests.Output;

public class ProbabilityTextTests
{
    [Theory]
    [InlineData(0f, "0")]
    [InlineData(1f, "1")]
    [InlineData(0.25f, "0.25")]
    [InlineData(0.99999994f, "0.9999999")]
    [InlineData(1e-9f, "0")]
    [InlineData(0.0000123f, "0.0000123")]
    [InlineData(1.5f, "1.5")]
    [InlineData(-2.25f, "-2.25")]
    [InlineData(float.NaN, "null")]
    public void Write_Value_FixedPointOrFallback(float value, string expected)
    {
        var buffer = new byte[ProbabilityText.MaxBytes];

        var written = ProbabilityText.Write(buffer, value);

        Assert.Equal(expected, Encoding.UTF8.GetString(buffer, 0, written));
    }

    [Fact]
    public void Write_RandomProbabilities_WithinHalfOfTheLastDecimal()
    {
        var random = new Random(3);
        var buffer = new byte[ProbabilityText.MaxBytes];
        for (var i = 0; i < 10_000; i++)
        {
            var value = random.NextSingle();

            var text = Encoding.UTF8.GetString(buffer, 0, ProbabilityText.Write(buffer, value));

            Assert.InRange(Math.Abs(double.Parse(text, CultureInfo.InvariantCulture) - value), 0, 5.0001e-8);
        }
    }
}
