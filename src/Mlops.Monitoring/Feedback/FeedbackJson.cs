using System.Buffers;
using System.Text.Json;
using Mlops.Core.Errors;
using Mlops.Core.Predictions;

namespace Mlops.Monitoring.Feedback;

/// <summary>
/// Reads a feedback body: one object <c>{"prediction_id": "...", "label": "...", "observed_at": "..."?}</c> or an array of
/// them; a regression model's label may be a JSON number. A body that is not that shape fails as a whole (naming the JSON path); a bad field fails only its item.
/// </summary>
public static class FeedbackJson
{
    public const int MaxItems = 10_000;

    /// <summary>The items of <paramref name="body"/>; <see cref="MlopsException"/> (invalid) when the body is malformed.</summary>
    public static IReadOnlyList<FeedbackItem> Parse(ReadOnlyMemory<byte> body) => Read(new ReadOnlySequence<byte>(body)).ItemsOrThrow();

    /// <summary>The items of <paramref name="body"/>, or the error that makes the whole body unreadable.</summary>
    public static FeedbackBody Read(ReadOnlySequence<byte> body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            return FeedbackBody.Malformed("$", $"$: the body is not valid JSON: {e.Message}");
        }
        using (document)
        {
            var root = document.RootElement;
            switch (root.ValueKind)
            {
                case JsonValueKind.Object:
                    return new FeedbackBody([Item(root, 0, "$")]);
                case JsonValueKind.Array:
                    var count = root.GetArrayLength();
                    if (count is 0 or > MaxItems)
                    {
                        return FeedbackBody.Malformed("$", $"$: expected 1 to {MaxItems} feedback items; got {count}");
                    }
                    var items = new List<FeedbackItem>(count);
                    foreach (var element in root.EnumerateArray())
                    {
                        var path = $"$[{items.Count}]";
                        if (element.ValueKind != JsonValueKind.Object)
                        {
                            return FeedbackBody.Malformed(path, $"{path}: expected an object {{\"prediction_id\", \"label\"}}; got {Kind(element)}");
                        }
                        items.Add(Item(element, items.Count, path));
                    }
                    return new FeedbackBody(items);
                default:
                    return FeedbackBody.Malformed("$", $"$: expected an object {{\"prediction_id\", \"label\"}} or an array of them; got {Kind(root)}");
            }
        }
    }

    private static FeedbackItem Item(JsonElement item, int index, string path)
    {
        var id = Text(item, "prediction_id", path, out var idProblem);
        // A regression model's label may come as a JSON number; it is kept as its text, which the label check then reads.
        var label = Text(item, "label", path, out var labelProblem, numberAllowed: true);
        var problem = idProblem ?? labelProblem;
        DateTimeOffset? observed = null;
        if (problem is null && item.TryGetProperty("observed_at", out var at) && at.ValueKind != JsonValueKind.Null)
        {
            if (at.ValueKind != JsonValueKind.String || !FeedbackTimes.TryParse(at.GetString(), out var time))
            {
                problem = $"{path}.observed_at: expected an ISO 8601 time such as 2026-03-01T12:00:00Z; got {Shown(at)}";
            }
            else
            {
                observed = time;
            }
        }
        return new FeedbackItem(index, null, id ?? "", problem is null ? new PredictionLabel(id!, label!, observed) : null, problem);
    }

    private static string? Text(JsonElement item, string name, string path, out string? problem, bool numberAllowed = false)
    {
        problem = null;
        if (!item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            problem = $"{path}.{name} is required";
            return null;
        }
        if (numberAllowed && value.ValueKind == JsonValueKind.Number)
        {
            return value.GetRawText();
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            problem = $"{path}.{name}: expected a string{(numberAllowed ? " or a number" : "")}; got {Kind(value)}";
            return null;
        }
        return value.GetString();
    }

    private static string Shown(JsonElement value) => value.ValueKind == JsonValueKind.String
        ? ErrorText.Quote(value.GetString() ?? "")
        : Kind(value);

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"{value.GetRawText()}",
        _ => "null",
    };
}
