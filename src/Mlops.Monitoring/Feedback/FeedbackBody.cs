using Mlops.Core.Errors;

namespace Mlops.Monitoring.Feedback;

/// <summary>A parsed feedback body: its items, or why it could not be read as a whole (<see cref="Error"/>).</summary>
public sealed record FeedbackBody(IReadOnlyList<FeedbackItem> Items, FeedbackBodyError? Error = null)
{
    public static FeedbackBody Malformed(string field, string message) => new([], new FeedbackBodyError(field, message));

    /// <summary>The items; <see cref="MlopsException"/> (invalid parameter) with the error's message when the body is malformed.</summary>
    public IReadOnlyList<FeedbackItem> ItemsOrThrow() => Error is { } e ? throw MlopsException.Invalid(e.Message) : Items;
}
