namespace Mlops.Serving.Apis.Contracts;

/// <summary>One input or output of the model's signature, with the rules the server validates.</summary>
public sealed record SignatureColumn(
    string Name,
    string Type,
    bool Required,
    IReadOnlyList<string>? Categories = null,
    double? Min = null,
    double? Max = null);
