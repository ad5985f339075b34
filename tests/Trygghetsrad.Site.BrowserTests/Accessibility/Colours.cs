namespace Trygghetsrad.Site.BrowserTests.Accessibility;

/// <summary>WCAG 2.1 contrast between CSS colours as the browser reports them ("rgb(10, 79, 143)").</summary>
public static class Colours
{
    /// <summary>The contrast ratio, 1 to 21.</summary>
    public static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    /// <summary>Relative luminance of an opaque CSS rgb()/rgba() colour.</summary>
    public static double Luminance(string css)
    {
        var parts = css[(css.IndexOf('(') + 1)..css.IndexOf(')')].Split(',', ' ', '/').Where(p => p.Length > 0).Take(3)
            .Select(p => double.Parse(p, System.Globalization.CultureInfo.InvariantCulture) / 255).ToArray();
        static double Channel(double c) => c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        return (0.2126 * Channel(parts[0])) + (0.7152 * Channel(parts[1])) + (0.0722 * Channel(parts[2]));
    }
}
