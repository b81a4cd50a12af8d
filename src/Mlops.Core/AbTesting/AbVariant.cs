namespace Mlops.Core.AbTesting;

/// <summary>
/// One arm of an A/B test: its name (e.g. <c>champion</c>), what the user named (<c>@champion</c> or <c>3</c>), the model
/// version that reference resolved to when the test started (kept for the whole test) and its share of the units (split
/// mode; the shares of a test sum to 1; in shadow mode the first variant has share 1 and the others 0).
/// </summary>
public sealed record AbVariant(string Name, string Reference, int Version, double Share);
