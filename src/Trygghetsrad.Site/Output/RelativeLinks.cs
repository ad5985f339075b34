using System.Text;
using System.Text.RegularExpressions;

namespace Trygghetsrad.Site.Output;

/// <summary>
/// Rewrites one page's links to the site's own pages and files — every <c>href</c>, <c>src</c> and form
/// <c>action</c> that starts with the base path — relative to the page, with <c>index.html</c> written out where a
/// link names a folder. A copy of the site opened from the file system then finds its styles and pages, which a
/// browser cannot do with paths from the server's root or with folders.
/// </summary>
/// <param name="basePath">The site's base path, starting and ending with '/'.</param>
/// <param name="pagePath">The page's path relative to the site root, e.g. "moten/2021-09-15/index.html".</param>
public sealed partial class RelativeLinks(string basePath, string pagePath)
{
    // From the page's folder back up to the site root.
    private readonly string _toRoot = string.Concat(Enumerable.Repeat("../", pagePath.Count(c => c == '/')));

    /// <summary>The page with its links rewritten.</summary>
    public string Rewrite(ReadOnlySpan<char> html)
    {
        var text = new StringBuilder(html.Length + 256);
        var last = 0;
        foreach (var match in Link().EnumerateMatches(html))
        {
            var url = html.Slice(match.Index, match.Length);
            if (!url.StartsWith(basePath, StringComparison.Ordinal))
            {
                continue;
            }

            text.Append(html[last..match.Index]);
            Append(text, url[basePath.Length..]);
            last = match.Index + match.Length;
        }

        return text.Append(html[last..]).ToString();
    }

    private void Append(StringBuilder text, ReadOnlySpan<char> relative)
    {
        var end = relative.IndexOfAny('?', '#');
        var path = end < 0 ? relative : relative[..end];
        text.Append(_toRoot).Append(path);
        if (path.Length == 0 || path[^1] == '/')
        {
            text.Append("index.html");
        }

        if (end >= 0)
        {
            text.Append(relative[end..]);
        }
    }

    // A quoted href, src or action value that is a path from the root; the templates quote every attribute.
    [GeneratedRegex("""(?<=\s(?:href|src|action)=")/[^"]*""")]
    private static partial Regex Link();
}
