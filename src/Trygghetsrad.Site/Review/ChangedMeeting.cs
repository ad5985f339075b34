using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Pages;
using Trygghetsrad.Site.Rendering;

namespace Trygghetsrad.Site.Review;

/// <summary>
/// A meeting a pull request changes, as the build made it: what each part of its preview in the summary
/// (<see cref="MeetingParts"/>) is written from.
/// </summary>
/// <param name="Page">Its page's model, as the build renders it.</param>
/// <param name="Published">What the rest of the site knows of it: its list entry and the topics it touches, with their passages.</param>
/// <param name="Body">Its parsed minutes.</param>
/// <param name="FactBox">The fact box of its rendered page.</param>
/// <param name="Urls">The site's URLs under the base path the page was rendered with.</param>
internal sealed record ChangedMeeting(MeetingPage Page, PublishedMeeting Published, MeetingBody Body, IReadOnlyList<FactBoxEntry> FactBox, SiteUrls Urls)
{
    /// <summary>The meeting as read, without its text.</summary>
    public Meeting Meeting => Page.Fields;

    /// <summary>
    /// <paramref name="url"/>, one of the site's URLs, as editors write a link to it: from the archive's root, without
    /// the base path ("/moten/2021-09-15/#ovrigt"), the form that works on the site and in every preview.
    /// </summary>
    public string Written(string url) => url.StartsWith(Urls.BasePath, StringComparison.Ordinal) ? "/" + url[Urls.BasePath.Length..] : url;

    /// <summary>
    /// <paramref name="meeting"/> (read with its text) as the build that made <paramref name="archive"/> made its page;
    /// null when that build has no meeting from the same file.
    /// </summary>
    public static ChangedMeeting? Make(Archive archive, Meeting meeting)
    {
        var timeline = archive.Timeline;
        var index = 0;
        while (index < timeline.Meetings.Count && timeline.Meetings[index].SourcePath != meeting.SourcePath)
        {
            index++;
        }

        if (index == timeline.Meetings.Count)
        {
            return null;
        }

        // The build reported the meeting's problems already.
        var (page, published, body) = MeetingPass.Make(archive.Site, timeline, archive.References, index, meeting, new DiagnosticBag());
        string html;
        try
        {
            html = archive.Site.Render(PageKinds.Meeting, page);
        }
        catch (TemplateRenderException)
        {
            html = "";
        }

        return new ChangedMeeting(page, published, body, FactBoxReader.Read(html), archive.Site.Urls);
    }
}
