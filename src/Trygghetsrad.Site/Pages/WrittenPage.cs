using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Output;
using Trygghetsrad.Site.Rendering;
using Trygghetsrad.Site.Text;

namespace Trygghetsrad.Site.Pages;

/// <summary>A page an editor writes (<c>content/sidor/om.md</c>): <c>/om/</c>.</summary>
/// <param name="Body">The editor's text as HTML.</param>
/// <param name="EasyRead">True for a page in easy Swedish.</param>
/// <param name="Versions">Its other versions (translations, the easy Swedish one, the original), for the links at its top.</param>
/// <param name="Meetings">The next meeting and the latest meetings in the page's language, when the page shows them.</param>
public sealed record WrittenPage(string Title, string Nav, string Url, RawHtml Body, bool EasyRead, IReadOnlyList<LanguageLink> Versions, PageMeetings? Meetings) : PageModel(Title, Nav, Url)
{
    /// <inheritdoc/>
    public override bool AnnouncesComingMeeting => Meetings?.Next is { Passed: false };
}

/// <summary>What a page that shows meetings (<c>show_meetings: true</c>) ends with, in its own language.</summary>
/// <param name="Next">The next meeting as the home page announces it, if any.</param>
/// <param name="Latest">The newest meetings.</param>
/// <param name="AllUrl">The list of every meeting.</param>
/// <param name="WithSummaries">True on a page in a language meetings have summaries in (Finnish, easy Swedish): a meeting without one says so.</param>
public sealed record PageMeetings(NextMeetingView? Next, IReadOnlyList<PageMeeting> Latest, string AllUrl, bool WithSummaries);

/// <summary>A meeting on a page that shows meetings: its link, its date in the page's language and its summary in that language.</summary>
/// <param name="Url">The meeting's page.</param>
/// <param name="Title">Its title, in the site's language.</param>
/// <param name="DateIso">Its date for <c>&lt;time datetime&gt;</c>.</param>
/// <param name="DateText">Its date with the weekday, in the page's language.</param>
/// <param name="Summary">The paragraphs of its summary in the page's language (Finnish, or easy Swedish); empty when it has none.</param>
public sealed record PageMeeting(string Url, string Title, string DateIso, string DateText, IReadOnlyList<string> Summary);

/// <summary>The pages editors write, one per file of <c>content/sidor/</c>.</summary>
public sealed class WrittenPageKind : ArchivePageKind
{
    /// <inheritdoc/>
    public override string Template => "sida";

    /// <inheritdoc/>
    public override IEnumerable<Func<IPage>> Pages(Archive archive)
    {
        foreach (var page in archive.Site.Pages)
        {
            yield return () => Page(page, archive);
        }
    }

    /// <inheritdoc/>
    public override Func<string, WrittenLink?>? LinkSource(IPage page, Archive archive) =>
        archive.Site.Pages.FirstOrDefault(p => archive.Site.Urls.EditorPage(p.Slug) == page.Url)?.Text?.Links is { Count: > 0 } links
            ? url => archive.Site.Links.Find(links, url)
            : null;

    /// <summary>The page of <paramref name="page"/> in <paramref name="archive"/>.</summary>
    public static WrittenPage Page(EditorPage page, Archive archive)
    {
        var site = archive.Site;
        var language = page.Lang ?? site.Site.Language;
        // The original first, then its translations by language, then the easy Swedish version.
        var versions = site.Pages.Where(p => p.Original == page.Original && p.Slug != page.Slug)
            .OrderBy(p => p.EasyRead).ThenBy(p => p.TranslationOf is not null).ThenBy(p => p.Lang, StringComparer.Ordinal).ToList();
        return new WrittenPage(
            page.Title,
            "",
            site.Urls.EditorPage(page.Slug),
            page.Text is { } text ? site.Markdown.Render(text, page.Lang is { } lang && lang != site.Site.Language ? site.Strings.For(lang)[TextKeys.SectionLink] : null) : new RawHtml(""),
            page.EasyRead,
            [.. versions.Select(v => Version(v, page, site))],
            page.ShowMeetings ? Meetings(page, language, archive) : null)
        {
            Lang = language == site.Site.Language ? null : language,
            Description = page.Description,
            Alternates = Alternates(page, site),
        };
    }

    // hreflang pairs a page with its translations into other languages; an easy Swedish version is the same
    // language and is linked on the page instead. A page without translations has none.
    private static IReadOnlyList<AlternateLink> Alternates(EditorPage page, SiteContext site)
    {
        if (page.EasyRead)
        {
            return [];
        }

        var translations = site.Pages.Where(p => p.Original == page.Original && !p.EasyRead).ToList();
        if (translations.Count < 2)
        {
            return [];
        }

        var absolute = new AbsoluteUrls(site.Site.BaseUrl);
        return [.. translations
            .Select(p => (Lang: p.Lang ?? site.Site.Language, Url: site.Urls.EditorPage(p.Slug)))
            .OrderBy(p => p.Lang, StringComparer.Ordinal)
            .Select(p => new AlternateLink(p.Lang, p.Url, absolute.For(p.Url)))];
    }

    // The link to another version, named as the header names it: the language's own name, or "Lättläst"; the
    // ordinary version of an easy Swedish page by the page table's name for it.
    private static LanguageLink Version(EditorPage version, EditorPage page, SiteContext site)
    {
        var own = site.Strings.For(page.Lang ?? site.Site.Language);
        var lang = version.Lang ?? site.Site.Language;
        var text = version.EasyRead ? own[TextKeys.EasyRead]
            : lang != (page.Lang ?? site.Site.Language) ? site.Strings.For(lang)[TextKeys.LanguageName]
            : own[TextKeys.StandardVersion];
        return new LanguageLink(text, site.Urls.EditorPage(version.Slug), lang, version.EasyRead);
    }

    private static PageMeetings Meetings(EditorPage page, string language, Archive archive)
    {
        var site = archive.Site;
        var dates = site.Strings.DatesFor(language);
        var kind = SummaryKinds.All.FirstOrDefault(k => page.EasyRead ? k.EasyRead : k.Lang == language && !k.EasyRead);
        var latest = archive.NewestFirst.Take(HomePageKind.LatestCount).Select(p => new PageMeeting(
            p.Summary.Url,
            p.Summary.Title,
            p.Summary.DateIso,
            dates.DateWithWeekday(p.Meeting.Date),
            p.Meeting.Summaries.FirstOrDefault(s => s.Kind == kind)?.Paragraphs ?? []));
        return new PageMeetings(HomePageKind.NextMeeting(archive, dates), [.. latest], site.Urls.Meetings, kind is not null);
    }
}
