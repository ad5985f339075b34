using Trygghetsrad.Site.Content;

namespace Trygghetsrad.Site.Topics;

/// <summary>
/// The topics a question is about: those its own words or its answers name, or, when they name none, those its
/// section takes up. "Har vi yrkeskriminella?" under "Samverkan mellan tre förvaltningar" is about samverkan.
/// </summary>
public static class QuestionTopics
{
    /// <summary>The topics of <paramref name="question"/> among the meeting's <paramref name="hits"/>, in their order.</summary>
    public static IReadOnlyList<TopicHit> Of(Question question, IReadOnlyList<TopicHit> hits)
    {
        var own = hits.Where(h => h.Mentions.Any(m => m.SectionId == question.SectionId && m.Marks.Count > 0 && (m.Text == question.Text || question.Answers.Contains(m.Text)))).ToList();
        return own.Count > 0 ? own : [.. hits.Where(h => h.Mentions.Any(m => m.SectionId == question.SectionId))];
    }
}
