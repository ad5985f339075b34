using System.Globalization;
using System.Text;
using Trygghetsrad.Site.Text;

namespace Trygghetsrad.Site.Rendering;

/// <summary>
/// A small bar chart of a count per year, as inline SVG: no script, and no style (the pages' CSP allows no inline
/// style): the bars take their colour from the style sheet through classes and <c>currentColor</c>, so they follow
/// the colour scheme. The SVG is hidden from screen readers; the templates write the same figures beside it as text.
/// </summary>
/// <param name="Width">The chart's width in its units (its width in CSS pixels until the page is narrower).</param>
/// <param name="Height">Its height in the same units.</param>
/// <param name="Bars">One bar per year, oldest first, years without any included.</param>
/// <param name="Max">The largest count.</param>
public sealed record YearChart(int Width, int Height, IReadOnlyList<YearBar> Bars, int Max)
{
    /// <summary>Height of the drawing in units.</summary>
    public const int ChartHeight = 48;

    /// <summary>Width of a bar in units.</summary>
    public const int BarWidth = 14;

    /// <summary>Space between bars in units.</summary>
    public const int Gap = 4;

    /// <summary>
    /// The chart as SVG: as wide as its units in CSS pixels until the page is narrower (the style sheet scales it down
    /// with its proportions), a baseline, and a bar for each year with any. Names are in lower case, as the templates
    /// write all markup (the HTML parser gives <c>viewbox</c> its SVG spelling), so the link check's quick scanner reads it.
    /// </summary>
    public RawHtml Svg
    {
        get
        {
            var svg = new StringBuilder(64 + (Bars.Count * 64));
            svg.Append(CultureInfo.InvariantCulture, $$"""<svg class="staplar" width="{{Width}}" height="{{Height}}" viewbox="0 0 {{Width}} {{Height}}" aria-hidden="true">""");
            svg.Append(CultureInfo.InvariantCulture, $$"""<rect class="baslinje" x="0" y="{{Height - 1}}" width="{{Width}}" height="1"/>""");
            foreach (var bar in Bars.Where(b => b.Height > 0))
            {
                svg.Append(CultureInfo.InvariantCulture, $$"""<rect class="stapel" x="{{bar.X}}" y="{{bar.Y}}" width="{{bar.Width}}" height="{{bar.Height}}"/>""");
            }

            return new RawHtml(svg.Append("</svg>").ToString());
        }
    }

    /// <summary>The first year shown.</summary>
    public int FirstYear => Bars[0].Year;

    /// <summary>The last year shown.</summary>
    public int LastYear => Bars[^1].Year;

    /// <summary>
    /// The chart of <paramref name="counts"/> (year → count) over every year from <paramref name="firstYear"/> to
    /// <paramref name="lastYear"/>, counted in <paramref name="noun"/> (a <see cref="SwedishCount"/> key); null when there are no years.
    /// </summary>
    public static YearChart? Of(IReadOnlyDictionary<int, int> counts, int firstYear, int lastYear, string noun)
    {
        if (lastYear < firstYear)
        {
            return null;
        }

        var max = 0;
        for (var year = firstYear; year <= lastYear; year++)
        {
            max = Math.Max(max, counts.GetValueOrDefault(year));
        }

        var bars = new List<YearBar>();
        for (var year = firstYear; year <= lastYear; year++)
        {
            var count = counts.GetValueOrDefault(year);

            // A year with any meeting shows at least a sliver, so it never reads as none.
            var height = count == 0 ? 0 : Math.Max(2, (int)Math.Round(count * (double)(ChartHeight - 1) / max));
            var x = (year - firstYear) * (BarWidth + Gap);
            bars.Add(new YearBar(year, count, SwedishCount.Of(count, noun), x, ChartHeight - 1 - height, BarWidth, height));
        }

        return new YearChart((bars.Count * (BarWidth + Gap)) - Gap, ChartHeight, bars, max);
    }
}

/// <summary>One year's bar: its figures and its place in the chart.</summary>
/// <param name="Year">The year.</param>
/// <param name="Count">Its count.</param>
/// <param name="CountText">The count with its noun: "1 möte", "3 möten".</param>
/// <param name="X">Left edge in the chart's units.</param>
/// <param name="Y">Top edge.</param>
/// <param name="Width">Width.</param>
/// <param name="Height">Height; 0 for a year without any.</param>
public sealed record YearBar(int Year, int Count, string CountText, int X, int Y, int Width, int Height);
