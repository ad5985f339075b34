using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Rendering;

namespace Trygghetsrad.Site.Serving;

/// <summary>
/// Shows one edited meeting at once, before the full rebuild: builds a small copy of the content — the
/// settings, the topics, the meeting and its neighbours in date order (for the previous/next links) — with
/// the same <see cref="SiteBuilder"/>, and copies the meeting's page into the served site. The full rebuild
/// that follows brings lists, topics and search up to date.
/// </summary>
internal sealed class QuickPreview(string contentDirectory, string templatesDirectory, string workDirectory)
{
    /// <summary>Meetings on each side of the edited one copied along, so a few drafts in between still leave the right neighbours.</summary>
    private const int Neighbours = 3;

    /// <summary>
    /// Builds <paramref name="meetingFile"/> and writes its page into <paramref name="siteRoot"/>.
    /// Returns null on success, or the diagnostics (with the real file paths) when the edit is broken.
    /// </summary>
    /// <param name="meetingFile">The edited meeting file.</param>
    /// <param name="siteRoot">The served site.</param>
    /// <param name="basePath">The site's base path.</param>
    /// <param name="wrote">Told the site-relative path of the page written into <paramref name="siteRoot"/>.</param>
    public IReadOnlyList<Diagnostic>? Run(string meetingFile, string siteRoot, string basePath, Action<string>? wrote = null)
    {
        var quickContent = Path.Combine(workDirectory, "content");
        var quickSite = Path.Combine(workDirectory, "site");
        // Only the meetings go: the small site is replaced whole by the build, and deleting it first would cost
        // a pass over its files on every save.
        var quickMeetings = Path.Combine(quickContent, ContentLoader.MeetingsFolder);
        if (Directory.Exists(quickMeetings))
        {
            Directory.Delete(quickMeetings, recursive: true);
        }

        foreach (var file in new[] { "site.yml", "topics.yml" })
        {
            Copy(Path.Combine(contentDirectory, file), Path.Combine(quickContent, file));
        }

        var files = ContentLoader.MeetingFiles(contentDirectory)
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal))
            .OrderBy(Path.GetFileName, StringComparer.Ordinal)
            .ToList();
        var index = files.FindIndex(f => Path.GetFullPath(f) == Path.GetFullPath(meetingFile));
        foreach (var file in files.Skip(Math.Max(0, index - Neighbours)).Take(2 * Neighbours + 1))
        {
            Copy(file, Path.Combine(quickContent, Path.GetRelativePath(contentDirectory, file)));
        }

        var result = new SiteBuilder().Build(new BuildOptions(quickContent, templatesDirectory, quickSite, basePath));
        if (!result.Succeeded)
        {
            var shownCopy = DisplayPath.For(quickContent);
            var shownReal = DisplayPath.For(contentDirectory);
            return result.Diagnostics
                .Select(d => d.Location.Path.StartsWith(shownCopy, StringComparison.Ordinal)
                    ? d with { Location = d.Location with { Path = shownReal + d.Location.Path[shownCopy.Length..] } }
                    : d)
                .ToList();
        }

        var slug = Path.GetFileNameWithoutExtension(meetingFile);
        var page = new SiteUrls(basePath).OutputPathFor(new SiteUrls(basePath).Meeting(slug));
        var built = Path.Combine(quickSite, page);
        if (File.Exists(built))
        {
            // Moved into place whole, so the server never sends a half-copied page. A draft has no page; the
            // full rebuild decides what is shown then.
            var target = Path.Combine(siteRoot, page);
            Copy(built, target + ".quick");
            File.Move(target + ".quick", target, overwrite: true);
            wrote?.Invoke(page);
        }

        return null;
    }

    // A copy would turn a symbolic link into the file it points to; the full build reports the link instead.
    private static void Copy(string from, string to)
    {
        if (ContentBoundary.IsLink(from))
        {
            throw new IOException("A symbolic link is not copied: " + from);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to, overwrite: true);
    }
}
