using Mlops.Core.Errors;
using Mlops.Monitoring.Simulation;

namespace Mlops.Monitoring.Tests.Simulation;

public sealed class InputShiftTests
{
    private static readonly SimulatedColumn[] Columns =
    [
        new("Age", null),
        new("Smoker", ["yes", "no"]),
        new("Transport", ["bus", "car", "walk", "bike"]),
    ];

    [Theory]
    [InlineData("Age:-8", "21", "13")]
    [InlineData("Age:+2.5", "21", "23.5")]
    [InlineData("Age:*1.1", "20", "22")]
    [InlineData("Age:0.1", "0.2", "0.3")]
    public void Apply_NumericShift_ChangesOnlyThatColumn(string spec, string before, string after)
    {
        var row = new[] { before, "yes", "bus" };

        InputShift.Parse(spec, Columns).Apply(row, Columns, new Random(1));

        Assert.Equal([after, "yes", "bus"], row);
    }

    [Fact]
    public void Apply_FlipRate_FlipsThatShareToAnotherCategory()
    {
        var shift = InputShift.Parse("Transport:flip=0.3", Columns);
        var random = new Random(7);
        var flipped = 0;
        const int rows = 20_000;
        for (var i = 0; i < rows; i++)
        {
            var row = new[] { "30", "no", "car" };
            shift.Apply(row, Columns, random);
            Assert.Contains(row[2], Columns[2].Categories!);
            flipped += row[2] == "car" ? 0 : 1;
        }

        // Binomial(20000, 0.3): the standard deviation of the share is 0.0032; 0.02 is more than six of them.
        Assert.InRange((double)flipped / rows, 0.28, 0.32);
    }

    [Fact]
    public void Apply_SameSeed_SameRows()
    {
        var shift = InputShift.Parse("Smoker:flip=0.5,Age:+1", Columns);
        string[] Draw(int seed)
        {
            var random = new Random(seed);
            return [.. Enumerable.Range(0, 50).Select(_ =>
            {
                var row = new[] { "40", "yes", "walk" };
                shift.Apply(row, Columns, random);
                return string.Join(',', row);
            })];
        }

        Assert.Equal(Draw(3), Draw(3));
        Assert.NotEqual(Draw(3), Draw(4));
    }

    [Theory]
    [InlineData("Height:+1", "--drift item 'Height:+1': 'Height' is not an input column of the model (Age, Smoker, Transport)")]
    [InlineData("Age:flip=0.2", "--drift item 'Age:flip=0.2': 'Age' is numeric: flip applies to categorical columns; shift it with +x, -x or *x")]
    [InlineData("Smoker:+1", "--drift item 'Smoker:+1': 'Smoker' is categorical: shift it with flip=p (0 ≤ p ≤ 1)")]
    [InlineData("Smoker:flip=1.5", "--drift item 'Smoker:flip=1.5': the flip rate must be between 0 and 1; got 1.5")]
    [InlineData("Age:-x", "--drift item 'Age:-x': '-x' is not a number")]
    [InlineData("Age", "--drift item 'Age': expected COLUMN:+x, COLUMN:-x, COLUMN:*x or COLUMN:flip=p")]
    [InlineData("Age:+1,Age:*2", "--drift item 'Age:*2': column 'Age' is shifted twice")]
    public void Parse_BadItem_NamesItAndRule(string spec, string message)
    {
        var error = Assert.Throws<MlopsException>(() => InputShift.Parse(spec, Columns));

        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Parse_Empty_ShiftsNothing(string? spec) =>
        Assert.Empty(InputShift.Parse(spec, Columns).Shifts);
}
