namespace Mlops.Training.Init;

/// <summary>What <c>mlops init</c> took a column for; the last four are left out of the schema.</summary>
public enum InferredKind
{
    Numeric,
    Categorical,
    Boolean,
    Identifier,
    Date,
    Constant,
    Empty,
}
