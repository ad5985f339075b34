using System.Collections.Concurrent;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;
using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Diagnostics;

namespace Trygghetsrad.Site.Output;

/// <summary>
/// Checks every internal <c>href</c>, <c>src</c> and form <c>action</c> of a built site — page, file and
/// <c>#fragment</c> — the way a browser would resolve it under the base path. A broken link fails the build.
/// Pages are read with AngleSharp's HTML tokenizer alone: links and ids are attributes of start tags, so
/// building a DOM for every page (ten times slower on a large archive) is not needed.
/// </summary>
public static class LinkChecker
{
    /// <summary>Returns one diagnostic per broken link, located at the page that has it.</summary>
    public static IReadOnlyList<Diagnostic> Check(string siteRoot, string basePath)
    {
        var pages = Directory.EnumerateFiles(siteRoot, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var ids = new ConcurrentDictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var links = new ConcurrentBag<(string Page, string Url)>();

        Parallel.ForEach(pages, page =>
        {
            var pageIds = new HashSet<string>(StringComparer.Ordinal);
            var tokenizer = new HtmlTokenizer(new TextSource(File.ReadAllText(page)), HtmlEntityProvider.Resolver) { SkipDataText = true, SkipComments = true };
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
                            pageIds.Add(attribute.Value);
                            break;
                        case "href" or "src":
                        case "action" when tag.Name == "form":
                            links.Add((page, attribute.Value));
                            break;
                    }
                }
            }

            ids[page] = pageIds;
        });

        var problems = new List<Diagnostic>();
        foreach (var (page, url) in links.OrderBy(l => l.Page, StringComparer.Ordinal).ThenBy(l => l.Url, StringComparer.Ordinal).Distinct())
        {
            var problem = Problem(siteRoot, basePath, page, url, ids);
            if (problem is not null)
            {
                problems.Add(Diagnostic.Error(SourceLocation.StartOf(DisplayPath.For(page)), $"trasig länk '{url}': {problem}"));
            }
        }

        return problems;
    }

    private static string? Problem(string siteRoot, string basePath, string page, string url, ConcurrentDictionary<string, HashSet<string>> ids)
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
            return $"relativ adress; använd en adress som börjar med {basePath}";
        }
        else if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            return $"ligger utanför webbplatsens bas {basePath}";
        }
        else
        {
            var relative = Uri.UnescapeDataString(path[basePath.Length..]);
            var file = Path.Combine(siteRoot, relative.Replace('/', Path.DirectorySeparatorChar));
            if (relative.Length == 0 || relative.EndsWith('/'))
            {
                file = Path.Combine(file, "index.html");
            }

            if (!File.Exists(file))
            {
                return Directory.Exists(file) ? "adressen saknar avslutande '/'" : "sidan eller filen finns inte";
            }

            target = file;
        }

        if (fragment is { Length: > 0 } && (!ids.TryGetValue(target, out var targetIds) || !targetIds.Contains(fragment)))
        {
            return $"ankaret '#{fragment}' finns inte på sidan";
        }

        return null;
    }
}
