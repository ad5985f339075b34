using Trygghetsrad.Site.Text;
using Trygghetsrad.Site.Yaml;

namespace Trygghetsrad.Site.Config;

/// <summary>
/// Checks the topics' <c>synonyms</c>: a synonym leads a search and the topic matching to exactly one
/// topic, so it may be neither another topic's name or match word, nor a synonym of two topics, nor stand
/// twice. Words compare as the analyser sees them ("Taggar" and "tagg" are one synonym), because that is
/// how both the matching and the search tell them apart.
/// </summary>
internal static class TopicSynonyms
{
    /// <summary>
    /// The topics with their valid synonyms (<paramref name="synonyms"/>[i] belongs to <paramref name="topics"/>[i]);
    /// every rejected synonym is an error at its line.
    /// </summary>
    public static IReadOnlyList<TopicDefinition> Check(
        IReadOnlyList<TopicDefinition> topics,
        IReadOnlyList<IReadOnlyList<(string Value, YamlNode Node)>> synonyms,
        YamlFieldReader reader)
    {
        using var analyzer = new SwedishAnalyzer([]);
        string PhraseKey(string phrase) => string.Join(' ', SwedishAnalyzer.Words(phrase).Select(analyzer.Key));

        // What every topic's match words and name already stand for (a match word wins over a name).
        var taken = new Dictionary<string, (int Topic, bool IsMatch)>(StringComparer.Ordinal);
        for (var t = 0; t < topics.Count; t++)
        {
            foreach (var phrase in topics[t].Match)
            {
                taken.TryAdd(PhraseKey(phrase), (t, true));
            }
        }

        for (var t = 0; t < topics.Count; t++)
        {
            taken.TryAdd(PhraseKey(topics[t].Name), (t, false));
        }

        var claimed = new Dictionary<string, (int Topic, string Value, YamlNode Node)>(StringComparer.Ordinal);
        var result = new List<TopicDefinition>(topics.Count);
        for (var t = 0; t < topics.Count; t++)
        {
            var kept = new List<string>();
            foreach (var (value, node) in synonyms[t])
            {
                var key = PhraseKey(value);
                string? problem = null;
                if (key.Length == 0)
                {
                    problem = $"synonymen '{value}' har inga ord – skriv ett ord som invånarna använder";
                }
                else if (claimed.TryGetValue(key, out var earlier))
                {
                    problem = earlier.Topic == t
                        ? $"synonymen '{value}' står redan i ämnet (som '{earlier.Value}', rad {reader.At(earlier.Node).Line})"
                        : $"synonymen '{value}' hör redan till ämnet '{topics[earlier.Topic].Slug}' (rad {reader.At(earlier.Node).Line}) – en synonym får bara leda till ett ämne";
                }
                else if (taken.TryGetValue(key, out var owner))
                {
                    // The topic's own name is a fine synonym when its match words say something else.
                    problem = owner.Topic != t
                        ? $"synonymen '{value}' är {(owner.IsMatch ? "ett match-ord i" : "namnet på")} ämnet '{topics[owner.Topic].Slug}' – en synonym får bara leda till ett ämne"
                        : owner.IsMatch ? $"'{value}' står redan under match – en synonym är ett annat ord för ämnet än match-orden" : null;
                }

                if (problem is not null)
                {
                    reader.Diagnostics.Error(reader.At(node), problem);
                    continue;
                }

                claimed[key] = (t, value, node);
                kept.Add(value);
            }

            result.Add(topics[t] with { Synonyms = kept });
        }

        return result;
    }
}
