namespace Mlops.Monitoring.Profiles;

/// <summary>
/// A regression model on its held-out rows: its errors there and the distribution of the values it predicted, which
/// the served predictions' values are compared with.
/// </summary>
public sealed record RegressionHeldOut(long Rows, double Rmse, double Mae, NumericSummary Predicted);
