namespace Trygghetsrad.Site.Pages;

/// <summary>
/// Every kind of page the site has, in one list: the templates a build needs, what the sitemap lists and which
/// pages the link check reads all follow from it.
/// </summary>
public static class PageKinds
{
    /// <summary>A meeting's page, made as the meetings are read.</summary>
    public static MeetingPageKind Meeting { get; } = new();

    /// <summary>The kinds made from the whole archive, in the order they are rendered.</summary>
    public static IReadOnlyList<ArchivePageKind> FromArchive { get; } =
    [
        new YearPageKind(),
        new MeetingsPageKind(),
        new TopicsPageKind(),
        new TopicPageKind(),
        new QuestionsPageKind(),
        new FollowUpsPageKind(),
        new FollowUpPageKind(),
        new HomePageKind(),
        new SearchPageKind(),
        new NotFoundPageKind(),
        new StatementPageKind(),
        new OpenDataPageKind(),
        new WrittenPageKind(),
    ];

    /// <summary>Every kind.</summary>
    public static IReadOnlyList<PageKind> All { get; } = [Meeting, .. FromArchive];

    /// <summary>
    /// The parts of every page that read only the site's values (<c>site</c>, <c>urls</c>, <c>follow</c>, <c>text</c>,
    /// <c>lang</c>), never <c>page</c>: each is rendered once per language and <c>layout.sbn</c> writes it as
    /// <c>{{ NAME.html }}</c>.
    /// </summary>
    public static IReadOnlyList<PagePart> SiteParts { get; } = [new("footer", null)];
}
