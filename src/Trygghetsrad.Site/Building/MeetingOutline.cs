using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Rendering;

namespace Trygghetsrad.Site.Building;

/// <summary>
/// What other meetings' pages need to know of one meeting's minutes before any page is rendered: its headed
/// sections, which section each anchor on its page stands in, and its links to other meetings. Read with the same
/// parser as the page, so a link counts here exactly when it is a link on the page; the text is not kept.
/// </summary>
/// <param name="Slug">The meeting's slug.</param>
/// <param name="Headings">Each headed section's heading by its anchor.</param>
/// <param name="Anchors">The section each anchor of the minutes (every heading's, every question's) stands in.</param>
/// <param name="Links">The links to other meetings' pages, in the order written.</param>
internal sealed partial record MeetingOutline(
    string Slug,
    IReadOnlyDictionary<string, string> Headings,
    IReadOnlyDictionary<string, string> Anchors,
    IReadOnlyList<MeetingLink> Links)
{
    /// <summary>
    /// True when <paramref name="meeting"/>'s text may link to another meeting: every such link names the meetings'
    /// folder. A cheap look at the text, so only the few meetings that may link are parsed ahead.
    /// </summary>
    public static bool MayLink(Meeting meeting) => meeting.Body.Contains("moten/", StringComparison.Ordinal);

    /// <summary>The outline of <paramref name="meeting"/>, parsed as the build parses it; its problems are left to the build to report.</summary>
    public static MeetingOutline Read(Meeting meeting, InternalLinks links)
    {
        var body = MeetingBodyParser.Parse(meeting, new DiagnosticBag());
        var headings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var section in body.Sections)
        {
            if (section.Heading.Length > 0)
            {
                headings.TryAdd(section.Id, section.Heading);
            }
        }

        var anchors = new Dictionary<string, string>(StringComparer.Ordinal);
        var current = "";
        foreach (var block in body.Document.Descendants<Block>())
        {
            switch (block)
            {
                case HeadingBlock heading when heading.TryGetAttributes()?.Id is { Length: > 0 } id:
                    current = heading.Level <= 2 && headings.ContainsKey(id) ? id : current;
                    anchors.TryAdd(id, current);
                    break;
                case QuestionBlock question:
                    anchors.TryAdd(question.Id, current);
                    break;
            }
        }

        var found = new List<MeetingLink>();
        foreach (var link in body.Links)
        {
            if (Target(links.SiteRelative(link.Url)) is var (slug, fragment) && slug != meeting.Slug)
            {
                found.Add(new MeetingLink(link.Section, slug, fragment));
            }
        }

        return new MeetingOutline(meeting.Slug, headings, anchors, found);
    }

    /// <summary>The meeting and anchor a site-relative address names ("moten/2021-09-15/#ovrigt"), or null for any other page.</summary>
    public static (string Slug, string Fragment)? Target(string? relative)
    {
        if (relative is null || MeetingAddress().Match(relative) is not { Success: true } match)
        {
            return null;
        }

        return (match.Groups["slug"].Value, Uri.UnescapeDataString(match.Groups["fragment"].Value));
    }

    // A meeting's page, as a link writes it below the site's root: its folder, maybe index.html, maybe an anchor.
    [GeneratedRegex(@"^moten/(?<slug>\d{4}-\d{2}-\d{2}(?:-[a-z0-9]+)*)/(?:index\.html)?(?:\?[^#]*)?(?:#(?<fragment>.*))?$")]
    private static partial Regex MeetingAddress();
}

/// <summary>A link in one meeting's minutes to another meeting's page.</summary>
/// <param name="Section">The anchor of the section the link stands in; empty before the first heading.</param>
/// <param name="Target">The slug of the meeting it links to.</param>
/// <param name="Fragment">The anchor it links to on that page; empty for the page itself.</param>
internal sealed record MeetingLink(string Section, string Target, string Fragment);
