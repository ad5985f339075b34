namespace Trygghetsrad.Site.Review;

/// <summary>One part of a changed meeting's preview in the pull request's summary, written as Markdown.</summary>
internal interface IMeetingPart
{
    /// <summary>Writes this part of <paramref name="meeting"/>'s preview; editors' text escaped (<see cref="MarkdownText"/>).</summary>
    void Write(ChangedMeeting meeting, TextWriter markdown);
}

/// <summary>
/// The parts of a changed meeting's preview, in the order the summary writes them. A new thing the summary should
/// show of each changed meeting is one part here (its own type reading <see cref="ChangedMeeting"/>).
/// </summary>
internal static class MeetingParts
{
    /// <summary>Every part, in order.</summary>
    public static IReadOnlyList<IMeetingPart> All { get; } = [new FactBoxPart(), new SectionsPart(), new TopicsPart(), new QuestionsPart()];
}
