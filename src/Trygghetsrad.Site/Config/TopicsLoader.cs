using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Text;
using Trygghetsrad.Site.Yaml;

namespace Trygghetsrad.Site.Config;

/// <summary>
/// Reads and checks <c>topics.yml</c>: a list of topics with unique, well-formed slugs, and synonyms that
/// each lead to one topic only.
/// </summary>
public static class TopicsLoader
{
    private static readonly string[] Keys = ["slug", "name", "description", "match", "synonyms"];

    /// <summary>Loads the topics in file order; problems go to <paramref name="diagnostics"/>.</summary>
    public static IReadOnlyList<TopicDefinition> Load(string path, DiagnosticBag diagnostics)
    {
        var display = DisplayPath.For(path);
        return StageFailure.Run("läsa ämnena", display, () => Load(path, display, diagnostics));
    }

    private static IReadOnlyList<TopicDefinition> Load(string path, string display, DiagnosticBag diagnostics)
    {
        var text = SourceText.Read(path, display, diagnostics);
        if (text is null)
        {
            return [];
        }

        var reader = new YamlFieldReader(display, 0, diagnostics);
        var root = reader.Load(text);
        if (root is null)
        {
            return [];
        }

        if (root is not YamlSequenceNode list)
        {
            diagnostics.Error(reader.At(root), "topics.yml ska vara en lista av ämnen (rader som börjar med '- slug:')");
            return [];
        }

        var topics = new List<TopicDefinition>();
        var synonyms = new List<IReadOnlyList<(string Value, YamlNode Node)>>();
        var seen = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var item in list.Children)
        {
            var map = reader.Mapping(item, "ämnet", Keys);
            var slug = reader.RequiredText(map, "slug", item, "varje ämne behöver en slug, till exempel klotter");
            var name = reader.RequiredText(map, "name", item, "varje ämne behöver ett namn");
            var description = reader.RequiredText(map, "description", item, "beskriv ämnet för invånarna");
            var match = reader.TextList(map, "match");
            var topicSynonyms = reader.TextList(map, "synonyms") ?? [];
            if (match is null || match.Count == 0)
            {
                diagnostics.Error(reader.At(item), "'match' saknas – ange minst ett ord som hittar ämnet i anteckningarna");
            }

            if (slug is not null && !Slug.IsSlug(slug))
            {
                diagnostics.Error(reader.At(map["slug"].Value), $"sluggen '{slug}' får bara ha a–z, 0–9 och bindestreck (förslag: '{Slug.From(slug)}')");
                slug = null;
            }

            if (slug is not null && !seen.TryAdd(slug, item))
            {
                diagnostics.Error(reader.At(map["slug"].Value), $"ämnet '{slug}' finns redan (rad {reader.At(seen[slug]).Line})");
                slug = null;
            }

            if (slug is not null && name is not null && description is not null && match is { Count: > 0 })
            {
                topics.Add(new TopicDefinition(slug, name, description, match.Select(m => m.Value).ToList()));
                synonyms.Add(topicSynonyms);
            }
        }

        return TopicSynonyms.Check(topics, synonyms, reader);
    }
}
