using Trygghetsrad.Site.Config;
using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Text;

namespace Trygghetsrad.Site.Topics;

/// <summary>
/// Finds where each topic comes up in a meeting: a passage mentions a topic when one of the topic's
/// match phrases occurs in it word by word, each word matching by its analysed key or as a compound part
/// (the same analyser the search index uses). Built once per build; thread-safe.
/// </summary>
public sealed class TopicMatcher
{
    private readonly IReadOnlyList<(TopicDefinition Topic, IReadOnlyList<string[]> Phrases)> _topics;
    private readonly SwedishAnalyzer _analyzer;

    /// <summary>Prepares the topics' phrases with <paramref name="analyzer"/>.</summary>
    public TopicMatcher(IReadOnlyList<TopicDefinition> topics, SwedishAnalyzer analyzer)
    {
        _analyzer = analyzer;
        _topics = topics
            .Select(t => (t, (IReadOnlyList<string[]>)t.Match
                .Select(phrase => SwedishAnalyzer.Tokenize(phrase).Select(token => analyzer.Key(token.Word)).ToArray())
                .Where(keys => keys.Length > 0)
                .ToList()))
            .ToList();
    }

    /// <summary>The topics <paramref name="meeting"/> touches, in topics.yml order.</summary>
    public IReadOnlyList<TopicHit> Match(Meeting meeting, MeetingBody body)
    {
        var hits = new List<TopicHit>();
        var tokenized = body.Sections
            .Select(section => (
                Section: section,
                HeadingTokens: SwedishAnalyzer.Tokenize(section.Heading),
                Passages: section.Passages.Select(p => (Passage: p, Tokens: SwedishAnalyzer.Tokenize(p.Text))).ToList()))
            .ToList();

        foreach (var (topic, phrases) in _topics)
        {
            var mentions = new List<TopicMention>();
            foreach (var (section, headingTokens, passages) in tokenized)
            {
                var sectionMentions = new List<TopicMention>();
                foreach (var (passage, tokens) in passages)
                {
                    var marks = FindAll(tokens, phrases);
                    if (marks.Count > 0)
                    {
                        sectionMentions.Add(new TopicMention(section.Id, section.Heading, passage.Text, marks));
                    }
                }

                // A heading naming the topic makes the whole item relevant even if its paragraphs use other words.
                if (sectionMentions.Count == 0 && FindAll(headingTokens, phrases).Count > 0 && passages.Count > 0)
                {
                    sectionMentions.Add(new TopicMention(section.Id, section.Heading, passages[0].Passage.Text, []));
                }

                mentions.AddRange(sectionMentions);
            }

            var listed = meeting.ListedTopics.Contains(topic.Slug);
            if (mentions.Count > 0 || listed)
            {
                hits.Add(new TopicHit(topic, mentions, listed));
            }
        }

        return hits;
    }

    /// <summary>True when <paramref name="text"/> mentions one of the topic's phrases.</summary>
    public bool Mentions(TopicDefinition topic, string text)
    {
        var phrases = _topics.First(t => t.Topic.Slug == topic.Slug).Phrases;
        return FindAll(SwedishAnalyzer.Tokenize(text), phrases).Count > 0;
    }

    private List<TextRange> FindAll(List<Token> tokens, IReadOnlyList<string[]> phrases)
    {
        var marks = new List<TextRange>();
        var i = 0;
        while (i < tokens.Count)
        {
            var matched = 0;
            foreach (var phrase in phrases)
            {
                if (phrase.Length > matched && MatchesAt(tokens, i, phrase))
                {
                    matched = phrase.Length;
                }
            }

            if (matched == 0)
            {
                i++;
                continue;
            }

            var first = tokens[i];
            var last = tokens[i + matched - 1];
            marks.Add(new TextRange(first.Start, last.Start + last.Length - first.Start));
            i += matched;
        }

        return marks;
    }

    private bool MatchesAt(List<Token> tokens, int start, string[] phrase)
    {
        if (start + phrase.Length > tokens.Count)
        {
            return false;
        }

        for (var j = 0; j < phrase.Length; j++)
        {
            if (!_analyzer.Terms(tokens[start + j].Word).Contains(phrase[j]))
            {
                return false;
            }
        }

        return true;
    }
}
