namespace Mlops.Cli.Commands.Ab;

/// <summary>The audit trail's actor: --actor, else $USER, else the OS account name.</summary>
internal static class AbActor
{
    public static string Resolve(string? actor) =>
        new[] { actor, Environment.GetEnvironmentVariable("USER"), Environment.UserName }.First(a => !string.IsNullOrWhiteSpace(a))!.Trim();
}
