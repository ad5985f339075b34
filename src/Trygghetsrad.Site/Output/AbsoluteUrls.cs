namespace Trygghetsrad.Site.Output;

/// <summary>
/// Turns the site's root-relative URLs into absolute ones for files read outside the site
/// (feeds, calendar, sitemap, data), which have no page to resolve a relative URL against.
/// </summary>
public sealed class AbsoluteUrls
{
    private readonly string _origin;

    /// <summary>Uses <paramref name="baseUrl"/> (site.yml <c>base_url</c>, an origin such as https://www.hallstahammar.se).</summary>
    public AbsoluteUrls(string baseUrl)
    {
        _origin = baseUrl.TrimEnd('/');
        Host = new Uri(_origin, UriKind.Absolute).Host;
    }

    /// <summary>The host name, e.g. www.hallstahammar.se; used in calendar UIDs.</summary>
    public string Host { get; }

    /// <summary>"/trygghetsradet/moten/2021-09-15/" → "https://www.hallstahammar.se/trygghetsradet/moten/2021-09-15/".</summary>
    public string For(string rootRelativeUrl) => _origin + rootRelativeUrl;
}
