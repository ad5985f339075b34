using System.Globalization;

namespace Trygghetsrad.Site.Rendering;

/// <summary>
/// Every public URL of the site, in one place, always under the base path. Keep these stable:
/// residents bookmark and share them.
/// </summary>
/// <param name="BasePath">The base path, starting and ending with '/'.</param>
public sealed record SiteUrls(string BasePath)
{
    /// <summary>The archive's home page.</summary>
    public string Home => BasePath;

    /// <summary>All meetings by year.</summary>
    public string Meetings => BasePath + "moten/";

    /// <summary>One meeting: /moten/2021-09-15/.</summary>
    public string Meeting(string slug) => $"{BasePath}moten/{slug}/";

    /// <summary>One year: /moten/2021/; page numbers above 1 get their own path.</summary>
    public string Year(int year, int pageNumber = 1) => Paged($"{BasePath}moten/{year.ToString(CultureInfo.InvariantCulture)}/", pageNumber);

    /// <summary>All topics.</summary>
    public string Topics => BasePath + "amnen/";

    /// <summary>One topic's page; page numbers above 1 get their own path.</summary>
    public string Topic(string slug, int pageNumber = 1) => Paged($"{BasePath}amnen/{slug}/", pageNumber);

    /// <summary>Every question residents asked, newest first; page numbers above 1 get their own path.</summary>
    public string Questions(int pageNumber = 1) => Paged(BasePath + "fragor/", pageNumber);

    /// <summary>The questions of one year: /fragor/2021/.</summary>
    public string QuestionsIn(int year, int pageNumber = 1) => Paged($"{BasePath}fragor/{year.ToString(CultureInfo.InvariantCulture)}/", pageNumber);

    /// <summary>The questions about one topic: /fragor/amnen/klotter/.</summary>
    public string QuestionsOn(string topic, int pageNumber = 1) => Paged($"{BasePath}fragor/amnen/{topic}/", pageNumber);

    /// <summary>Every item the council takes further, open ones first; page numbers above 1 get their own path.</summary>
    public string FollowUps(int pageNumber = 1) => Paged(BasePath + "uppfoljning/", pageNumber);

    /// <summary>One follow-up item's page: /uppfoljning/klotter-naringslivet/.</summary>
    public string FollowUp(string id) => $"{BasePath}uppfoljning/{id}/";

    /// <summary>The Atom feed of follow-up reports.</summary>
    public string FollowUpsFeed => BasePath + "uppfoljning/feed.xml";

    /// <summary>The accessibility statement, which the law requires and every footer links.</summary>
    public string Statement => BasePath + "tillganglighet/";

    /// <summary>The search page.</summary>
    public string Search => BasePath + "sok/";

    /// <summary>The Atom feed of the latest meetings.</summary>
    public string Feed => BasePath + "feed.xml";

    /// <summary>One topic's Atom feed: /amnen/klotter/feed.xml.</summary>
    public string TopicFeed(string slug) => $"{BasePath}amnen/{slug}/feed.xml";

    /// <summary>The calendar of announced meetings.</summary>
    public string Calendar => BasePath + "kalender.ics";

    /// <summary>The sitemap for search engines.</summary>
    public string Sitemap => BasePath + "sitemap.xml";

    /// <summary>The page describing the open data.</summary>
    public string OpenData => BasePath + "oppna-data/";

    /// <summary>Every published meeting as JSON.</summary>
    public string MeetingsJson => BasePath + "api/moten.json";

    /// <summary>The JSON Schema of <see cref="MeetingsJson"/>.</summary>
    public string MeetingsSchema => BasePath + "api/moten.schema.json";

    /// <summary>A file under /assets/.</summary>
    public string Asset(string fileName) => $"{BasePath}assets/{fileName}";

    // A list's page: the list's own URL for the first, then sida/N/ below it.
    private static string Paged(string url, int pageNumber) =>
        pageNumber <= 1 ? url : $"{url}sida/{pageNumber.ToString(CultureInfo.InvariantCulture)}/";

    /// <summary>
    /// The first parts of the archive's own addresses, which no page an editor writes may take: every folder above
    /// holds one (<c>SiteUrlsTests</c> builds the site and compares).
    /// </summary>
    public static IReadOnlyList<string> ReservedSlugs { get; } = ["amnen", "api", "assets", "fragor", "moten", "oppna-data", "sok", "tillganglighet", "uppfoljning"];

    /// <summary>A page an editor writes: /om/.</summary>
    public string EditorPage(string slug) => $"{BasePath}{slug}/";

    /// <summary>The output file, relative to the site root, for a page URL under the base path.</summary>
    public string OutputPathFor(string url)
    {
        var relative = url[BasePath.Length..];
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }
}
