using System.Text;

namespace Trygghetsrad.Site.Search;

/// <summary>
/// One term's postings as the index writes them: meetings in ascending order, comma-separated; each entry
/// is the distance to the previous meeting index (the first counts from -1) in base 36, then its sections
/// with the term's weight in each. A term only in section 0 writes nothing more, or "*w" when its weight
/// there is not 1; otherwise ":s.s.s" with each section number in base 36, followed by "*w" when its weight
/// is not 1. Weight 0 means the term stands there only inside compounds. Example: "1,3:2*4.5*0".
/// Appending must happen in meeting order.
/// It also keeps the best entries (highest weight, then newest) and the newest ones, so that a long list
/// can be shipped with a short "top" list that answers a first query without fetching the whole list.
/// </summary>
public sealed class PostingsBuilder
{
    /// <summary>Entries kept in the top list for their weight.</summary>
    public const int TopByWeight = 50;

    /// <summary>Entries kept in the top list for being newest.</summary>
    public const int TopNewest = 20;

    /// <summary>The highest weight written for a section (one base-36 digit); heavier ones are cut to it.</summary>
    public const int MaxWeight = 35;

    // Shared by every builder and never written to: [s] for each section s, and [w] for each weight w, so
    // the common entry of one section keeps no arrays of its own.
    private static readonly int[][] SingleSections = [.. Enumerable.Range(0, 64).Select(s => new[] { s })];
    private static readonly int[][] SingleWeights = [.. Enumerable.Range(0, MaxWeight + 1).Select(w => new[] { w })];

    private readonly StringBuilder _text = new();
    private readonly PriorityQueue<Entry, (int Weight, int Meeting)> _best = new();
    private readonly Queue<Entry> _newest = new();
    private int _last = -1;

    /// <summary>How many meetings have the term.</summary>
    public int MeetingCount { get; private set; }

    /// <summary>How many sections have the term.</summary>
    public int SectionCount { get; private set; }

    /// <summary>Adds a meeting: <paramref name="sections"/> ascending, <paramref name="weights"/> the weight in each (0 or more).</summary>
    public void Add(int meeting, ReadOnlySpan<int> sections, ReadOnlySpan<int> weights)
    {
        if (meeting <= _last)
        {
            throw new InvalidOperationException($"Postings must be added in meeting order: {meeting} after {_last}.");
        }

        if (_text.Length > 0)
        {
            _text.Append(',');
        }

        // Most entries are for one section: their arrays are shared. Top lists keep entries to the end of the build.
        var single = sections.Length == 1 && sections[0] < SingleSections.Length;
        var total = 0;
        int[] kept;
        if (single)
        {
            total = Math.Min(MaxWeight, weights[0]);
            kept = SingleWeights[total];
        }
        else
        {
            kept = new int[weights.Length];
            for (var i = 0; i < weights.Length; i++)
            {
                kept[i] = Math.Min(MaxWeight, weights[i]);
                total += kept[i];
            }
        }

        var entry = new Entry(meeting, single ? SingleSections[sections[0]] : [.. sections], kept);
        Append(_text, entry, meeting - _last);
        _last = meeting;
        MeetingCount++;
        SectionCount += sections.Length;

        // The priority queue's minimum is the weakest kept entry: lowest weight, then oldest. Once it is
        // full, EnqueueDequeue leaves it untouched for the many entries weaker than all it keeps.
        if (_best.Count < TopByWeight)
        {
            _best.Enqueue(entry, (total, meeting));
        }
        else
        {
            _best.EnqueueDequeue(entry, (total, meeting));
        }

        _newest.Enqueue(entry);
        if (_newest.Count > TopNewest)
        {
            _newest.Dequeue();
        }
    }

    /// <summary>The whole list.</summary>
    public override string ToString() => _text.ToString();

    /// <summary>The best-weighted and the newest entries, in the same format as the whole list.</summary>
    public string Top()
    {
        // An entry kept both for its weight and for being new is met twice once sorted.
        var entries = new List<Entry>(_newest);
        foreach (var (entry, _) in _best.UnorderedItems)
        {
            entries.Add(entry);
        }

        entries.Sort((a, b) => a.Meeting.CompareTo(b.Meeting));
        var text = new StringBuilder();
        var last = -1;
        foreach (var entry in entries)
        {
            if (entry.Meeting == last)
            {
                continue;
            }

            if (text.Length > 0)
            {
                text.Append(',');
            }

            Append(text, entry, entry.Meeting - last);
            last = entry.Meeting;
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, Entry entry, int delta)
    {
        IndexLayout.AppendBase36(text, delta);
        var sections = entry.Sections;
        if (sections is [0])
        {
            AppendWeight(text, entry.Weights[0]);
            return;
        }

        text.Append(':');
        for (var i = 0; i < sections.Length; i++)
        {
            if (i > 0)
            {
                text.Append('.');
            }

            IndexLayout.AppendBase36(text, sections[i]);
            AppendWeight(text, entry.Weights[i]);
        }
    }

    private static void AppendWeight(StringBuilder text, int weight)
    {
        if (weight != 1)
        {
            text.Append('*');
            IndexLayout.AppendBase36(text, weight);
        }
    }

    // A value, not an object: one is made for every term of every meeting, and most are dropped at once.
    private readonly record struct Entry(int Meeting, int[] Sections, int[] Weights);
}
