using Trygghetsrad.Site.Config;
using Trygghetsrad.Site.Diagnostics;

namespace Trygghetsrad.Site.Content;

/// <summary>Everything read from <c>content/</c>: settings, topics and meetings (drafts included; later stages leave them out).</summary>
/// <param name="Site">The site's settings.</param>
/// <param name="Topics">The topics in the file's order.</param>
/// <param name="Meetings">All meetings, oldest first, then by slug.</param>
public sealed record ContentSet(SiteConfig Site, IReadOnlyList<TopicDefinition> Topics, IReadOnlyList<Meeting> Meetings);

/// <summary>Reads <c>site.yml</c>, <c>topics.yml</c> and <c>moten/YYYY/*.md</c> from a content folder.</summary>
public static class ContentLoader
{
    /// <summary>The folder under the content root that holds the meetings.</summary>
    public const string MeetingsFolder = "moten";

    /// <summary>Loads the content; null when anything has an error (all errors reported).</summary>
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

        return site is null || diagnostics.HasErrors ? null : new ContentSet(site, topics, meetings);
    }

    /// <summary>The meeting files under <c>moten/</c>, in a stable order.</summary>
    public static IReadOnlyList<string> MeetingFiles(string contentDirectory)
    {
        var root = Path.Combine(contentDirectory, MeetingsFolder);
        return Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
            : [];
    }

    private static List<Meeting> LoadMeetings(string contentDirectory, IReadOnlyList<TopicDefinition> topics, DiagnosticBag diagnostics)
    {
        var parser = new MeetingParser(topics.Select(t => t.Slug).ToHashSet(StringComparer.Ordinal));
        var files = MeetingFiles(contentDirectory);
        var results = new Meeting?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var path = files[i];
            var display = DisplayPath.For(path);
            if (!path.EndsWith(".md", StringComparison.Ordinal))
            {
                diagnostics.Warning(SourceLocation.StartOf(display), "filen är inte en .md-fil och publiceras inte");
                return;
            }

            var text = SourceText.Read(path, display, diagnostics);
            if (text is not null)
            {
                var folder = Path.GetFileName(Path.GetDirectoryName(path)) ?? "";
                results[i] = parser.Parse(Path.GetFileName(path), folder, text, display, diagnostics);
            }
        });

        return results.OfType<Meeting>().OrderBy(m => m.Date).ThenBy(m => m.Slug, StringComparer.Ordinal).ToList();
    }
}
