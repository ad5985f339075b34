using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Yaml;

namespace Trygghetsrad.Site.Checks;

/// <summary>Reads a meeting file's front matter fields with their positions, for checks that point at a field's line.</summary>
internal static class FrontMatterFields
{
    /// <summary>The front matter's entries by key; null when it cannot be read (the loader reports why).</summary>
    public static IReadOnlyDictionary<string, YamlEntry>? Map(string text, string displayPath)
    {
        var scratch = new DiagnosticBag();
        var split = FrontMatter.Split(text, displayPath, scratch);
        var reader = new YamlFieldReader(displayPath, FrontMatter.YamlLineOffset, scratch);
        var root = split is null ? null : reader.Load(split.Yaml);
        return root is null ? null : reader.Mapping(root, "mötets fält", MeetingKeys.Names);
    }

    /// <summary>The entries of <c>topics:</c> with where each stands.</summary>
    public static IReadOnlyList<(string Slug, SourceLocation Location)> ListedTopics(string text, string displayPath)
    {
        var map = Map(text, displayPath);
        if (map is null)
        {
            return [];
        }

        var reader = new YamlFieldReader(displayPath, FrontMatter.YamlLineOffset, new DiagnosticBag());
        return (reader.TextList(map, "topics") ?? []).Select(t => (t.Value, reader.At(t.Node))).ToList();
    }
}
