namespace Mlops.Core.Tracking.Search;

/// <summary>Comparison operators of MLflow's filter grammar.</summary>
public enum SearchOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Like,
    ILike,
    In,
    NotIn,
}
