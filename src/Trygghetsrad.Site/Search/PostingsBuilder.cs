using System.Text;

namespace Trygghetsrad.Site.Search;

/// <summary>
/// One term's postings as the index writes them: meetings in ascending order, comma-separated; each entry
/// is the distance to the previous meeting index (the first counts from -1) in base 36, then
/// ":s.s.s" with the section numbers in base 36 unless the only section is 0, then "*w" with the weight
/// in base 36 unless it is 1. Example: "1,3:2.5*4". Appending must happen in meeting order.
/// It also keeps the best entries (highest weight, then newest) and the newest ones, so that a long list
/// can be shipped with a short "top" list that answers a first query without fetching the whole list.
/// </summary>
public sealed class PostingsBuilder
{
    /// <summary>Entries kept in the top list for their weight.</summary>
    public const int TopByWeight = 50;

    /// <summary>Entries kept in the top list for being newest.</summary>
    public const int TopNewest = 20;

    // Shared by every builder and never written to: [] for section 0, [s] for each section s after it.
    private static readonly int[][] SingleSections = [[], .. Enumerable.Range(1, 63).Select(s => new[] { s })];

    private readonly StringBuilder _text = new();
    private readonly PriorityQueue<Entry, (int Weight, int Meeting)> _best = new();
    private readonly Queue<Entry> _newest = new();
    private int _last = -1;

    /// <summary>How many meetings have the term.</summary>
    public int MeetingCount { get; private set; }

    /// <summary>How many sections have the term.</summary>
    public int SectionCount { get; private set; }

    /// <summary>Adds a meeting; <paramref name="sections"/> ascending, <paramref name="weight"/> at least 1.</summary>
    public void Add(int meeting, ReadOnlySpan<int> sections, int weight)
    {
        if (meeting <= _last)
        {
            throw new InvalidOperationException($"Postings must be added in meeting order: {meeting} after {_last}.");
        }

        if (_text.Length > 0)
        {
            _text.Append(',');
        }

        // Most entries are for one section, and every term's top lists are kept to the end of the build: those
        // entries share one array per section (section 0 alone, which the format leaves out, an empty one).
        var entry = new Entry(meeting, sections.Length == 1 && sections[0] < SingleSections.Length ? SingleSections[sections[0]] : [.. sections], weight);
        Append(_text, entry, meeting - _last);
        _last = meeting;
        MeetingCount++;
        SectionCount += sections.Length;

        // The priority queue's minimum is the weakest kept entry: lowest weight, then oldest. Once it is
        // full, EnqueueDequeue leaves it untouched for the many entries weaker than all it keeps.
        if (_best.Count < TopByWeight)
        {
            _best.Enqueue(entry, (weight, meeting));
        }
        else
        {
            _best.EnqueueDequeue(entry, (weight, meeting));
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
        if (sections.Length > 0)
        {
            text.Append(':');
            for (var i = 0; i < sections.Length; i++)
            {
                if (i > 0)
                {
                    text.Append('.');
                }

                IndexLayout.AppendBase36(text, sections[i]);
            }
        }

        if (entry.Weight > 1)
        {
            text.Append('*');
            IndexLayout.AppendBase36(text, entry.Weight);
        }
    }

    // A value, not an object: one is made for every term of every meeting, and most are dropped at once.
    private readonly record struct Entry(int Meeting, int[] Sections, int Weight);
}
