using AngleSharp.Html.Parser;

namespace Trygghetsrad.Site.Review;

/// <summary>A page of a built site: its address from the site's root ("/moten/2021-09-15/") and its main heading.</summary>
/// <param name="Url">The address from the site's root, without the base path.</param>
/// <param name="Heading">The page's main heading (or its title, without one).</param>
public sealed record SitePage(string Url, string Heading);

/// <summary>What differs between two builds of the site.</summary>
/// <param name="Added">Pages only the new site has, by address.</param>
/// <param name="Changed">Pages both have that differ, by address.</param>
/// <param name="Removed">Pages only the old site has, by address.</param>
/// <param name="OtherFiles">Other files (feeds, calendar, search data, open data, assets) added, changed or removed.</param>
public sealed record SiteChanges(IReadOnlyList<SitePage> Added, IReadOnlyList<SitePage> Changed, IReadOnlyList<SitePage> Removed, int OtherFiles)
{
    /// <summary>True when the two sites are the same, file for file.</summary>
    public bool None => Added.Count == 0 && Changed.Count == 0 && Removed.Count == 0 && OtherFiles == 0;
}

/// <summary>
/// Compares two built sites file by file (a pull request's preview and the site of its base, built the same way):
/// which pages a change adds, changes and removes. Builds are deterministic, so a page differs only when what it
/// shows does.
/// </summary>
public static class SiteComparison
{
    /// <summary>The differences from the site in <paramref name="oldSite"/> to the one in <paramref name="newSite"/>.</summary>
    public static SiteChanges Compare(string oldSite, string newSite)
    {
        var oldFiles = Files(oldSite);
        var newFiles = Files(newSite);
        var added = new List<SitePage>();
        var changed = new List<SitePage>();
        var removed = new List<SitePage>();
        var others = 0;
        foreach (var path in oldFiles.Union(newFiles).Order(StringComparer.Ordinal))
        {
            var list = !oldFiles.Contains(path) ? added
                : !newFiles.Contains(path) ? removed
                : Same(Path.Combine(oldSite, path), Path.Combine(newSite, path)) ? null
                : changed;
            if (list is null)
            {
                continue;
            }

            if (path.EndsWith(".html", StringComparison.Ordinal))
            {
                list.Add(new SitePage(Url(path), Heading(Path.Combine(list == removed ? oldSite : newSite, path))));
            }
            else
            {
                others++;
            }
        }

        return new SiteChanges(ByUrl(added), ByUrl(changed), ByUrl(removed), others);
    }

    // A folder's page before the pages below it: "/" first, "/moten/" before "/moten/2021/".
    private static List<SitePage> ByUrl(List<SitePage> pages) => [.. pages.OrderBy(p => p.Url, StringComparer.Ordinal)];

    // Every file below the site's folder, by its path from there with '/'.
    private static HashSet<string> Files(string site) =>
        Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site, f).Replace('\\', '/'))
            .ToHashSet(StringComparer.Ordinal);

    private static bool Same(string a, string b) =>
        new FileInfo(a).Length == new FileInfo(b).Length && File.ReadAllBytes(a).AsSpan().SequenceEqual(File.ReadAllBytes(b));

    // The address a page is served at: a folder's index.html is the folder.
    private static string Url(string path) =>
        path == "index.html" ? "/" : path.EndsWith("/index.html", StringComparison.Ordinal) ? "/" + path[..^"index.html".Length] : "/" + path;

    private static string Heading(string file)
    {
        var document = new HtmlParser().ParseDocument(File.ReadAllText(file));
        var heading = document.QuerySelector("h1")?.TextContent ?? document.Title ?? "";
        return string.Join(' ', heading.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
