using System.Globalization;

namespace Trygghetsrad.Site.Search;

/// <summary>
/// Where each part of the index lives, relative to <c>/sok/index/</c>. search.js computes the same
/// names (shardOf, bucketOf), so changing a rule here means changing it there; the search tests run
/// the script against the index to keep them in step.
/// </summary>
public static class IndexLayout
{
    /// <summary>The index folder relative to the site root.</summary>
    public const string Root = "sok/index/";

    /// <summary>Postings longer than this go to their own file instead of the shard line.</summary>
    public const int InlineLimit = 96;

    /// <summary>The dictionary shard of a term: its first two characters, each outside [a-z0-9] as '_'.</summary>
    public static string ShardOf(string term)
    {
        Span<char> name = stackalloc char[Math.Min(2, term.Length)];
        for (var i = 0; i < name.Length; i++)
        {
            var c = term[i];
            name[i] = c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : '_';
        }

        return new string(name);
    }

    /// <summary>The bucket of a word pair (for phrases): FNV-1a over UTF-16 code units of "a b", modulo <paramref name="buckets"/>.</summary>
    public static int BucketOf(string first, string second, int buckets)
    {
        var hash = Fnv(Fnv(Fnv(2166136261u, first), " "), second);
        return (int)(hash % (uint)buckets);
    }

    private static uint Fnv(uint hash, string text)
    {
        foreach (var c in text)
        {
            hash ^= c;
            hash *= 16777619u;
        }

        return hash;
    }

    /// <summary>The file of a dictionary shard.</summary>
    public static string ShardPath(string shard) => $"{Root}t/{shard}.txt";

    /// <summary>How the archive writes the terms of a dictionary shard, for suggestions: "term\tword" lines.</summary>
    public static string FormsPath(string shard) => $"{Root}o/{shard}.txt";

    /// <summary>The file of a phrase bucket.</summary>
    public static string BucketPath(int bucket) => $"{Root}b/{Num(bucket)}.txt";

    /// <summary>The file of a long postings list, numbered within its shard or bucket file.</summary>
    public static string PostingsPath(string owner, int number) => $"{Root}p/{owner}-{Num(number)}.txt";

    /// <summary>The result data of one meeting: its URL, date, title and every section's anchor, heading and text.</summary>
    public static string MeetingDataPath(int meeting) => $"{Root}d/{Num(meeting / 100)}/{Num(meeting)}.json";

    /// <summary>The meetings that touch a topic.</summary>
    public static string TopicPath(string slug) => $"{Root}amne/{slug}.txt";

    /// <summary>The words of every topic's name, description, match words and synonyms, for suggestions.</summary>
    public const string TopicWordsPath = Root + "amnen.json";

    /// <summary>The manifest.</summary>
    public const string ManifestPath = Root + "manifest.json";

    /// <summary>A number in base 36, as the postings write them.</summary>
    public static string Base36(int value)
    {
        Span<char> digits = stackalloc char[8];
        return new string(Base36Digits(value, digits));
    }

    /// <summary>Appends <see cref="Base36(int)"/> of <paramref name="value"/> without making a string of it.</summary>
    public static void AppendBase36(System.Text.StringBuilder text, int value)
    {
        Span<char> digits = stackalloc char[8];
        text.Append(Base36Digits(value, digits));
    }

    private static ReadOnlySpan<char> Base36Digits(int value, Span<char> digits)
    {
        if (value == 0)
        {
            return "0";
        }

        var i = digits.Length;
        while (value > 0)
        {
            var d = value % 36;
            digits[--i] = (char)(d < 10 ? '0' + d : 'a' + d - 10);
            value /= 36;
        }

        return digits[i..];
    }

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);
}
