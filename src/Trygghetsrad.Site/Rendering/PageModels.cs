using Trygghetsrad.Site.Topics;

namespace Trygghetsrad.Site.Rendering;

// The objects templates see, as `page` (and `site`, `urls`, `assets` on every page). Scriban exposes
// their members in snake_case: DateText → date_text. Strings are escaped when written; RawHtml is not.

/// <summary>What every page has: its title, which navigation entry it belongs to, and its URL.</summary>
public interface IPage
{
    /// <summary>The page's title, before " – site name" in the window title.</summary>
    string Title { get; }

    /// <summary>The navigation entry marked current: "hem", "moten", "amnen", "sok", or empty.</summary>
    string Nav { get; }

    /// <summary>The page's URL under the base path.</summary>
    string Url { get; }
}

/// <summary>
/// What every page model has: <see cref="IPage"/>'s title, navigation entry and URL, and what the layout writes in
/// every page's head.
/// </summary>
/// <param name="Title">The page's title, before " – site name" in the window title.</param>
/// <param name="Nav">The navigation entry marked current.</param>
/// <param name="Url">The page's URL under the base path.</param>
public abstract record PageModel(string Title, string Nav, string Url) : IPage
{
    /// <summary>True for a page search engines must not index (a draft in a preview).</summary>
    public virtual bool NoIndex => false;
}

/// <summary>The site's settings as templates see them.</summary>
public sealed record SiteView(string Name, string Organisation, string Description, string Language, ContactView Contact);

/// <summary>Contact details; <c>EmailUrl</c> is a ready mailto: link.</summary>
public sealed record ContactView(string Name, string? Email, string? EmailUrl, string? Phone, string? PhoneUrl, string? Url);

/// <summary>The navigation URLs; <c>Statement</c> is null when the content has no accessibility statement.</summary>
public sealed record NavUrls(string Home, string Meetings, string Topics, string Questions, string FollowUps, string Search, string? Statement = null);

/// <summary>URLs of the hashed static assets.</summary>
public sealed record AssetUrls(string Css, string? SearchScript);

/// <summary>A link to a topic.</summary>
public sealed record TopicRef(string Url, string Name, string Slug);

/// <summary>A meeting as listed on home, year and topic pages.</summary>
/// <param name="LinkText">Descriptive link text: "Anteckningar 15 september 2021".</param>
public sealed record MeetingSummary(
    string Url,
    string Title,
    string DateText,
    string DateWithWeekday,
    string DateIso,
    string TimeText,
    string? Location,
    string LinkText,
    IReadOnlyList<TopicRef> Topics,
    IReadOnlyList<string> Headings);

/// <summary>A group of participants.</summary>
public sealed record ParticipantGroupView(string? Name, IReadOnlyList<string> Members);

/// <summary>A link to a section of a meeting page.</summary>
public sealed record SectionLink(string Id, string Heading, string Url);

/// <summary>The meeting announced as the next one.</summary>
/// <param name="Text">The whole sentence part: "onsdag 17 november 2021 kl. 17.30–19.30, digitalt".</param>
/// <param name="CalendarUrl">The calendar file holding this meeting, or null when it is not (or no longer) in it.</param>
public sealed record NextMeetingView(string DateText, string DateIso, string TimeText, string? Location, string Text, string? CalendarUrl = null);

/// <summary>A year and how many meetings it has.</summary>
public sealed record YearRef(int Year, string Url, int Count);

/// <summary>A topic with its description and how many meetings touch it.</summary>
/// <param name="Chart">How many meetings touched it each year of the archive; null in an archive without meetings.</param>
/// <param name="QuestionsUrl">The list of questions about it, or null when no question is.</param>
/// <param name="QuestionCount">How many questions are about it.</param>
public sealed record TopicSummary(string Url, string Name, string Slug, string Description, int MeetingCount, string FeedUrl, YearChart? Chart = null, string? QuestionsUrl = null, int QuestionCount = 0);

/// <summary>A passage of minutes with the runs where a topic matched.</summary>
/// <param name="Text">The passage.</param>
/// <param name="Marks">The matched runs, in order, not overlapping.</param>
public sealed record PassageView(string Text, IReadOnlyList<TextRange> Marks)
{
    /// <summary>
    /// The passage as HTML: every run escaped, matched runs in <c>&lt;mark&gt;</c>. A topic page of a large archive
    /// quotes over a hundred passages; writing them here spares the template a loop, a condition and an
    /// escaping write per run.
    /// </summary>
    public MarkedText Html => new(Text, Marks);
}

/// <summary>A section of a meeting with the passages where a topic comes up.</summary>
public sealed record TopicSectionView(string Heading, string Url, string LinkText, IReadOnlyList<PassageView> Passages);

/// <summary>A meeting on a topic page; <c>ListedOnly</c> when the editor listed the topic but the text never names it.</summary>
public sealed record TopicMeetingView(MeetingSummary Meeting, IReadOnlyList<TopicSectionView> Sections)
{
    /// <summary>True when no passage names the topic.</summary>
    public bool ListedOnly => Sections.Count == 0;
}

/// <summary>A link to one page of a paginated list; <paramref name="GapBefore"/> when pages between it and the previous link are left out.</summary>
public sealed record PageLink(int Number, string Url, bool Current, bool GapBefore = false);

/// <summary>Where a paginated list stands.</summary>
public sealed record Pagination(int Current, int Total, string? PreviousUrl, string? NextUrl, IReadOnlyList<PageLink> Pages)
{
    /// <summary>How many pages on each side of the current one get a link of their own.</summary>
    public const int Neighbours = 2;

    /// <summary>
    /// Page <paramref name="current"/> of <paramref name="total"/>, linking the first and last pages and the
    /// current one's neighbours. Listing every page would put hundreds of links on each page of a topic
    /// that has come up at thousands of meetings — tiresome with a screen reader and quadratic to build.
    /// </summary>
    public static Pagination Window(int current, int total, Func<int, string> url)
    {
        var pages = new List<PageLink>();
        var previous = 0;
        for (var number = 1; number <= total; number++)
        {
            if (number == 1 || number == total || Math.Abs(number - current) <= Neighbours)
            {
                pages.Add(new PageLink(number, url(number), number == current, number > previous + 1));
                previous = number;
            }
            else if (number < current)
            {
                // Jump over the run of left-out pages instead of visiting each of them.
                number = current - Neighbours - 1;
            }
            else
            {
                number = total - 1;
            }
        }

        return new Pagination(
            current,
            total,
            current > 1 ? url(current - 1) : null,
            current < total ? url(current + 1) : null,
            pages);
    }
}
