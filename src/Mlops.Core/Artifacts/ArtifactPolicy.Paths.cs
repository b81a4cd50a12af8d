using System.Text;
using Mlops.Core.Errors;

namespace Mlops.Core.Artifacts;

public sealed partial class ArtifactPolicy
{
    private const int MaxLinkDepth = 40;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The local folder a location names: an absolute or relative path, or a <c>file:</c> URI (empty or localhost host),
    /// decoded and normalised. Other schemes, '#', '?', '..' and the rest of <see cref="Segments"/>' rules are refused.
    /// </summary>
    public static string LocalFolder(string location, string field = "artifact location")
    {
        if (string.IsNullOrWhiteSpace(location))
        {
            throw Refused(field, location ?? "", "it must not be empty");
        }
        var path = location;
        if (location.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            path = location["file:".Length..];
            if (path.StartsWith("//", StringComparison.Ordinal))
            {
                var slash = path.IndexOf('/', 2);
                var host = slash < 0 ? path[2..] : path[2..slash];
                if (host.Length > 0 && !host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
                {
                    throw Refused(field, location, "a file: URI must not name a remote host");
                }
                path = slash < 0 ? "/" : path[slash..];
            }
            if (!path.StartsWith('/'))
            {
                throw Refused(field, location, "a file: URI must hold an absolute path");
            }
        }
        else if (HasScheme(location))
        {
            throw Refused(field, location, "the URI scheme is not supported; use a folder, file:, mlflow-artifacts: or a remote store URI");
        }
        var decoded = Decode(path, field);
        if (decoded.Split('/').Any(s => s is "." or ".."))
        {
            throw Refused(field, location, "it must not contain '.' or '..' segments");
        }
        return Path.GetFullPath(decoded);
    }

    /// <summary>
    /// <paramref name="path"/> made absolute with every symbolic link on the way followed (the existing prefix is
    /// resolved, a missing rest appended), so a link planted inside a root cannot lead outside it.
    /// </summary>
    public static string RealPath(string path) => RealPath(Path.GetFullPath(path), 0);

    private static string RealPath(string full, int depth)
    {
        if (depth > MaxLinkDepth)
        {
            throw MlopsException.Invalid("Invalid artifact path: too many levels of symbolic links.");
        }
        var current = Path.GetPathRoot(full)!;
        var parts = full[current.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(current, parts[i]);
            var target = new FileInfo(next).LinkTarget;
            if (target is not null)
            {
                current = RealPath(Path.GetFullPath(target, current), depth + 1);
            }
            else if (Path.Exists(next))
            {
                current = next;
            }
            else
            {
                return Path.Combine([next, .. parts[(i + 1)..]]);
            }
        }
        return current;
    }

    /// <summary>Percent-decodes once, refusing what could smuggle a different path past the checks.</summary>
    private static string Decode(string text, string field)
    {
        CheckCharacters(text, text, field);
        if (text.Contains("%2f", StringComparison.OrdinalIgnoreCase) || text.Contains("%5c", StringComparison.OrdinalIgnoreCase))
        {
            throw Refused(field, text, "encoded separators (%2F, %5C) are not allowed inside a path segment");
        }
        if (!text.Contains('%'))
        {
            return text;
        }
        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 2 < text.Length && IsHex(text[i + 1]) && IsHex(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text, i, char.IsHighSurrogate(text[i]) ? 2 : 1));
                i += char.IsHighSurrogate(text[i]) ? 1 : 0;
            }
        }
        string decoded;
        try
        {
            decoded = StrictUtf8.GetString(bytes.ToArray());
        }
        catch (DecoderFallbackException)
        {
            throw Refused(field, text, "it decodes to invalid or overlong UTF-8");
        }
        CheckCharacters(decoded, text, field);
        for (var i = 0; i + 2 < decoded.Length; i++)
        {
            if (decoded[i] == '%' && IsHex(decoded[i + 1]) && IsHex(decoded[i + 2]))
            {
                throw Refused(field, text, "double percent-encoding is not allowed");
            }
        }
        return decoded;
    }

    private static void CheckCharacters(string value, string original, string field)
    {
        if (!IsValidUtf16(value) || value.Any(c => c is '#' or '?' or '\\' or '\uFFFD' || char.IsControl(c)))
        {
            throw Refused(field, original, "'#', '?', backslashes, control characters (such as NUL) and invalid characters are not allowed");
        }
    }

    private static bool IsValidUtf16(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return false;
            }
        }
        return true;
    }

    private static bool HasScheme(string value)
    {
        var colon = value.IndexOf(':');
        return colon > 1 && char.IsAsciiLetter(value[0]) && value[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.');
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);
}
