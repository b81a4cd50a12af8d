using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Mlops.TrackingServer.Tests.Fuzz;

/// <summary>Seeded hostile requests for runs/create, runs/log-batch and every artifact endpoint of one run.</summary>
public sealed class FuzzRequests
{
    private static readonly string[] ContentTypes = ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
        "application/json; charset=latin1", "application/jsonx", "application/json;;", "*/*", "application/problem+json"];
    private static readonly string[] PathTokens = ["..", ".", "%2e%2e", "%252e%252e", "%00", "%00x", "%2F", "a%5Cb", "%5C..%5C", "%23", "%3F", "~",
        "", "CON", "%C0%AE%C0%AE", "%FF", "%C3%A9", ".git", "a%20b", "%25", "%", "mlops.db", "..%2F..", "%2e", "a:b", "model", "MLmodel"];

    private readonly Random random;
    private readonly JsonMutator mutator;
    private readonly string runId;

    public FuzzRequests(int seed, string runId)
    {
        random = new Random(seed);
        mutator = new JsonMutator(random);
        this.runId = runId;
    }

    public string Kind { get; private set; } = "";

    public byte[] Body { get; private set; } = [];

    public HttpRequestMessage Next()
    {
        var choice = random.Next(10);
        return choice switch
        {
            < 4 => Json("api/2.0/mlflow/runs/create", ValidCreateRun()),
            < 7 => Json("api/2.0/mlflow/runs/log-batch", ValidLogBatch()),
            7 => Upload(),
            8 => Get(random.Next(2) == 0
                ? $"api/2.0/mlflow/artifacts/list?run_id={RunIdValue()}&path={ArtifactPath()}"
                : $"get-artifact?run_id={RunIdValue()}&path={ArtifactPath()}"),
            _ => Get(random.Next(2) == 0
                ? $"api/2.0/mlflow-artifacts/artifacts/{ArtifactPath()}"
                : $"api/2.0/mlflow-artifacts/artifacts?path={ArtifactPath()}"),
        };
    }

    private HttpRequestMessage Json(string path, JsonObject valid)
    {
        Body = random.Next(20) == 0 ? Encoding.UTF8.GetBytes(valid.ToJsonString()) : mutator.Mutate(valid);
        Kind = $"POST {path} [{mutator.Kind}]";
        var content = new ByteArrayContent(Body);
        var contentType = random.Next(6) == 0 ? ContentTypes[random.Next(ContentTypes.Length)] : "application/json";
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        Kind += " " + contentType;
        return new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
    }

    private HttpRequestMessage Upload()
    {
        var path = random.Next(2) == 0 ? $"0/{runId}/artifacts/{ArtifactPath()}" : ArtifactPath();
        Body = new byte[random.Next(0, 64)];
        random.NextBytes(Body);
        Kind = $"PUT artifacts/{path}";
        var content = new ByteArrayContent(Body);
        if (random.Next(3) == 0)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(random.Next(2) == 0 ? "application/octet-stream" : "text/plain");
        }
        return new HttpRequestMessage(HttpMethod.Put, "api/2.0/mlflow-artifacts/artifacts/" + path) { Content = content };
    }

    private HttpRequestMessage Get(string url)
    {
        Body = [];
        Kind = "GET " + url;
        return new HttpRequestMessage(HttpMethod.Get, url);
    }

    private string RunIdValue() => random.Next(5) switch
    {
        0 => PathTokens[random.Next(PathTokens.Length)],
        1 => new string('f', random.Next(1, 400)),
        _ => runId,
    };

    private string ArtifactPath()
    {
        var segments = new List<string>();
        for (var i = random.Next(0, 5); i >= 0; i--)
        {
            segments.Add(random.Next(4) switch
            {
                0 => new string('a', random.Next(200, 400)),
                1 => Uri.EscapeDataString(RandomText()),
                _ => PathTokens[random.Next(PathTokens.Length)],
            });
        }
        return string.Join(random.Next(8) == 0 ? "//" : "/", segments);
    }

    private string RandomText()
    {
        var chars = new char[random.Next(0, 20)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)random.Next(1, 0x7FF);
            if (char.IsSurrogate(chars[i]))
            {
                chars[i] = 'x';
            }
        }
        return new string(chars);
    }

    private static JsonObject ValidCreateRun() => new()
    {
        ["experiment_id"] = "0",
        ["run_name"] = "fuzz",
        ["start_time"] = 1_700_000_000_000L,
        ["user_id"] = "u",
        ["tags"] = new JsonArray(new JsonObject { ["key"] = "k", ["value"] = "v" }),
    };

    private JsonObject ValidLogBatch() => new()
    {
        ["run_id"] = runId,
        ["metrics"] = new JsonArray(new JsonObject
        {
            ["key"] = "m", ["value"] = random.NextDouble(), ["timestamp"] = 1_700_000_000_000L, ["step"] = random.Next(100),
        }),
        ["params"] = new JsonArray(new JsonObject { ["key"] = "p" + random.Next(1000).ToString(CultureInfo.InvariantCulture), ["value"] = "1" }),
        ["tags"] = new JsonArray(new JsonObject { ["key"] = "t", ["value"] = "v" }),
    };
}
