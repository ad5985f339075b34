namespace Trygghetsrad.Site.Search;

/// <summary>
/// Which of the ways the archive writes a term search shows when it suggests the word: the shortest, which
/// is most often the base form (klotter rather than klottret, skola rather than skolorna), then the first
/// in ordinal order ignoring case, then in ordinal order, so that the choice never depends on the order
/// meetings are read in.
/// </summary>
public static class WrittenForm
{
    /// <summary>True when <paramref name="candidate"/> is to be shown rather than <paramref name="current"/> (null: none yet).</summary>
    public static bool Better(string candidate, string? current)
    {
        if (current is null)
        {
            return true;
        }

        if (candidate.Length != current.Length)
        {
            return candidate.Length < current.Length;
        }

        var ignoringCase = string.Compare(candidate, current, StringComparison.OrdinalIgnoreCase);
        return ignoringCase != 0 ? ignoringCase < 0 : string.CompareOrdinal(candidate, current) < 0;
    }

    /// <summary>The form as search shows it: in lower case, as a query is typed.</summary>
    public static string Shown(string form) => form.ToLowerInvariant();
}
