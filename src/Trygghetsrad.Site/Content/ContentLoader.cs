using System.IO.Enumeration;
using Trygghetsrad.Site.Config;
using Trygghetsrad.Site.Diagnostics;

namespace Trygghetsrad.Site.Content;

/// <summary>Everything read from <c>content/</c>: settings, topics and meetings (drafts included; later stages leave them out).</summary>
/// <param name="Site">The site's settings.</param>
/// <param name="Topics">The topics in the file's order.</param>
/// <param name="Meetings">All meetings, oldest first, then by slug.</param>
public sealed record ContentSet(SiteConfig Site, IReadOnlyList<TopicDefinition> Topics, IReadOnlyList<Meeting> Meetings)
{
    /// <summary>The pages editors write (<c>sidor/*.md</c>), by slug.</summary>
    public IReadOnlyList<EditorPage> Pages { get; init; } = [];
}

/// <summary>Reads <c>site.yml</c>, <c>topics.yml</c>, <c>moten/YYYY/*.md</c> and <c>sidor/*.md</c> from a content folder.</summary>
public static class ContentLoader
{
    /// <summary>The folder under the content root that holds the meetings.</summary>
    public const string MeetingsFolder = "moten";

    /// <summary>
    /// Loads the content, reporting every problem; null only when there is no content folder or no readable
    /// site.yml. Meetings with errors are kept as far as they could be read, so that later steps check them too;
    /// a build with errors is never published.
    /// </summary>
    /// <param name="contentDirectory">The content folder.</param>
    /// <param name="diagnostics">Receives every problem found.</param>
    public static ContentSet? Load(string contentDirectory, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(contentDirectory))
        {
            diagnostics.Error(SourceLocation.StartOf(DisplayPath.For(contentDirectory)), "innehållsmappen finns inte");
            return null;
        }

        var site = SiteConfigLoader.Load(Path.Combine(contentDirectory, "site.yml"), diagnostics);
        var topics = TopicsLoader.Load(Path.Combine(contentDirectory, "topics.yml"), diagnostics);
        var meetings = LoadMeetings(contentDirectory, topics, diagnostics);
        meetings.Sort(MeetingOrder.Compare);
        var pages = EditorPages.Load(contentDirectory, diagnostics);
        return site is null ? null : new ContentSet(site, topics, meetings) { Pages = pages };
    }

    /// <summary>The meeting files under <c>moten/</c>, in a stable order.</summary>
    public static IReadOnlyList<string> MeetingFiles(string contentDirectory) => [.. FindMeetingFiles(contentDirectory).Select(f => f.Path)];

    // The meeting files with their display paths, from one walk of the folder.
    private static List<MeetingFile> FindMeetingFiles(string contentDirectory)
    {
        var root = Path.GetFullPath(Path.Combine(contentDirectory, MeetingsFolder));
        if (!Directory.Exists(root) || ContentBoundary.IsLink(root))
        {
            return [];
        }

        // Every file's display path is the folder's with the file's path below it (DisplayPath.For of each
        // would ask the system for the working directory twice per file).
        var shownRoot = DisplayPath.For(root);
        var prefix = shownRoot == "." ? "" : shownRoot + "/";
        var entries = new FileSystemEnumerable<MeetingFile>(
            root,
            (ref FileSystemEntry entry) =>
            {
                var path = entry.ToFullPath();
                var display = prefix + path[(root.Length + 1)..].Replace('\\', '/');
                return new MeetingFile(path, display);
            },
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory && (entry.Attributes & FileAttributes.ReparsePoint) == 0,
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        return entries.OrderBy(e => e.Path, StringComparer.Ordinal).ToList();
    }

    private sealed record MeetingFile(string Path, string Display);

    /// <summary>Reads the one meeting file at <paramref name="path"/> as a whole build reads it (see <see cref="MeetingParser.Parse"/>).</summary>
    public static Meeting? ReadMeeting(string path, MeetingParser parser, DiagnosticBag diagnostics) =>
        Read(path, DisplayPath.For(path), parser, diagnostics);

    private static Meeting? Read(string path, string display, MeetingParser parser, DiagnosticBag diagnostics)
    {
        if (!path.EndsWith(".md", StringComparison.Ordinal))
        {
            ContentBoundary.NotAMeeting(display, diagnostics);
            return null;
        }

        var own = new DiagnosticBag();
        var text = SourceText.Read(path, display, own);
        var folder = Path.GetFileName(Path.GetDirectoryName(path)) ?? "";
        var meeting = text is null ? null : parser.Parse(Path.GetFileName(path), folder, text, display, own);
        diagnostics.AddRange(own.Sorted());
        return meeting;
    }

    private static List<Meeting> LoadMeetings(string contentDirectory, IReadOnlyList<TopicDefinition> topics, DiagnosticBag diagnostics)
    {
        var parser = new MeetingParser(topics.Select(t => t.Slug).ToHashSet(StringComparer.Ordinal));
        var files = FindMeetingFiles(contentDirectory);
        var results = new Meeting?[files.Count];
        Parallel.For(0, files.Count, i => results[i] = Read(files[i].Path, files[i].Display, parser, diagnostics));
        return results.OfType<Meeting>().ToList();
    }
}
