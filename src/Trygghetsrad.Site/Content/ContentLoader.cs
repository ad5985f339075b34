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
    /// <summary>The file each meeting was read from, by its path as shown in diagnostics (the meeting's <c>SourcePath</c>).</summary>
    public IReadOnlyDictionary<string, MeetingSource> Sources { get; init; } = new Dictionary<string, MeetingSource>();
}

/// <summary>Reads <c>site.yml</c>, <c>topics.yml</c> and <c>moten/YYYY/*.md</c> from a content folder.</summary>
public static class ContentLoader
{
    /// <summary>The folder under the content root that holds the meetings.</summary>
    public const string MeetingsFolder = "moten";

    /// <summary>Loads the content; null when anything has an error (all errors reported).</summary>
    /// <param name="contentDirectory">The content folder.</param>
    /// <param name="diagnostics">Receives every problem found.</param>
    /// <param name="previous">
    /// Meeting files an earlier run read with the same settings and topics, by display path: a file whose
    /// size and time of last change are unchanged is taken from there instead of being read again.
    /// </param>
    public static ContentSet? Load(string contentDirectory, DiagnosticBag diagnostics, IReadOnlyDictionary<string, MeetingSource>? previous = null)
    {
        if (!Directory.Exists(contentDirectory))
        {
            diagnostics.Error(SourceLocation.StartOf(DisplayPath.For(contentDirectory)), "innehållsmappen finns inte");
            return null;
        }

        var site = SiteConfigLoader.Load(Path.Combine(contentDirectory, "site.yml"), diagnostics);
        var topics = TopicsLoader.Load(Path.Combine(contentDirectory, "topics.yml"), diagnostics);
        var sources = LoadMeetings(contentDirectory, topics, previous, diagnostics);
        var meetings = sources.Select(s => s.Meeting).ToList();
        meetings.Sort(ByDateThenSlug);

        return site is null || diagnostics.HasErrors
            ? null
            : new ContentSet(site, topics, meetings) { Sources = sources.ToDictionary(s => s.Path, StringComparer.Ordinal) };
    }

    // Oldest first, then by slug, then by file (as a stable sort of the sources, which are in path order, would).
    // A comparison rather than LINQ's OrderBy by the date: ReadyToRun cannot compile the framework's sorting code
    // for a DateOnly key ahead of time, so it was compiled at run time on every build.
    private static int ByDateThenSlug(Meeting a, Meeting b) =>
        a.Date != b.Date ? a.Date.CompareTo(b.Date)
        : string.CompareOrdinal(a.Slug, b.Slug) is var bySlug and not 0 ? bySlug
        : string.CompareOrdinal(a.SourcePath, b.SourcePath);

    /// <summary>The meeting files under <c>moten/</c>, in a stable order.</summary>
    public static IReadOnlyList<string> MeetingFiles(string contentDirectory) => [.. MeetingFileStamps(contentDirectory).Select(f => f.Path)];

    /// <summary>
    /// The meeting of <paramref name="source"/> with its text, read again from its file when the source left
    /// the text out. Problems reading it again were reported when it was first read, so they are not again.
    /// </summary>
    public static Meeting ReadAgain(MeetingSource source, MeetingParser parser)
    {
        if (!source.BodyOmitted)
        {
            return source.Meeting;
        }

        var ignored = new DiagnosticBag();
        var text = SourceText.Read(source.Path, source.Path, ignored);
        var folder = Path.GetFileName(Path.GetDirectoryName(source.Path)) ?? "";
        var meeting = text is null ? null : parser.Parse(Path.GetFileName(source.Path), folder, text, source.Path, ignored);

        // The file changed after it was stamped: the next build sees a new stamp and reads it in full.
        return meeting ?? source.Meeting;
    }

    // The meeting files with their display paths and stamps, from one walk of the folder: a large archive has
    // ten thousand files, and an incremental build reads almost none of them. The stamp is taken before the
    // file is read: a file saved while it is read then looks changed next time.
    private static List<MeetingFile> MeetingFileStamps(string contentDirectory)
    {
        var root = Path.GetFullPath(Path.Combine(contentDirectory, MeetingsFolder));
        if (!Directory.Exists(root))
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
                return new MeetingFile(path, display, new FileStamp(entry.Length, entry.LastWriteTimeUtc.UtcTicks));
            },
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
        };
        return entries.OrderBy(e => e.Path, StringComparer.Ordinal).ToList();
    }

    // A class, not a tuple: the framework's enumeration, sorting and list code is then the shared code
    // ReadyToRun compiled ahead of time for reference types, not compiled at run time for a value type.
    private sealed record MeetingFile(string Path, string Display, FileStamp Stamp);

    private static List<MeetingSource> LoadMeetings(
        string contentDirectory,
        IReadOnlyList<TopicDefinition> topics,
        IReadOnlyDictionary<string, MeetingSource>? previous,
        DiagnosticBag diagnostics)
    {
        var parser = new MeetingParser(topics.Select(t => t.Slug).ToHashSet(StringComparer.Ordinal));
        var files = MeetingFileStamps(contentDirectory);
        var results = new MeetingSource?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var (path, display, stamp) = files[i];
            if (!path.EndsWith(".md", StringComparison.Ordinal))
            {
                diagnostics.Warning(SourceLocation.StartOf(display), "filen är inte en .md-fil och publiceras inte");
                return;
            }

            var readAt = DateTime.UtcNow.Ticks;
            var known = previous?.GetValueOrDefault(display);
            if (known is not null && known.Unchanged(stamp))
            {
                diagnostics.AddRange(known.Diagnostics);
                results[i] = known;
                return;
            }

            var own = new DiagnosticBag();
            var text = SourceText.Read(path, display, own);
            if (text is not null)
            {
                var hash = MeetingSource.HashOf(display, text);
                if (known is not null && known.Hash == hash)
                {
                    own.AddRange(known.Diagnostics);
                    results[i] = known with { Stamp = stamp, ReadAtTicks = readAt };
                }
                else
                {
                    var folder = Path.GetFileName(Path.GetDirectoryName(path)) ?? "";
                    var meeting = parser.Parse(Path.GetFileName(path), folder, text, display, own);
                    results[i] = meeting is null ? null : new MeetingSource(display, stamp, readAt, hash, meeting, own.Sorted());
                }
            }

            diagnostics.AddRange(own.Sorted());
        });

        return results.OfType<MeetingSource>().ToList();
    }
}
