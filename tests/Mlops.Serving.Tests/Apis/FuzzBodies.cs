using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Mlops.Serving.Tests.Apis;

/// <summary>Seeded generator of malformed and hostile request bodies.</summary>
public sealed class FuzzBodies(int seed, IReadOnlyList<Dictionary<string, object>> validRecords)
{
    private static readonly string[] Fields = ["Gender", "Age", "Height", "Weight", "family_history_with_overweight", "FAVC", "FCVC",
        "NCP", "CAEC", "SMOKE", "CH2O", "SCC", "FAF", "TUE", "CALC", "MTRANS", "records", "dataframe_split", "dataframe_records",
        "instances", "inputs", "columns", "data", "params", "", "\u00e9", "a\"b"];
    private static readonly string[] Numbers = ["1e308", "-1e308", "1e400", "-1e400", "1e-400", "0", "-0", "123456789012345678901234567890",
        "3.14", "-5", "1E2", "0.0000001", "99999999999999999999e99999"];

    private readonly Random random = new(seed);

    public string Kind { get; private set; } = "";

    /// <summary>Bodies stay under the test server's 64 KiB limit: oversized ones are cut (and so become truncated JSON).</summary>
    public byte[] Next()
    {
        var body = NextUncapped();
        return body.Length > MaxBytes ? body[..MaxBytes] : body;
    }

    private const int MaxBytes = 48 * 1024;

    /// <summary>A text/csv body: the valid header and rows, then columns repeated, dropped or added, quotes, long or broken values.</summary>
    public byte[] NextCsv()
    {
        var body = NextCsvUncapped();
        return body.Length > MaxBytes ? body[..MaxBytes] : body;
    }

    private byte[] NextCsvUncapped()
    {
        var columns = validRecords[0].Keys.ToList();
        var rows = Enumerable.Range(0, random.Next(0, 6)).Select(_ => validRecords[random.Next(validRecords.Count)])
            .Select(r => columns.Select(c => Convert.ToString(r[c], CultureInfo.InvariantCulture) ?? "").ToList()).ToList();
        var header = columns.ToList();
        var choice = random.Next(8);
        Kind = "csv" + choice.ToString(CultureInfo.InvariantCulture);
        switch (choice)
        {
            case 0:
                header.Add(header[random.Next(header.Count)]);
                rows.ForEach(r => r.Add("1"));
                break;
            case 1:
                var drop = random.Next(header.Count);
                header.RemoveAt(drop);
                rows.ForEach(r => r.RemoveAt(drop));
                break;
            case 2:
                rows.ForEach(r => r.Add(RandomString()));
                break;
            case 3:
                rows.ForEach(r => r[random.Next(r.Count)] = new string('9', random.Next(300, 20_000)));
                break;
            case 4:
                rows.ForEach(r => r[random.Next(r.Count)] = "\"" + RandomString() + (random.Next(2) == 0 ? "\"" : ""));
                break;
            case 5:
                rows.ForEach(r => r[random.Next(r.Count)] = Numbers[random.Next(Numbers.Length)]);
                break;
            case 6:
                header[random.Next(header.Count)] = RandomString();
                break;
            default:
                rows.ForEach(r => r.RemoveRange(random.Next(r.Count), 1));
                break;
        }
        var text = Utf8(string.Join(random.Next(2) == 0 ? "\n" : "\r\n", new[] { header }.Concat(rows).Select(r => string.Join(",", r))));
        return random.Next(6) switch
        {
            0 => text[..random.Next(0, text.Length + 1)],
            1 when text.Length > 0 => [.. text[..(text.Length / 2)], 0xC3, 0x28, .. text[(text.Length / 2)..]],
            _ => text,
        };
    }

    private byte[] NextUncapped()
    {
        var choice = random.Next(9);
        Kind = choice.ToString(CultureInfo.InvariantCulture);
        return choice switch
        {
            0 => RandomBytes(),
            1 => Utf8(RandomJson(0)),
            2 => Utf8(MutatedRecord()),
            3 => Truncated(),
            4 => Utf8(DeepNesting()),
            5 => InvalidUtf8InsideString(),
            6 => Utf8("{\"records\":[" + string.Join(",", Enumerable.Range(0, random.Next(1, 6)).Select(_ => MutatedRecord())) + "]}"),
            7 => Utf8(Invocation()),
            _ => Utf8(RandomJson(0).Replace(":", random.Next(2) == 0 ? "::" : ":", StringComparison.Ordinal)),
        };
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private byte[] RandomBytes()
    {
        var bytes = new byte[random.Next(0, 300)];
        random.NextBytes(bytes);
        if (bytes.Length > 0 && random.Next(2) == 0)
        {
            bytes[0] = (byte)'{';
        }
        return bytes;
    }

    private string RandomJson(int depth)
    {
        var kind = depth > 4 ? random.Next(5) : random.Next(8);
        return kind switch
        {
            0 => Numbers[random.Next(Numbers.Length)],
            1 => JsonSerializer.Serialize(RandomString()),
            2 => random.Next(2) == 0 ? "true" : "false",
            3 => "null",
            4 => random.NextDouble().ToString("R", CultureInfo.InvariantCulture),
            5 or 6 => "{" + string.Join(",", Enumerable.Range(0, random.Next(0, 20))
                .Select(_ => JsonSerializer.Serialize(Fields[random.Next(Fields.Length)]) + ":" + RandomJson(depth + 1))) + "}",
            _ => "[" + string.Join(",", Enumerable.Range(0, random.Next(0, 6)).Select(_ => RandomJson(depth + 1))) + "]",
        };
    }

    private string RandomString()
    {
        var length = random.Next(0, 40);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = (char)random.Next(1, 0x2FF);
        }
        return new string(chars);
    }

    private string MutatedRecord()
    {
        var record = validRecords[random.Next(validRecords.Count)].ToDictionary(p => p.Key, p => (object?)p.Value);
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            var field = Fields[random.Next(Fields.Length)];
            if (random.Next(4) == 0)
            {
                record.Remove(field);
            }
            else
            {
                record[field] = JsonDocument.Parse(RandomJson(2)).RootElement;
            }
        }
        return JsonSerializer.Serialize(record);
    }

    private byte[] Truncated()
    {
        var text = Utf8(random.Next(2) == 0 ? MutatedRecord() : JsonSerializer.Serialize(new { records = validRecords.Take(3) }));
        return text[..random.Next(0, text.Length)];
    }

    private string DeepNesting()
    {
        var depth = random.Next(30, 3000);
        return random.Next(2) == 0
            ? new string('[', depth) + new string(']', random.Next(0, depth))
            : string.Concat(Enumerable.Repeat("{\"Age\":", depth)) + "1" + new string('}', depth);
    }

    private byte[] InvalidUtf8InsideString()
    {
        var text = Utf8(JsonSerializer.Serialize(validRecords[random.Next(validRecords.Count)]));
        var bad = new byte[] { 0xC3, 0x28, 0xFF, 0xFE, 0xED, 0xA0, 0x80, 0xF0, 0x28, 0x8C }[random.Next(10)];
        var quote = Array.IndexOf(text, (byte)'"', random.Next(0, Math.Max(1, text.Length - 2)));
        if (quote >= 0)
        {
            text[quote + (quote + 1 < text.Length ? 1 : 0)] = bad;
        }
        return text;
    }

    private string Invocation()
    {
        var forms = new[] { "dataframe_split", "dataframe_records", "instances", "inputs" };
        var form = forms[random.Next(forms.Length)];
        return random.Next(3) switch
        {
            0 => $"{{\"{form}\":{RandomJson(1)}}}",
            1 => $"{{\"{form}\":[{MutatedRecord()}]}}",
            _ => $"{{\"dataframe_split\":{{\"columns\":{RandomJson(3)},\"data\":[[{string.Join(",", Enumerable.Range(0, 16).Select(_ => RandomJson(4)))}]]}}}}",
        };
    }
}
