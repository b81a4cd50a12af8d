namespace Mlops.TrackingServer.Tests.Security;

/// <summary>
/// A seeded generator of hostile artifact paths: parent steps and separators in every encoding (plain, percent,
/// double percent, overlong UTF-8), absolute and file: forms, NUL, '#', '?', and links planted inside the root.
/// </summary>
internal static class CraftedPaths
{
    private static readonly string[] Dots = ["..", "%2e%2e", "%2E%2E", ".%2e", "%2e.", "%252e%252e", "%c0%ae%c0%ae", "%e0%80%ae%e0%80%ae", "..%00", "...."];
    private static readonly string[] Separators = ["/", "%2f", "%2F", "%252f", "\\", "%5c", "%c0%af", "//", "/./"];
    private static readonly string[] Suffixes = ["", "", "", "#", "?x=1", "%00", "%00.txt", "%23", "%3f"];
    private static readonly string[] Links = ["link-out", "link-store", "link-out/secret.txt", "link-store/mlops.db", "dangling"];

    /// <param name="targets">Names of files beside or above the root (the planted secret, the database).</param>
    /// <param name="absolute">Absolute paths of the secrets, tried as they are and as file: URIs.</param>
    public static IReadOnlyList<string> Generate(int seed, int count, IReadOnlyList<string> targets, IReadOnlyList<string> absolute)
    {
        var random = new Random(seed);
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in absolute)
        {
            paths.UnionWith([path, "file://" + path, "file:" + path, path.TrimStart('/'), "%2f" + path.TrimStart('/')]);
        }
        paths.UnionWith(Links);
        for (var attempt = 0; paths.Count < count && attempt < count * 20; attempt++)
        {
            var depth = random.Next(1, 8);
            var builder = new System.Text.StringBuilder(random.Next(3) == 0 ? "model/" : "");
            for (var i = 0; i < depth; i++)
            {
                builder.Append(Pick(random, Dots)).Append(Pick(random, Separators));
            }
            builder.Append(random.Next(4) == 0 ? Pick(random, Links) + "/" : "");
            builder.Append(Pick(random, targets)).Append(Pick(random, Suffixes));
            paths.Add(builder.ToString());
        }
        return [.. paths];
    }

    private static string Pick(Random random, IReadOnlyList<string> items) => items[random.Next(items.Count)];
}
