using Trygghetsrad.Site.Content;

namespace Trygghetsrad.Site.Rendering;

/// <summary>
/// Renders the links editors write to the site's own pages under the base path the build runs with, so one
/// meeting file works on the real site, on a custom domain's root and in a pull request's preview alike.
/// <list type="bullet">
/// <item>A link from the site's root, <c>/moten/2021-09-15/#ovrigt</c>, is internal: the way editors write one.</item>
/// <item>So is one that carries site.yml's base path, <c>/trygghetsradet/moten/2021-09-15/</c>, and one to the site's
/// own address, <c>https://www.hallstahammar.se/trygghetsradet/moten/2021-09-15/</c> (copied from the published site).</item>
/// <item>Anything else — another site, another path on the kommun's site, mailto:, a <c>#fragment</c> alone — is left as written.</item>
/// </list>
/// Which links are internal depends on site.yml alone, never on the base path or address a build is given, so
/// <c>check</c>, a preview and the published site judge every link alike; only where it points differs.
/// </summary>
/// <param name="siteBaseUrl">site.yml's <c>base_url</c>: the published site's origin, e.g. https://www.hallstahammar.se.</param>
/// <param name="siteBasePath">site.yml's <c>base_path</c>, starting and ending with '/'.</param>
/// <param name="basePath">The base path this build renders under, starting and ending with '/'.</param>
public sealed class InternalLinks(string siteBaseUrl, string siteBasePath, string basePath)
{
    // The origin's host and port as they stand in a URL ("www.hallstahammar.se"), without scheme.
    private readonly string _authority = Authority(siteBaseUrl.TrimEnd('/'), out _);

    /// <summary>The address to render for <paramref name="url"/>: under the build's base path when internal, else unchanged.</summary>
    public string Render(string url) => SiteRelative(url) is { } relative ? basePath + relative : url;

    /// <summary>
    /// The part of an internal link after the site's base path (<c>moten/2021-09-15/#ovrigt</c>; empty for the
    /// home page), or null when <paramref name="url"/> points elsewhere.
    /// </summary>
    public string? SiteRelative(string url)
    {
        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        if (url.StartsWith('/'))
        {
            return UnderBasePath(url) ?? url[1..];
        }

        if (!url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) && !url.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var authority = Authority(url, out var rest);
        if (!authority.Equals(_authority, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return UnderBasePath(rest.Length == 0 || rest[0] != '/' ? "/" + rest : rest);
    }

    /// <summary>
    /// The first of <paramref name="links"/> (an editor's, in the order written) that renders as <paramref name="href"/>,
    /// the address a page has; null when none does (the link came from a template).
    /// </summary>
    public WrittenLink? Find(IReadOnlyList<WrittenLink> links, string href)
    {
        foreach (var link in links)
        {
            var rendered = Render(link.Url);

            // The page has the address percent-encoded where Markdown encodes it (å, spaces …).
            if (rendered == href || Uri.UnescapeDataString(rendered) == Uri.UnescapeDataString(href))
            {
                return link;
            }
        }

        return null;
    }

    // The part of a root-relative path after site.yml's base path; null when it does not carry that base path.
    private string? UnderBasePath(string path)
    {
        if (path.StartsWith(siteBasePath, StringComparison.Ordinal))
        {
            return path[siteBasePath.Length..];
        }

        // "/trygghetsradet", "/trygghetsradet#…", "/trygghetsradet?…": the home page without its final '/'.
        var bare = siteBasePath.Length - 1;
        return bare > 0 && path.StartsWith(siteBasePath.AsSpan(0, bare), StringComparison.Ordinal) && (path.Length == bare || path[bare] is '#' or '?')
            ? path[bare..]
            : null;
    }

    // The host (and port) of an absolute http(s) URL, and what follows it (path, query, fragment).
    private static string Authority(string url, out string rest)
    {
        var start = url.IndexOf("://", StringComparison.Ordinal) + 3;
        var end = url.AsSpan(start).IndexOfAny('/', '?', '#');
        end = end < 0 ? url.Length : start + end;
        rest = url[end..];
        return url[start..end];
    }
}
