using System.Text;

namespace Mlops.Training.Init;

/// <summary>
/// Latin letters without their accents ("enquête" → "enquete"), for file-derived model names and for matching a
/// --target typed with other accents. Hand-made because string.Normalize does nothing under the CLI's invariant
/// globalization (no ICU): combining marks (U+0300–U+036F) are dropped and Latin-1 / Latin Extended-A letters mapped.
/// </summary>
internal static class AsciiFold
{
    private const string Accented =
        "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľ"
        + "ŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽž";
    private const string Plain =
        "AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaCcCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZz";
    private static readonly Dictionary<char, string> Letters = new()
    {
        ['Æ'] = "AE", ['æ'] = "ae", ['Œ'] = "OE", ['œ'] = "oe", ['ß'] = "ss", ['Ø'] = "O", ['ø'] = "o", ['Ð'] = "D", ['ð'] = "d",
        ['Đ'] = "D", ['đ'] = "d", ['Ł'] = "L", ['ł'] = "l", ['Þ'] = "Th", ['þ'] = "th", ['ı'] = "i",
    };

    public static string Of(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var at = Accented.IndexOf(c, StringComparison.Ordinal);
            _ = c switch
            {
                >= '\u0300' and <= '\u036F' => folded,
                _ when at >= 0 => folded.Append(Plain[at]),
                _ when Letters.TryGetValue(c, out var letters) => folded.Append(letters),
                _ => folded.Append(c),
            };
        }
        return folded.ToString();
    }
}
