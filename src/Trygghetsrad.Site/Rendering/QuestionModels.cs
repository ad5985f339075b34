namespace Trygghetsrad.Site.Rendering;

/// <summary>A question with its answers as lists of questions show it.</summary>
/// <param name="Id">Its anchor on the meeting's page.</param>
/// <param name="Url">The question on the meeting's page.</param>
/// <param name="Text">The question as written.</param>
/// <param name="Answers">The answers as written; empty when none is recorded.</param>
/// <param name="SectionId">The anchor of the section it stands in; empty before the first heading.</param>
/// <param name="SectionHeading">The heading of the section it stands in; empty before the first heading.</param>
/// <param name="SectionUrl">That section on the meeting's page.</param>
/// <param name="Topics">The topics it is about.</param>
public sealed record QuestionView(string Id, string Url, string Text, IReadOnlyList<string> Answers, string SectionId, string SectionHeading, string SectionUrl, IReadOnlyList<TopicRef> Topics)
{
    /// <summary>True when the minutes record an answer.</summary>
    public bool Answered => Answers.Count > 0;
}

/// <summary>A meeting's questions on a list of questions, under the meeting.</summary>
public sealed record QuestionMeetingView(MeetingSummary Meeting, IReadOnlyList<QuestionView> Questions);
