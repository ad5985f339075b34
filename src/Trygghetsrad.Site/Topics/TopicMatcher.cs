using System.Collections.Frozen;
using System.Collections.Immutable;
using Trygghetsrad.Site.Config;
using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Text;

namespace Trygghetsrad.Site.Topics;

/// <summary>
/// Finds where each topic comes up in a meeting: a passage mentions a topic when one of the topic's
/// match phrases or synonyms occurs in it word by word, each word matching by its analysed key or as a compound part
/// (the same analyser the search index uses). Built once per build; thread-safe.
/// </summary>
public sealed class TopicMatcher
{
    private readonly IReadOnlyList<TopicDefinition> _topics;
    private readonly SwedishAnalyzer _analyzer;

    // Every topic's phrases by the key of their first word, so a word is looked up once for all topics
    // instead of once per phrase: the matcher runs over every passage of every meeting.
    private readonly FrozenDictionary<string, TopicPhrase[]> _phrasesByFirstKey;

    /// <summary>Prepares the topics' phrases with <paramref name="analyzer"/>.</summary>
    public TopicMatcher(IReadOnlyList<TopicDefinition> topics, SwedishAnalyzer analyzer)
    {
        _analyzer = analyzer;
        _topics = topics;
        var byFirstKey = new Dictionary<string, List<TopicPhrase>>(StringComparer.Ordinal);
        for (var t = 0; t < topics.Count; t++)
        {
            foreach (var phrase in topics[t].Phrases)
            {
                var keys = SwedishAnalyzer.Words(phrase).Select(analyzer.Key).ToArray();
                if (keys.Length == 0)
                {
                    continue;
                }

                if (!byFirstKey.TryGetValue(keys[0], out var list))
                {
                    list = [];
                    byFirstKey[keys[0]] = list;
                }

                list.Add(new TopicPhrase(t, keys));
            }
        }

        _phrasesByFirstKey = byFirstKey.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The topics <paramref name="meeting"/> touches, in topics.yml order.</summary>
    public IReadOnlyList<TopicHit> Match(Meeting meeting, MeetingBody body) =>
        StageFailure.Run("hitta ämnena", meeting.SourcePath, () => MatchCore(meeting, body));

    private List<TopicHit> MatchCore(Meeting meeting, MeetingBody body)
    {
        var mentions = new List<TopicMention>?[_topics.Count];
        var marks = new List<TextRange>?[_topics.Count];
        var scratch = new Scratch(_topics.Count);
        foreach (var section in body.Sections)
        {
            var mentioned = new bool[_topics.Count];
            foreach (var passage in section.Passages)
            {
                Array.Clear(marks);
                FindAll(passage.Text, marks, scratch);
                for (var t = 0; t < _topics.Count; t++)
                {
                    if (marks[t] is { } found)
                    {
                        (mentions[t] ??= []).Add(new TopicMention(section.Id, section.Heading, passage.Text, found));
                        mentioned[t] = true;
                    }
                }
            }

            if (section.Passages.Count == 0)
            {
                continue;
            }

            // A heading naming the topic makes the whole item relevant even if its paragraphs use other words.
            Array.Clear(marks);
            FindAll(section.Heading, marks, scratch);
            for (var t = 0; t < _topics.Count; t++)
            {
                if (!mentioned[t] && marks[t] is not null)
                {
                    (mentions[t] ??= []).Add(new TopicMention(section.Id, section.Heading, section.Passages[0].Text, []));
                }
            }
        }

        var hits = new List<TopicHit>();
        for (var t = 0; t < _topics.Count; t++)
        {
            var listed = meeting.ListedTopics.Contains(_topics[t].Slug);
            if (mentions[t] is not null || listed)
            {
                hits.Add(new TopicHit(_topics[t], (IReadOnlyList<TopicMention>?)mentions[t] ?? [], listed));
            }
        }

        return hits;
    }

    /// <summary>True when <paramref name="text"/> mentions one of the topic's phrases.</summary>
    public bool Mentions(TopicDefinition topic, string text)
    {
        var marks = new List<TextRange>?[_topics.Count];
        FindAll(text, marks, new Scratch(_topics.Count));
        for (var t = 0; t < _topics.Count; t++)
        {
            if (_topics[t].Slug == topic.Slug)
            {
                return marks[t] is not null;
            }
        }

        return false;
    }

    // Marks, per topic, the longest phrase starting at each word, then goes on after it (so matches of one
    // topic never overlap); topics are independent of each other.
    private void FindAll(string text, List<TextRange>?[] marks, Scratch scratch)
    {
        var words = _analyzer.Analyse(text);
        if (words.Count == 0)
        {
            return;
        }

        var next = scratch.Next;
        var longest = scratch.Longest;
        Array.Clear(next);
        for (var i = 0; i < words.Count; i++)
        {
            Array.Clear(longest);
            var wordTerms = words.Terms(i);
            for (var k = 0; k < wordTerms.Length; k++)
            {
                if (!_phrasesByFirstKey.TryGetValue(wordTerms[k], out var candidates))
                {
                    continue;
                }

                foreach (var (topic, phrase) in candidates)
                {
                    if (i >= next[topic] && phrase.Length > longest[topic] && MatchesAt(words, i, phrase))
                    {
                        longest[topic] = phrase.Length;
                    }
                }
            }

            for (var t = 0; t < longest.Length; t++)
            {
                if (longest[t] > 0)
                {
                    var first = words.Span(i);
                    var last = words.Span(i + longest[t] - 1);
                    (marks[t] ??= []).Add(new TextRange(first.Start, last.Start + last.Length - first.Start));
                    next[t] = i + longest[t];
                }
            }
        }
    }

    private static bool MatchesAt(AnalysedText words, int start, string[] phrase)
    {
        if (start + phrase.Length > words.Count)
        {
            return false;
        }

        for (var j = 1; j < phrase.Length; j++)
        {
            if (!Contains(words.Terms(start + j), phrase[j]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Contains(ImmutableArray<string> terms, string key)
    {
        for (var i = 0; i < terms.Length; i++)
        {
            if (string.Equals(terms[i], key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // A topic's phrase as the keys of its words.
    private sealed record TopicPhrase(int Topic, string[] Keys);

    // Where each topic's matching stands in a passage, reused for every passage of a meeting.
    private sealed class Scratch(int topics)
    {
        public int[] Next { get; } = new int[topics];

        public int[] Longest { get; } = new int[topics];
    }
}
