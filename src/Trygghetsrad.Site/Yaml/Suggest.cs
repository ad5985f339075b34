namespace Trygghetsrad.Site.Yaml;

/// <summary>Finds the likeliest intended word for an editor's typo.</summary>
public static class Suggest
{
    /// <summary>The candidate within edit distance 2 (or a third of the length) of <paramref name="word"/>, if any.</summary>
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(word.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return bestDistance <= Math.Max(2, word.Length / 3) ? best : null;
    }

    /// <summary>
    /// The message for a word that is not one of <paramref name="candidates"/>: "<paramref name="problem"/> – menade du
    /// 'x'? <paramref name="choices"/>: a, b, c" when one is close (<see cref="Closest"/>), else
    /// "<paramref name="problem"/> – <paramref name="choices"/>: a, b, c".
    /// </summary>
    /// <param name="problem">What is wrong, e.g. "okänt ämne 'trafik'".</param>
    /// <param name="word">The word written.</param>
    /// <param name="candidates">The words allowed, listed in this order.</param>
    /// <param name="choices">What introduces the list, in lower case, e.g. "ämnen finns i topics.yml".</param>
    public static string Unknown(string problem, string word, IReadOnlyCollection<string> candidates, string choices)
    {
        var list = $"{choices}: {string.Join(", ", candidates)}";
        return Closest(word, candidates) is { } suggestion
            ? $"{problem} – menade du '{suggestion}'? {char.ToUpperInvariant(list[0])}{list[1..]}"
            : $"{problem} – {list}";
    }

    /// <summary>Levenshtein distance.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
