namespace Trygghetsrad.Site.Config;

/// <summary>The site's settings from <c>content/site.yml</c>.</summary>
/// <param name="Name">The site's name, shown in every page's header and title.</param>
/// <param name="Organisation">Who publishes it, shown in the footer.</param>
/// <param name="Description">One sentence about the archive, for the home page and meta description.</param>
/// <param name="MeetingTitle">A meeting's title when its file gives none.</param>
/// <param name="BaseUrl">The absolute origin the site is served from, without path, e.g. https://www.hallstahammar.se.</param>
/// <param name="BasePath">The path every URL starts with, always beginning and ending in '/'.</param>
/// <param name="Language">The pages' language, "sv".</param>
/// <param name="Contact">How residents reach the council.</param>
public sealed record SiteConfig(
    string Name,
    string Organisation,
    string Description,
    string MeetingTitle,
    string BaseUrl,
    string BasePath,
    string Language,
    ContactInfo Contact)
{
    /// <summary>The same settings with another base path (from the command line).</summary>
    public SiteConfig WithBasePath(string basePath) => this with { BasePath = BasePathRule.Normalize(basePath) };

    /// <summary>E-mail domains meeting files may name (the kommun's own, e.g. "hallstahammar.se"); subdomains count too. Others are personal data to <c>check</c>.</summary>
    public IReadOnlyList<string> AllowedEmailDomains { get; init; } = [];
}

/// <summary>Contact details shown in the footer.</summary>
/// <param name="Name">Who to contact.</param>
/// <param name="Email">E-mail address, if any.</param>
/// <param name="Phone">Phone number, if any.</param>
/// <param name="Url">A contact page, if any.</param>
public sealed record ContactInfo(string Name, string? Email, string? Phone, string? Url);

/// <summary>The one rule for base paths: start and end with '/'.</summary>
public static class BasePathRule
{
    /// <summary>"trygghetsrad" → "/trygghetsrad/", "" → "/".</summary>
    public static string Normalize(string path)
    {
        var trimmed = path.Trim().Trim('/');
        return trimmed.Length == 0 ? "/" : "/" + trimmed + "/";
    }
}
