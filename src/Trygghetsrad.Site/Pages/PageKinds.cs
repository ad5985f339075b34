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
}
