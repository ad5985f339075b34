using Trygghetsrad.Site.Config;
using Trygghetsrad.Site.Rendering;

namespace Trygghetsrad.Site.Building;

/// <summary>
/// Every question the published minutes record, newest meeting first and in the order of each meeting's minutes,
/// as a whole, by topic and by year: what the lists of questions and the topic pages show. Made once per build.
/// </summary>
public sealed class QuestionIndex
{
    private readonly Dictionary<string, List<AskedQuestion>> _byTopic = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<AskedQuestion>> _byYear = [];

    /// <summary>The questions of <paramref name="newestFirst"/>, grouped for <paramref name="topics"/>.</summary>
    public QuestionIndex(IReadOnlyList<PublishedMeeting> newestFirst, IReadOnlyList<TopicDefinition> topics)
    {
        var all = new List<AskedQuestion>();
        foreach (var topic in topics)
        {
            _byTopic[topic.Slug] = [];
        }

        foreach (var meeting in newestFirst)
        {
            foreach (var question in meeting.Questions)
            {
                var asked = new AskedQuestion(meeting, question);
                all.Add(asked);
                foreach (var topic in question.Topics)
                {
                    _byTopic[topic.Slug].Add(asked);
                }

                var year = meeting.Meeting.Date.Year;
                if (!_byYear.TryGetValue(year, out var inYear))
                {
                    inYear = [];
                    _byYear[year] = inYear;
                }

                inYear.Add(asked);
            }
        }

        All = all;
        Years = [.. _byYear.Keys.OrderDescending()];
    }

    /// <summary>Every question, newest meeting first.</summary>
    public IReadOnlyList<AskedQuestion> All { get; }

    /// <summary>The years that have questions, newest first.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>The questions about the topic <paramref name="slug"/>, newest meeting first.</summary>
    public IReadOnlyList<AskedQuestion> On(string slug) => _byTopic.TryGetValue(slug, out var list) ? list : [];

    /// <summary>The questions of <paramref name="year"/>, newest meeting first.</summary>
    public IReadOnlyList<AskedQuestion> In(int year) => _byYear.TryGetValue(year, out var list) ? list : [];
}

/// <summary>A question and the meeting where it was asked.</summary>
/// <param name="Meeting">The meeting.</param>
/// <param name="Question">The question with its answers.</param>
public sealed record AskedQuestion(PublishedMeeting Meeting, QuestionView Question);
