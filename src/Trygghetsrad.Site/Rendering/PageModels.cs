using System.Globalization;
using Trygghetsrad.Site.Text;
using Trygghetsrad.Site.Topics;

namespace Trygghetsrad.Site.Rendering;

// The objects templates see, as `page` (and `site`, `urls`, `assets` on every page). Scriban exposes
// their members in snake_case: DateText → date_text. Strings are escaped when written; RawHtml is not.

/// <summary>
/// The model of a part of a page (<see cref="Pages.PagePart"/>): <c>page</c> in the part's template. Templates read
/// it through generated member tables, like a page's model.
/// </summary>
public interface IPartModel;

/// <summary>What every page has: its title, which navigation entry it belongs to, its URL, its language, its description and its translations.</summary>
public interface IPage
{
    /// <summary>The page's title, before " – site name" in the window title.</summary>
    string Title { get; }

    /// <summary>The navigation entry marked current: "hem", "moten", "amnen", "sok", or empty.</summary>
    string Nav { get; }

    /// <summary>The page's URL under the base path.</summary>
    string Url { get; }

    /// <summary>The page's language ("fi"), or null for the site's own: its text, and the string table its chrome comes from.</summary>
    string? Lang { get; }

    /// <summary>The page's own description for search engines, or null for the site's.</summary>
    string? Description { get; }

    /// <summary>The page and its translations into other languages, each with its language, for hreflang in the page and the sitemap; empty when it has none.</summary>
    IReadOnlyList<AlternateLink> Alternates { get; }
}

/// <summary>A page in one language of a set of translations, as hreflang names it.</summary>
/// <param name="Lang">Its language: "sv", "fi".</param>
/// <param name="Url">Its URL under the base path.</param>
/// <param name="AbsoluteUrl">Its full address, which hreflang links give.</param>
public sealed record AlternateLink(string Lang, string Url, string AbsoluteUrl);

/// <summary>
/// What every page model has: <see cref="IPage"/>'s title, navigation entry and URL, and what the layout writes in
/// every page's head.
/// </summary>
/// <param name="Title">The page's title, before " – site name" in the window title.</param>
/// <param name="Nav">The navigation entry marked current.</param>
/// <param name="Url">The page's URL under the base path.</param>
public abstract record PageModel(string Title, string Nav, string Url) : IPage
{
    /// <inheritdoc/>
    public string? Lang { get; init; }

    /// <inheritdoc/>
    public string? Description { get; init; }

    /// <inheritdoc/>
    public IReadOnlyList<AlternateLink> Alternates { get; init; } = [];

    /// <summary>True for a page search engines must not index (a draft in a preview).</summary>
    public virtual bool NoIndex => false;

    /// <summary>
    /// True for a page that shows an announced meeting as coming: it loads nasta-mote.js, which marks the meeting as
    /// passed in the browser once its date has.
    /// </summary>
    public virtual bool AnnouncesComingMeeting => false;
}

/// <summary>The site's settings as templates see them.</summary>
public sealed record SiteView(string Name, string Organisation, string Description, string Language, ContactView Contact);

/// <summary>Contact details; <c>EmailUrl</c> is a ready mailto: link.</summary>
public sealed record ContactView(string Name, string? Email, string? EmailUrl, string? Phone, string? PhoneUrl, string? Url);

/// <summary>The navigation URLs; <c>Statement</c> is null when the content has no accessibility statement.</summary>
public sealed record NavUrls(string Home, string Meetings, string Topics, string Questions, string FollowUps, string Search, string? Statement = null);

/// <summary>URLs of the hashed static assets; a script is null when the templates' assets lack it.</summary>
/// <param name="Css">The style sheet.</param>
/// <param name="SearchScript">The search page's script.</param>
/// <param name="NextMeetingScript">The script that marks an announced meeting as passed once its date has (<c>nasta-mote.js</c>).</param>
public sealed record AssetUrls(string Css, string? SearchScript, string? NextMeetingScript);

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

/// <summary>A group of participants as a meeting page shows it.</summary>
/// <param name="Name">The group's name, or "Övriga deltagare" for those listed without one.</param>
/// <param name="Members">The members as written.</param>
/// <param name="Unnamed">True for the group of everyone the minutes list without a group name.</param>
public sealed record ParticipantGroupView(string Name, IReadOnlyList<string> Members, bool Unnamed);

/// <summary>A link to a section of a meeting page.</summary>
public sealed record SectionLink(string Id, string Heading, string Url);

/// <summary>The meeting announced as the next one, and where the announcement comes from.</summary>
/// <param name="DateText">"onsdag 17 november 2021".</param>
/// <param name="TimeText">"kl. 17.30–19.30", or empty.</param>
/// <param name="Source">The minutes that announce it.</param>
/// <param name="Passed">True once its date has passed (or newer minutes show it held): a page never announces it as coming.</param>
/// <param name="CalendarUrl">The calendar file holding this meeting, or null when it is not (or no longer) in it.</param>
public sealed record NextMeetingView(string DateText, string DateIso, string TimeText, string? Location, MeetingSummary Source, bool Passed, string? CalendarUrl);

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
/// <param name="Heading">The section's heading, or "Anteckningarna" for text before the first heading.</param>
/// <param name="Url">The section on the meeting's page.</param>
/// <param name="Passages">Its passages that name the topic, in the order of the minutes.</param>
/// <param name="Continues">True when it continues the section shown just before it, so its heading is not repeated.</param>
public sealed record TopicSectionView(string Heading, string Url, IReadOnlyList<PassageView> Passages, bool Continues = false);

/// <summary>
/// A meeting on a topic page: the first passage that names the topic in full, the rest behind a disclosure, so a
/// meeting that names the topic twenty times takes no more room than one that names it once until a reader asks.
/// </summary>
/// <param name="Meeting">The meeting.</param>
/// <param name="First">The section with the first passage, null when the editor listed the topic but the text never names it.</param>
/// <param name="More">The other passages by section.</param>
/// <param name="MoreCount">How many passages <paramref name="More"/> holds.</param>
/// <param name="YearAnchor">"ar-2021" on the newest of a year's meetings in the topic's list, for the year index; otherwise null.</param>
public sealed record TopicMeetingView(MeetingSummary Meeting, TopicSectionView? First, IReadOnlyList<TopicSectionView> More, int MoreCount, string? YearAnchor = null)
{
    /// <summary>True when no passage names the topic.</summary>
    public bool ListedOnly => First is null;
}

/// <summary>The dates a page of a list spans, as links and headings write them: "12 september–29 oktober 1990".</summary>
/// <param name="FromIso">The oldest date, for <c>&lt;time datetime&gt;</c>.</param>
/// <param name="FromText">The oldest date without what it shares with the newest ("12 september"); empty for a single day.</param>
/// <param name="ToIso">The newest date, for <c>&lt;time datetime&gt;</c>.</param>
/// <param name="ToText">The newest date in full ("29 oktober 1990").</param>
public sealed record DateRangeView(string FromIso, string FromText, string ToIso, string ToText)
{
    /// <summary>The range from <paramref name="oldest"/> to <paramref name="newest"/>, the year and month written once when they agree.</summary>
    public static DateRangeView Of(DateOnly oldest, DateOnly newest)
    {
        var from = oldest == newest ? ""
            : oldest.Year != newest.Year ? SwedishFormat.Date(oldest)
            : oldest.Month != newest.Month ? $"{oldest.Day.ToString(CultureInfo.InvariantCulture)} {SwedishFormat.MonthName(oldest.Month)}"
            : oldest.Day.ToString(CultureInfo.InvariantCulture);
        return new DateRangeView(SwedishFormat.IsoDate(oldest), from, SwedishFormat.IsoDate(newest), SwedishFormat.Date(newest));
    }
}

/// <summary>A link to one page of a paginated list; <paramref name="GapBefore"/> when pages between it and the previous link are left out.</summary>
/// <param name="Range">The dates the page spans, its link's text.</param>
public sealed record PageLink(int Number, string Url, bool Current, DateRangeView? Range, bool GapBefore = false);

/// <summary>A year in a list's year index: its count there and where its first meeting is.</summary>
public sealed record YearLink(int Year, int Count, string Url);

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
    /// <param name="current">The page shown.</param>
    /// <param name="total">How many pages there are.</param>
    /// <param name="url">A page's URL.</param>
    /// <param name="range">The dates a page spans; null for a page of nothing (an empty list's only page).</param>
    public static Pagination Window(int current, int total, Func<int, string> url, Func<int, DateRangeView?> range)
    {
        var pages = new List<PageLink>();
        var previous = 0;
        for (var number = 1; number <= total; number++)
        {
            if (number == 1 || number == total || Math.Abs(number - current) <= Neighbours)
            {
                pages.Add(new PageLink(number, url(number), number == current, range(number), number > previous + 1));
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
