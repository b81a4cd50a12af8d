namespace Mlops.Storage.Relational.Tracking;

/// <summary>Readable generated run names (<c>adjective-noun-NNN</c>), as MLflow gives runs created without a name.</summary>
internal static class RunNames
{
    private static readonly string[] Adjectives =
        ["amber", "bold", "brave", "calm", "clever", "eager", "gentle", "keen", "lucky", "merry", "quick", "quiet", "sharp", "silent", "vivid", "wise"];

    private static readonly string[] Nouns =
        ["ant", "bass", "crane", "deer", "eel", "finch", "fox", "gull", "hare", "koi", "lark", "moth", "owl", "seal", "toad", "wren"];

    public static string Generate() =>
        $"{Adjectives[Random.Shared.Next(Adjectives.Length)]}-{Nouns[Random.Shared.Next(Nouns.Length)]}-{Random.Shared.Next(100, 1000)}";
}
