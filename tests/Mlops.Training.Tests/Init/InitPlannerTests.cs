using System.Globalization;
using System.Text;
using Mlops.Core.Errors;
using Mlops.Training.Init;
using Mlops.Training.Tests.Models;

namespace Mlops.Training.Tests.Init;

public sealed class InitPlannerTests
{
    [Fact]
    public void Plan_MixedColumns_InfersKindsCategoriesRangesAndMissing()
    {
        using var temp = new TempFolder();
        var csv = new StringBuilder("row_id,amount,color,city,paid,signup,comment,y\n");
        for (var i = 0; i < 200; i++)
        {
            var amount = i % 10 == 0 ? "" : (10 + (i % 50)).ToString(CultureInfo.InvariantCulture);
            var color = i % 7 == 0 ? "" : i % 3 == 0 ? "red, dark" : "blue";
            csv.Append(CultureInfo.InvariantCulture,
                $"{i + 1},{amount},\"{color}\",city{i % 30},{(i % 2 == 0 ? "yes" : "no")},2024-01-{1 + (i % 28):00},text {i},{(i % 4 == 0 ? "a" : "b")}\n");
        }
        File.WriteAllText(temp.File("shop.csv"), csv.ToString());

        var plan = InitPlanner.Plan(new InitOptions(temp.File("shop.csv"), "y", temp.File("ws")));
        var byName = plan.Columns.ToDictionary(c => c.Name);

        Assert.Equal(InferredKind.Identifier, byName["row_id"].Kind);
        Assert.Equal(InferredKind.Numeric, byName["amount"].Kind);
        Assert.InRange(byName["amount"].Min!.Value, 6, 10.9);   // observed 11 .. 59, widened by 10% of the span
        Assert.InRange(byName["amount"].Max!.Value, 59.1, 64);
        Assert.Equal(("median", 20), (byName["amount"].Impute, byName["amount"].Missing));
        Assert.Equal(["blue", "red, dark"], byName["color"].Categories);
        Assert.Equal("most_frequent", byName["color"].Impute);
        Assert.Equal(21, byName["city"].Categories.Count);
        Assert.Equal("(other)", byName["city"].Other);
        Assert.Equal(InferredKind.Boolean, byName["paid"].Kind);
        Assert.Equal(InferredKind.Date, byName["signup"].Kind);
        Assert.Equal(InferredKind.Identifier, byName["comment"].Kind);
        Assert.Equal(["a", "b"], plan.Target.Classes.Select(c => c.Label));
        Assert.Equal(0.75, plan.Target.MajorityShare);
        Assert.Equal("shop", plan.ModelName);
    }

    [Fact]
    public void Plan_ManyNumericTargetValues_InfersRegressionWithTheMeanBaseline()
    {
        using var temp = new TempFolder();
        var csv = new StringBuilder("x,price\n");
        for (var i = 0; i < 100; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{i % 13},{i * 1.5}\n");
        }
        File.WriteAllText(temp.File("houses.csv"), csv.ToString());

        var plan = InitPlanner.Plan(new InitOptions(temp.File("houses.csv"), "price", temp.File("ws")));
        var yaml = ParamsYamlWriter.Write(plan);

        Assert.True(plan.Target.IsRegression);
        Assert.Empty(plan.Target.Classes);
        Assert.Equal(74.25, plan.Target.MeanBaseline!.Value.Mean, 6);
        Assert.Contains("schema:\n  task: regression\n", yaml);
        Assert.Contains("target_classes: []", yaml);
        Assert.Contains("stratified: false", yaml);
        Assert.Contains("primary_metric: rmse", yaml);
        Assert.Contains("staging_metric: rmse\n  staging_threshold: 43.3 ", yaml);
        Assert.Contains("champion_metric: rmse", yaml);
    }

    [Fact]
    public void Plan_TaskClassificationOnManyValues_TreatsEachValueAsAClass()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("t.csv"), "x,y\n" + string.Concat(Enumerable.Range(0, 60).Select(i => $"{i % 5},{i % 30}\n")));

        var plan = InitPlanner.Plan(new InitOptions(temp.File("t.csv"), "y", temp.File("ws")) { Task = "classification" });

        Assert.False(plan.Target.IsRegression);
        Assert.Equal(30, plan.Target.Classes.Count);
        Assert.Equal("0", plan.Target.Classes[0].Label);
        Assert.Equal("10", plan.Target.Classes[10].Label);
    }

    [Theory]
    [InlineData("x,y\n1,a\n2,b\n", "nope", "no column 'nope'")]
    [InlineData("x,y\n1,a\n2,a\n3,\n", "y", "one value ('a')")]
    [InlineData("x,y\n1,a\n1,b\n", "y", "no usable input column")]
    public void Plan_BadTargetOrColumns_ThrowsSayingWhy(string csv, string target, string expected)
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("t.csv"), csv);

        var plan = () => InitPlanner.Plan(new InitOptions(temp.File("t.csv"), target, temp.File("ws")));

        Assert.Contains(expected, Assert.Throws<MlopsException>(plan).Message);
    }

    [Fact]
    public void Plan_TargetInAnotherCase_MatchesTheHeaderIgnoringCase()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("t.csv"), "x,Outcome\n1,a\n2,b\n");

        Assert.Equal("Outcome", InitPlanner.Plan(new InitOptions(temp.File("t.csv"), "outcome", temp.File("ws"))).Target.Name);
    }

    [Fact]
    public void Plan_RegressionOnTextTarget_ThrowsNamingTheLineAndValue()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("t.csv"), "x,y\n1,2.5\n2,3\n3,many\n");

        var error = Assert.Throws<MlopsException>(() => InitPlanner.Plan(new InitOptions(temp.File("t.csv"), "y", temp.File("ws")) { Task = "regression" }));

        Assert.Contains("line 4", error.Message);
        Assert.Contains("'many'", error.Message);
    }
}
