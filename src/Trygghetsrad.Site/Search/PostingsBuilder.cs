using System.Text;

namespace Trygghetsrad.Site.Search;

/// <summary>
/// One term's postings as the index writes them: meetings in ascending order, comma-separated; each entry
/// is the distance to the previous meeting index (the first counts from -1) in base 36, then
/// ":s.s.s" with the section numbers in base 36 unless the only section is 0, then "*w" with the weight
/// in base 36 unless it is 1. Example: "1,3:2.5*4". Appending must happen in meeting order.
/// </summary>
public sealed class PostingsBuilder
{
    private readonly StringBuilder _text = new();
    private int _last = -1;

    /// <summary>How many meetings have the term.</summary>
    public int MeetingCount { get; private set; }

    /// <summary>Adds a meeting; <paramref name="sections"/> ascending, <paramref name="weight"/> at least 1.</summary>
    public void Add(int meeting, IReadOnlyList<int> sections, int weight)
    {
        if (meeting <= _last)
        {
            throw new InvalidOperationException($"Postings must be added in meeting order: {meeting} after {_last}.");
        }

        if (_text.Length > 0)
        {
            _text.Append(',');
        }

        _text.Append(IndexLayout.Base36(meeting - _last));
        if (sections.Count != 1 || sections[0] != 0)
        {
            _text.Append(':');
            for (var i = 0; i < sections.Count; i++)
            {
                if (i > 0)
                {
                    _text.Append('.');
                }

                _text.Append(IndexLayout.Base36(sections[i]));
            }
        }

        if (weight > 1)
        {
            _text.Append('*').Append(IndexLayout.Base36(weight));
        }

        _last = meeting;
        MeetingCount++;
    }

    /// <inheritdoc />
    public override string ToString() => _text.ToString();
}
