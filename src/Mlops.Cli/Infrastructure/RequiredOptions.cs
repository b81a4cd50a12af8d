using Spectre.Console;

namespace Mlops.Cli.Infrastructure;

/// <summary>Settings validation for options that have no sensible default: a usage error when any is blank.</summary>
public static class RequiredOptions
{
    public static ValidationResult Check(string message, params string?[] values) =>
        values.Any(string.IsNullOrWhiteSpace) ? ValidationResult.Error(message) : ValidationResult.Success();
}
