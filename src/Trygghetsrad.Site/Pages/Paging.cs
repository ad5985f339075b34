using Trygghetsrad.Site.Rendering;

namespace Trygghetsrad.Site.Pages;

/// <summary>
/// How every paged list cuts its entries into pages and names them, so the year, topic, question and follow-up
/// lists count, slice and title their pages alike.
/// </summary>
internal static class Paging
{
    /// <summary>How many pages <paramref name="entries"/> entries fill, <paramref name="size"/> a page; an empty list still has one.</summary>
    public static int Count(int entries, int size) => Math.Max(1, (entries + size - 1) / size);

    /// <summary>The entries on page <paramref name="number"/> (from 1).</summary>
    public static IEnumerable<T> On<T>(IEnumerable<T> entries, int number, int size) => entries.Skip((number - 1) * size).Take(size);

    /// <summary>
    /// The dates page <paramref name="number"/> of <paramref name="newestFirst"/> spans, as the lists label their pages;
    /// null when the page has no entries.
    /// </summary>
    public static DateRangeView? Range<T>(IReadOnlyList<T> newestFirst, int number, int size, Func<T, DateOnly> date)
    {
        var first = (number - 1) * size;
        var last = Math.Min(newestFirst.Count, first + size) - 1;
        return first > last ? null : DateRangeView.Of(date(newestFirst[last]), date(newestFirst[first]));
    }

    /// <summary>A page's title: the list's heading on its first page, "heading, sida N av M" on the others.</summary>
    public static string Title(string heading, int number, int total) => number == 1 ? heading : $"{heading}, sida {number} av {total}";
}
