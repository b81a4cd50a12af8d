namespace Mlops.Serving.AbTesting;

/// <summary>
/// The A/B test as /ready reports it: <c>running</c> (the server routes by it) or <c>failed</c> (a variant could not
/// be loaded; the server serves the alias's model without the test and retries every poll).
/// </summary>
public sealed record AbTestState(string Name, string State, string? Error = null);
