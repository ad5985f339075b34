using System.Collections.Concurrent;

namespace Trygghetsrad.Site.Search;

/// <summary>
/// Numbers the terms of encoded meetings (<see cref="MeetingTerms.Encode"/>) so that each term is kept once
/// however many meetings have it. Append-only; numbering is thread-safe, reading a number back needs no lock.
/// </summary>
public sealed class TermTable
{
    private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Lock _adding = new();
    private string[] _terms;
    private int _count;

    /// <summary>An empty table.</summary>
    public TermTable()
        : this([])
    {
    }

    /// <summary>A table holding <paramref name="terms"/>, numbered from 0 in that order.</summary>
    public TermTable(IReadOnlyList<string> terms)
    {
        _terms = new string[Math.Max(1024, terms.Count)];
        foreach (var term in terms)
        {
            _ids[term] = _count;
            _terms[_count++] = term;
        }
    }

    /// <summary>How many terms the table holds.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The term numbered <paramref name="id"/>.</summary>
    public string this[int id] => id < Count ? Volatile.Read(ref _terms)[id] : throw new ArgumentOutOfRangeException(nameof(id));

    /// <summary>Every term, in number order.</summary>
    public IEnumerable<string> Terms => Volatile.Read(ref _terms).Take(Count);

    /// <summary>The number of <paramref name="term"/>, if the table has it.</summary>
    public bool TryGetId(string term, out int id) => _ids.TryGetValue(term, out id);

    /// <summary>The number of <paramref name="term"/>, adding it when new.</summary>
    public int IdOf(string term)
    {
        if (_ids.TryGetValue(term, out var id))
        {
            return id;
        }

        lock (_adding)
        {
            if (_ids.TryGetValue(term, out id))
            {
                return id;
            }

            if (_count == _terms.Length)
            {
                var larger = new string[_terms.Length * 2];
                Array.Copy(_terms, larger, _count);
                Volatile.Write(ref _terms, larger);
            }

            id = _count;
            _terms[id] = term;

            // The term is in the array before its number is handed out or counted.
            Volatile.Write(ref _count, id + 1);
            _ids[term] = id;
            return id;
        }
    }
}
