namespace Mlops.Monitoring.Tests.Statistics;

/// <summary>A theory over known-answer cases that is skipped, with the reason, when the fixture file is missing.</summary>
public sealed class KnownAnswerTheoryAttribute : TheoryAttribute
{
    public KnownAnswerTheoryAttribute()
    {
        if (KnownAnswers.Path is null) Skip = KnownAnswers.MissingReason;
    }
}
