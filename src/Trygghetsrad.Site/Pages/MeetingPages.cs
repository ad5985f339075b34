using System.Globalization;
using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Rendering;

namespace Trygghetsrad.Site.Pages;

/// <summary>
/// A newest-first list of meetings cut into pages of a fixed number of meetings, each labelled with the dates it
/// spans, with an index of the years the list covers. A fixed number keeps every page short however the meetings
/// fall over the years; the year index takes a reader to any year in one step.
/// </summary>
/// <param name="newestFirst">The meetings, newest first.</param>
/// <param name="pageSize">Meetings per page.</param>
/// <param name="url">A page's URL by number, from 1.</param>
public sealed class MeetingPages(IReadOnlyList<PublishedMeeting> newestFirst, int pageSize, Func<int, string> url)
{
    /// <summary>How many pages; an empty list still has one.</summary>
    public int Total => Paging.Count(newestFirst.Count, pageSize);

    /// <summary>The meetings on page <paramref name="number"/>.</summary>
    public IEnumerable<PublishedMeeting> On(int number) => Paging.On(newestFirst, number, pageSize);

    /// <summary>Where page <paramref name="number"/> stands among the pages, each link labelled with its dates.</summary>
    public Pagination Pagination(int number) => Rendering.Pagination.Window(number, Total, url, Range);

    /// <summary>The dates page <paramref name="number"/> spans; null when it has no meetings.</summary>
    public DateRangeView? Range(int number) => Paging.Range(newestFirst, number, pageSize, m => m.Meeting.Date);

    /// <summary>Each year the list covers, newest first, with its count, linking its newest meeting on its page (<see cref="YearAnchor"/>).</summary>
    public IReadOnlyList<YearLink> Years()
    {
        var years = new List<YearLink>();
        for (var i = 0; i < newestFirst.Count;)
        {
            var year = newestFirst[i].Meeting.Date.Year;
            var end = i;
            while (end < newestFirst.Count && newestFirst[end].Meeting.Date.Year == year)
            {
                end++;
            }

            years.Add(new YearLink(year, end - i, url((i / pageSize) + 1) + "#" + YearAnchor(year)));
            i = end;
        }

        return years;
    }

    /// <summary>The anchor of the newest meeting of <paramref name="year"/> in the list: "ar-2021".</summary>
    public static string YearAnchor(int year) => "ar-" + year.ToString(CultureInfo.InvariantCulture);

    /// <summary>True when meeting number <paramref name="index"/> of the list is the newest of its year there.</summary>
    public bool StartsYear(int index) => index == 0 || newestFirst[index - 1].Meeting.Date.Year != newestFirst[index].Meeting.Date.Year;
}
