using System.Globalization;
using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Rendering;

namespace Trygghetsrad.Site.Pages;

/// <summary>
/// One page of a list of questions: every question (<c>/fragor/</c>), those about a topic (<c>/fragor/amnen/klotter/</c>)
/// or those of a year (<c>/fragor/2021/</c>), then <c>sida/2/</c> and on below each.
/// </summary>
/// <param name="Heading">The list's name: "Frågor", "Frågor om klotter", "Frågor 2021".</param>
/// <param name="Count">How many questions the list has, on all its pages.</param>
/// <param name="Unanswered">How many of them have no answer recorded.</param>
/// <param name="Topics">The topics that have questions, each a list of its own; the current one marked.</param>
/// <param name="Years">The years that have questions, newest first, each a list of its own; the current one marked.</param>
/// <param name="Meetings">This page's questions under their meetings, newest meeting first.</param>
/// <param name="Pagination">Where this page stands among the list's pages.</param>
public sealed record QuestionsPage(
    string Title,
    string Nav,
    string Url,
    string Heading,
    int Count,
    int Unanswered,
    IReadOnlyList<FilterLink> Topics,
    IReadOnlyList<FilterLink> Years,
    IReadOnlyList<QuestionMeetingView> Meetings,
    Pagination Pagination) : PageModel(Title, Nav, Url)
{
    /// <summary>True for the list of every question.</summary>
    public bool Unfiltered => Topics.All(t => !t.Current) && Years.All(y => !y.Current);
}

/// <summary>A link to a filtered list: its label, how many it holds, and whether it is the list shown.</summary>
public sealed record FilterLink(string Label, string Url, int Count, bool Current);

/// <summary>
/// The lists of questions: all of them, and one per topic and per year that has any, each newest meeting first and
/// cut into pages of <see cref="PageSize"/> questions. Static pages, so filtering needs no script.
/// </summary>
public sealed class QuestionsPageKind : ArchivePageKind
{
    /// <summary>Questions per page.</summary>
    public const int PageSize = 20;

    /// <inheritdoc/>
    public override string Template => "questions";

    /// <inheritdoc/>
    public override IEnumerable<Func<IPage>> Pages(Archive archive)
    {
        var urls = archive.Site.Urls;
        var questions = archive.Questions;
        var topics = archive.Topics.Where(t => t.QuestionCount > 0).ToList();
        List<FilterLink> TopicLinks(string? current) => [.. topics.Select(t => new FilterLink(t.Name, urls.QuestionsOn(t.Slug), t.QuestionCount, t.Slug == current))];
        List<FilterLink> YearLinks(int? current) => [.. questions.Years.Select(y => new FilterLink(y.ToString(CultureInfo.InvariantCulture), urls.QuestionsIn(y), questions.In(y).Count, y == current))];

        foreach (var page in List(questions.All, "Frågor", n => urls.Questions(n), TopicLinks(null), YearLinks(null)))
        {
            yield return page;
        }

        foreach (var topic in topics)
        {
            foreach (var page in List(questions.On(topic.Slug), $"Frågor om {topic.Name.ToLowerInvariant()}", n => urls.QuestionsOn(topic.Slug, n), TopicLinks(topic.Slug), YearLinks(null)))
            {
                yield return page;
            }
        }

        foreach (var year in questions.Years)
        {
            foreach (var page in List(questions.In(year), $"Frågor {year.ToString(CultureInfo.InvariantCulture)}", n => urls.QuestionsIn(year, n), TopicLinks(null), YearLinks(year)))
            {
                yield return page;
            }
        }
    }

    /// <summary>The questions of <paramref name="list"/> under their meetings, in order; a meeting's questions stay together.</summary>
    public static List<QuestionMeetingView> ByMeeting(IEnumerable<AskedQuestion> list)
    {
        var meetings = new List<QuestionMeetingView>();
        PublishedMeeting? current = null;
        var questions = new List<QuestionView>();
        foreach (var asked in list)
        {
            if (!ReferenceEquals(asked.Meeting, current))
            {
                if (current is not null)
                {
                    meetings.Add(new QuestionMeetingView(current.Summary, questions));
                }

                (current, questions) = (asked.Meeting, []);
            }

            questions.Add(asked.Question);
        }

        if (current is not null)
        {
            meetings.Add(new QuestionMeetingView(current.Summary, questions));
        }

        return meetings;
    }

    private static IEnumerable<Func<IPage>> List(IReadOnlyList<AskedQuestion> list, string heading, Func<int, string> url, List<FilterLink> topics, List<FilterLink> years)
    {
        var total = Paging.Count(list.Count, PageSize);
        var unanswered = list.Count(q => !q.Question.Answered);
        for (var number = 1; number <= total; number++)
        {
            var page = number;
            yield return () => new QuestionsPage(
                Paging.Title(heading, page, total),
                "fragor",
                url(page),
                heading,
                list.Count,
                unanswered,
                topics,
                years,
                ByMeeting(Paging.On(list, page, PageSize)),
                Pagination.Window(page, total, url, n => Paging.Range(list, n, PageSize, q => q.Meeting.Meeting.Date)));
        }
    }

}
