using Mlops.Inference.Csv;
using Mlops.Inference.Features;
using Mlops.Inference.Signatures;

namespace Mlops.Inference.Tests.Signatures;

/// <summary>One test per rule, on a small hand-written schema; the expected messages are spelled out, not computed.</summary>
public sealed class InputSignatureTests
{
    private const int Age = 0;
    private const int Plan = 1;
    private const int Score = 2;

    private static readonly InputSignature Signature = new(FeatureTransform.FromDocument(new FeatureTransformDocument
    {
        FeaturesVersion = 1,
        FeatureSet = "test",
        CategoricalEncoding = "onehot",
        Scaling = "none",
        Target = "churned",
        Classes = ["no", "yes"],
        TrainRows = 10,
        InputColumns =
        [
            new InputColumnDefinition("age", "numeric", Min: 0, Max: 120),
            new InputColumnDefinition("plan", "categorical", Categories: ["basic", "pro"]),
            new InputColumnDefinition("score", "numeric", Required: false),
        ],
        Features =
        [
            new FeatureDefinition("age", "age", FeatureDefinition.Numeric),
            new FeatureDefinition("plan=basic", "plan", FeatureDefinition.OneHot, "basic"),
            new FeatureDefinition("plan=pro", "plan", FeatureDefinition.OneHot, "pro"),
            new FeatureDefinition("score", "score", FeatureDefinition.Numeric),
        ],
    }));

    [Fact]
    public void Constructor_Schema_ColumnsInSchemaOrderWithTheirBounds()
    {
        Assert.Equal(["age", "plan", "score"], Signature.Columns);
        Assert.Equal([true, false, true], Signature.Numeric);
        Assert.Equal([true, true, false], Signature.Required);
        Assert.Equal([0, double.NegativeInfinity, double.NegativeInfinity], Signature.Min);
        Assert.Equal([120, double.PositiveInfinity, double.PositiveInfinity], Signature.Max);
        Assert.Equal(1, Signature.IndexOf("plan"));
        Assert.Equal(-1, Signature.IndexOf("Plan"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(42.5)]
    [InlineData(120)]
    public void CheckNumber_InsideRangeInclusive_Null(double value) =>
        Assert.Null(Signature.CheckNumber(Age, value));

    [Theory]
    [InlineData(-1, "-1 is outside the allowed range [0, 120]")]
    [InlineData(120.5, "120.5 is outside the allowed range [0, 120]")]
    public void CheckNumber_OutsideRange_NamesValueAndRange(double value, string expected) =>
        Assert.Equal(expected, Signature.CheckNumber(Age, value));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void CheckNumber_NotFinite_NotFiniteMessage(double value) =>
        Assert.Equal("must be a finite number", Signature.CheckNumber(Score, value));

    [Fact]
    public void CheckNumber_NumberForCategory_WrongTypeListingCategories() =>
        Assert.Equal("expected one of basic, pro; got a number", Signature.CheckNumber(Plan, 1));

    [Theory]
    [InlineData("pro", 1)]
    [InlineData("PRO", 1)]
    [InlineData("basic", 0)]
    public void CheckString_KnownCategoryAnyCase_IndexOfCategory(string text, double expected)
    {
        Assert.Null(Signature.CheckString(Plan, text, out var value));
        Assert.Equal(expected, value);
    }

    [Fact]
    public void CheckString_UnknownCategory_QuotesValueAndListsCategories() =>
        Assert.Equal("'gold' is not one of basic, pro", Signature.CheckString(Plan, "gold", out _));

    [Fact]
    public void CheckString_StringForNumber_ExpectedANumber() =>
        Assert.Equal("expected a number; got '42'", Signature.CheckString(Age, "42", out _));

    [Theory]
    [InlineData("")]
    [InlineData("NA")]
    [InlineData("null")]
    public void CheckText_MissingMarker_NullAndNaN(string text)
    {
        Assert.Null(Signature.CheckText(Age, text, out var value));
        Assert.True(double.IsNaN(value));
    }

    [Theory]
    [InlineData("abc", "expected a number; got 'abc'")]
    [InlineData("130", "130 is outside the allowed range [0, 120]")]
    [InlineData("Gold", null)]
    public void CheckText_CsvCell_SameMessagesAsJsonValues(string text, string? expected)
    {
        var column = expected is null ? Plan : Age;
        var message = Signature.CheckText(column, text, out _);

        Assert.Equal(expected ?? "'Gold' is not one of basic, pro", message);
    }

    [Fact]
    public void ToText_ParsedValues_CanonicalCategoryRoundTripNumberEmptyWhenMissing()
    {
        Assert.Equal("pro", Signature.ToText(Plan, 1));
        Assert.Equal("0.1", Signature.ToText(Score, 0.1));
        Assert.Equal("", Signature.ToText(Score, double.NaN));
    }

    [Fact]
    public void CheckTable_ValidRowsExtraColumnAndOptionalAbsent_ParsedInSchemaOrder()
    {
        var errors = new List<(string, string)>();

        var values = Signature.CheckTable(Csv("plan,churned,age\nPro,yes,30\nbasic,no,7\n"), (f, m) => errors.Add((f, m)));

        Assert.Empty(errors);
        Assert.Equal([30, 1, double.NaN, 7, 0, double.NaN], values);
    }

    [Fact]
    public void CheckTable_RequiredColumnAbsent_ReportedOnceByName()
    {
        var errors = new List<(string, string)>();

        Signature.CheckTable(Csv("age\n30\n"), (f, m) => errors.Add((f, m)));

        Assert.Contains(("plan", InputSignature.MissingMessage), errors);
    }

    [Fact]
    public void CheckTable_BadCells_FieldIsRowAndName()
    {
        var errors = new List<(string, string)>();

        Signature.CheckTable(Csv("age,plan\n30,pro\n-5,NA\n"), (f, m) => errors.Add((f, m)));

        Assert.Equal(
            [("row 2.age", "-5 is outside the allowed range [0, 120]"), ("row 2.plan", InputSignature.MissingMessage)],
            errors);
    }

    [Fact]
    public void CheckTable_RepeatedHeader_OneErrorNoRows()
    {
        var errors = new List<(string, string)>();

        var values = Signature.CheckTable(Csv("age,plan,age\n1,pro,2\n"), (f, m) => errors.Add((f, m)));

        Assert.Equal([("$", "the header names column 'age' 2 times")], errors);
        Assert.Empty(values);
    }

    private static CsvTable Csv(string text) => CsvReader.Read(new StringReader(text), "t.csv");
}
