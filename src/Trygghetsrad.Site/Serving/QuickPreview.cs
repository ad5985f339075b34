using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Pages;
using Trygghetsrad.Site.Rendering;

namespace Trygghetsrad.Site.Serving;

/// <summary>
/// Shows one edited meeting at once, before the full rebuild: reads the saved file and renders its page against
/// the last full build — its order of meetings, templates and assets — exactly as the full build will. The
/// rebuild that follows brings lists, topics and search up to date.
/// </summary>
internal static class QuickPreview
{
    /// <summary>The outcome: the page's site-relative path, or the problems that keep it from being shown.</summary>
    /// <param name="Page">The page written, or null.</param>
    /// <param name="Errors">The edit's errors, or null.</param>
    public sealed record Outcome(string? Page, IReadOnlyList<Diagnostic>? Errors);

    /// <summary>
    /// Renders <paramref name="meetingFile"/> into <paramref name="siteRoot"/> against <paramref name="last"/>; null when
    /// the edit is not one meeting the last build published in place (a new file, a draft): the full rebuild shows it then.
    /// </summary>
    public static Outcome? Run(string meetingFile, Archive last, string siteRoot)
    {
        var site = last.Site;
        var diagnostics = new DiagnosticBag();
        var meeting = ContentLoader.ReadMeeting(meetingFile, site.Parser, diagnostics);
        if (meeting is null)
        {
            return diagnostics.HasErrors ? new Outcome(null, diagnostics.Sorted()) : null;
        }

        if (last.Timeline.With(meeting) is not var (timeline, index))
        {
            return null;
        }

        var html = "";
        var (page, _, _) = MeetingPass.Make(site, timeline, last.References, index, meeting, diagnostics);
        try
        {
            html = site.Render(PageKinds.Meeting, page);
        }
        catch (TemplateRenderException ex)
        {
            diagnostics.Error(ex.Location, ex.Message);
        }

        if (diagnostics.HasErrors)
        {
            return new Outcome(null, diagnostics.Sorted());
        }

        // Moved into place whole, so the server never sends a half-written page.
        var relative = site.Urls.OutputPathFor(page.Url);
        var target = Path.Combine(siteRoot, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target + ".quick", html);
        File.Move(target + ".quick", target, overwrite: true);
        return new Outcome(relative, null);
    }
}
