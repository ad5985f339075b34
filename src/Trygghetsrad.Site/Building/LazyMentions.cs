using System.Collections;
using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Topics;

namespace Trygghetsrad.Site.Building;

/// <summary>
/// The passages of a topic hit as a build cache keeps them, with their hash. Read from a cache file, they are
/// decoded only when a topic page that quotes them is rendered again: a large archive's cache is mostly
/// passages, and an edit re-renders few topic pages. <see cref="Hash"/> stands in for them in the topic pages'
/// fingerprints (computed once, not on every build of <c>serve</c>), and the next cache file copies them from
/// this one's bytes (with the rest of the meeting's record). Thread-safe.
/// </summary>
internal sealed class LazyMentions : IReadOnlyList<TopicMention>
{
    // The cache record they are in and where they start in it (null for passages made by this build).
    private readonly CacheTable? _record;
    private readonly int _start;
    private TopicMention[]? _items;

    private LazyMentions(CacheTable? record, int start, int count, Hash128 hash, TopicMention[]? items = null)
    {
        _record = record;
        _start = start;
        Count = count;
        Hash = hash;
        _items = items;
    }

    /// <summary>The passages' hash (<see cref="Of"/> of the passages when they were written).</summary>
    public Hash128 Hash { get; }

    /// <inheritdoc/>
    public int Count { get; }

    /// <inheritdoc/>
    public TopicMention this[int index] => Items[index];

    private TopicMention[] Items => LazyInitializer.EnsureInitialized(ref _items, () => Read(CacheReader.Of(_record!, _start), Count));

    /// <summary><paramref name="mentions"/> with their hash, computed once, for a build cache to keep.</summary>
    public static LazyMentions Hashed(IReadOnlyList<TopicMention> mentions) =>
        mentions as LazyMentions ?? new LazyMentions(null, 0, mentions.Count, Of(mentions), [.. mentions]);

    /// <summary>The hash of <paramref name="mentions"/>: every value a topic page shows of them.</summary>
    public static Hash128 Of(IReadOnlyList<TopicMention> mentions)
    {
        if (mentions is LazyMentions lazy)
        {
            return lazy.Hash;
        }

        var fingerprint = new Fingerprint("mentions").Add(mentions.Count);
        foreach (var mention in mentions)
        {
            fingerprint.Add(mention.SectionId).Add(mention.SectionHeading).Add(mention.Text).Add(mention.Marks.Count);
            foreach (var mark in mention.Marks)
            {
                fingerprint.Add(mark.Start).Add(mark.Length);
            }
        }

        return fingerprint.Value;
    }

    /// <summary>
    /// Writes <paramref name="mentions"/> into a meeting's record. (Passages of an unchanged meeting are not written
    /// here: its whole record is copied.)
    /// </summary>
    public static void Write(CacheWriter writer, IReadOnlyList<TopicMention> mentions)
    {
        writer.Hash(Of(mentions));
        writer.List(mentions, mention =>
        {
            writer.String(mention.SectionId);
            writer.String(mention.SectionHeading);
            writer.String(mention.Text);
            writer.List(mention.Marks, r =>
            {
                writer.Int(r.Start);
                writer.Int(r.Length);
            });
        });
    }

    /// <summary>Passages written by <see cref="Write"/>, to be read when first needed; <paramref name="reader"/> moves past them.</summary>
    public static LazyMentions Skip(CacheReader reader)
    {
        var hash = reader.Hash();
        var count = reader.Int();
        var start = reader.Position;
        for (var i = 0; i < count; i++)
        {
            reader.StringId();
            reader.StringId();
            reader.StringId();
            var marks = reader.Int();
            for (var m = 0; m < 2 * marks; m++)
            {
                reader.Int();
            }
        }

        return new LazyMentions(reader.Table, start, count, hash);
    }

    /// <inheritdoc/>
    public IEnumerator<TopicMention> GetEnumerator() => ((IEnumerable<TopicMention>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static TopicMention[] Read(CacheReader reader, int count)
    {
        var items = new TopicMention[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = new TopicMention(reader.String(), reader.String(), reader.String(), reader.List(() => new TextRange(reader.Int(), reader.Int())));
        }

        return items;
    }
}
