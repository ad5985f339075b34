namespace Trygghetsrad.Site.Rendering;

/// <summary>URLs for following and reusing the archive, a global (<c>follow</c>) on every page.</summary>
/// <param name="Feed">The Atom feed of the latest meetings.</param>
/// <param name="Calendar">The calendar of announced meetings.</param>
/// <param name="OpenData">The page describing the open data.</param>
/// <param name="FollowUpsFeed">The Atom feed of what meetings report on the items the council takes further.</param>
public sealed record FollowUrls(string Feed, string Calendar, string OpenData, string FollowUpsFeed)
{
    /// <summary>The URLs from <paramref name="urls"/>.</summary>
    public static FollowUrls From(SiteUrls urls) => new(urls.Feed, urls.Calendar, urls.OpenData, urls.FollowUpsFeed);
}
