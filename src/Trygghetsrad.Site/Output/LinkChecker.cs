using System.Collections.Concurrent;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;
using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Diagnostics;

namespace Trygghetsrad.Site.Output;

/// <summary>
/// Checks every internal <c>href</c>, <c>src</c> and form <c>action</c> of a site — page, file and
/// <c>#fragment</c> — the way a browser would resolve it under the base path. A broken link fails the build.
/// A build records each page as it writes it (in parallel, from the HTML it has in memory) and checks once
/// every file is written; <see cref="Check(string, string)"/> does the same for a folder on disk.
/// Links and ids are attributes of start tags, so no DOM is built: pages are read by <see cref="HtmlLinkScanner"/>,
/// or by AngleSharp's HTML tokenizer alone when the scanner meets HTML it does not model. Thread-safe.
/// </summary>
public sealed class LinkChecker
{
    private readonly ConcurrentDictionary<string, Page> _pages = new(StringComparer.Ordinal);

    // Most links (navigation, footer, topics) are the same on every page: keep one copy of each.
    private readonly ConcurrentDictionary<string, string> _urls = new(StringComparer.Ordinal);

    // What the scanner finds on a page is read at once; each recording thread reuses its list.
    private readonly ThreadLocal<List<(HtmlLinkScanner.Kind Kind, Range Value)>> _found = new(() => []);

    /// <summary>Reads the links and ids of the HTML page at the site-relative path <paramref name="relativePath"/>.</summary>
    /// <param name="relativePath">The page's path in the site.</param>
    /// <param name="html">The page.</param>
    /// <param name="source">
    /// The link an editor wrote in the source the page was made from that the page's address came from (null when
    /// none did, e.g. a link of the templates); a broken link is then reported there, as the editor wrote it.
    /// </param>
    public void Record(string relativePath, ReadOnlySpan<char> html, Func<string, WrittenLink?>? source = null)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = new HashSet<string>(StringComparer.Ordinal);
        var found = _found.Value!;
        found.Clear();
        if (HtmlLinkScanner.TryScan(html, found))
        {
            var known = _urls.GetAlternateLookup<ReadOnlySpan<char>>();
            foreach (var (kind, range) in found)
            {
                var value = html[range];
                if (kind == HtmlLinkScanner.Kind.Id)
                {
                    ids.Add(value.ToString());
                }
                else
                {
                    links.Add(known.TryGetValue(value, out var url) ? url : _urls.GetOrAdd(value.ToString(), static v => v));
                }
            }
        }
        else
        {
            Tokenize(html.ToString(), ids, links);
        }

        _pages[relativePath] = new Page([.. links], ids, source);
    }

    private void Tokenize(string html, HashSet<string> ids, HashSet<string> links)
    {
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver) { SkipDataText = true, SkipComments = true };
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            if (token is not HtmlTagToken { Type: HtmlTokenType.StartTag } tag)
            {
                continue;
            }

            foreach (var attribute in tag.Attributes)
            {
                switch (attribute.Name)
                {
                    case "id":
                        ids.Add(attribute.Value);
                        break;
                    case "href" or "src":
                    case "action" when tag.Name == "form":
                        links.Add(_urls.GetOrAdd(attribute.Value, attribute.Value));
                        break;
                }
            }
        }
    }

    /// <summary>The ids recorded for the page at <paramref name="relativePath"/>, or null.</summary>
    public IReadOnlyCollection<string>? RecordedIds(string relativePath) =>
        _pages.TryGetValue(relativePath, out var page) ? page.Ids : null;

    /// <summary>
    /// Returns one diagnostic per broken link of the recorded pages, located at the page that has it
    /// (shown as <paramref name="displayRoot"/> plus its site-relative path).
    /// </summary>
    /// <param name="basePath">The site's base path, e.g. <c>/trygghetsrad/</c>.</param>
    /// <param name="fileExists">Whether the site has a file at a site-relative path.</param>
    /// <param name="folderExists">Whether the site has a folder at a site-relative path ending in '/'.</param>
    /// <param name="displayRoot">The folder the pages are shown under in messages.</param>
    /// <param name="maxParallelism">How many threads check pages at most (-1: as many as there are cores).</param>
    public IReadOnlyList<Diagnostic> Check(string basePath, Func<string, bool> fileExists, Func<string, bool> folderExists, string displayRoot, int maxParallelism = -1)
    {
        var problems = new DiagnosticBag();

        // A link that starts with '/' means the same on every page, and most links (navigation, topics,
        // neighbours) stand on thousands of pages: each is resolved once. Pages are checked in parallel; the
        // diagnostics are sorted at the end, so their order does not depend on the threads.
        var absolute = new ConcurrentDictionary<string, string?>(StringComparer.Ordinal);
        Parallel.ForEach(_pages, new ParallelOptions { MaxDegreeOfParallelism = maxParallelism }, entry =>
        {
            var (page, recorded) = entry;
            foreach (var url in recorded.Links)
            {
                var problem = !url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal)
                    ? Problem(basePath, page, url, fileExists, folderExists)
                    : absolute.TryGetValue(url, out var known) ? known : absolute.GetOrAdd(url, u => Problem(basePath, page, u, fileExists, folderExists));
                if (problem is not null)
                {
                    var written = recorded.Source?.Invoke(url);
                    var location = written?.At
                        ?? SourceLocation.StartOf(DisplayPath.For(Path.Combine(displayRoot, page.Replace('/', Path.DirectorySeparatorChar))));
                    problems.Error(location, $"trasig länk '{written?.Url ?? url}': {problem}");
                }
            }
        });

        return problems.Sorted();
    }

    /// <summary>Checks the built site in the folder <paramref name="siteRoot"/>; one diagnostic per broken link.</summary>
    public static IReadOnlyList<Diagnostic> Check(string siteRoot, string basePath)
    {
        var checker = new LinkChecker();
        Parallel.ForEach(Directory.EnumerateFiles(siteRoot, "*.html", SearchOption.AllDirectories), page =>
            checker.Record(Relative(siteRoot, page), File.ReadAllText(page)));
        return checker.Check(
            basePath,
            relative => File.Exists(Path.Combine(siteRoot, relative)),
            relative => Directory.Exists(Path.Combine(siteRoot, relative)),
            siteRoot);
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');

    private string? Problem(string basePath, string page, string url, Func<string, bool> fileExists, Func<string, bool> folderExists)
    {
        if (url.Length == 0)
        {
            return "tom adress";
        }

        if (MarkdownChecks.UnsafeScheme(url) is "javascript" or "vbscript" or "data" or "livescript" or "mocha")
        {
            // A second line of defence behind the content checks: whatever put it there, no page links to script.
            return $"adresser som kan köra skript ({url[..url.IndexOf(':')]}:) är inte tillåtna";
        }

        if (url.StartsWith("//", StringComparison.Ordinal) || Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme != Uri.UriSchemeFile)
        {
            return null;
        }

        var hash = url.IndexOf('#');
        var fragment = hash >= 0 ? Uri.UnescapeDataString(url[(hash + 1)..]) : null;
        var pathAndQuery = hash >= 0 ? url[..hash] : url;
        var query = pathAndQuery.IndexOf('?');
        var path = query >= 0 ? pathAndQuery[..query] : pathAndQuery;

        string target;
        if (path.Length == 0)
        {
            target = page;
        }
        else if (!path.StartsWith('/'))
        {
            return "relativ adress; en länk inom webbplatsen börjar med '/', till exempel /moten/2021-09-15/";
        }
        else if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            return $"ligger utanför webbplatsens bas {basePath}";
        }
        else
        {
            var relative = Uri.UnescapeDataString(path[basePath.Length..]);
            target = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
            if (!fileExists(target))
            {
                return folderExists(target + "/") ? "adressen saknar avslutande '/'" : "sidan eller filen finns inte";
            }
        }

        if (fragment is { Length: > 0 } && (!_pages.TryGetValue(target, out var targetPage) || !targetPage.Ids.Contains(fragment)))
        {
            return $"ankaret '#{fragment}' finns inte på sidan";
        }

        return null;
    }

    private sealed record Page(string[] Links, IReadOnlyCollection<string> Ids, Func<string, WrittenLink?>? Source);
}
