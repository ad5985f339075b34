using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Rendering;
using Trygghetsrad.Site.Yaml;

namespace Trygghetsrad.Site.Content;

/// <summary>
/// Reads the pages editors write (<c>content/sidor/*.md</c>, see <see cref="PageKeys"/>) and checks them against
/// each other: a translation names a page that is there and is itself an original, no two versions of a page share
/// a language, and no page takes an address the archive uses. Two names have a meaning of their own: the page
/// <c>suomeksi</c> is the one every page's header links as "Suomeksi", and <c>lattlast</c> the one it links as
/// "Lättläst".
/// </summary>
public static class EditorPages
{
    /// <summary>The page every header links as the site in easy Swedish.</summary>
    public const string EasyReadSlug = "lattlast";

    /// <summary>The page every header links for each language other than the site's, by language code.</summary>
    public static IReadOnlyDictionary<string, string> LanguageSlugs { get; } = new Dictionary<string, string>(StringComparer.Ordinal) { ["fi"] = "suomeksi" };

    /// <summary>The page files under <c>sidor/</c>, in a stable order.</summary>
    public static IReadOnlyList<string> Files(string contentDirectory)
    {
        var folder = Path.Combine(contentDirectory, PageKeys.Folder);
        return Directory.Exists(folder) && !ContentBoundary.IsLink(folder)
            ? [.. Directory.EnumerateFiles(folder).Where(f => !ContentBoundary.IsLink(f)).Order(StringComparer.Ordinal)]
            : [];
    }

    /// <summary>Reads and checks every page, reporting every problem; the pages that could be read, by slug order.</summary>
    public static IReadOnlyList<EditorPage> Load(string contentDirectory, DiagnosticBag diagnostics)
    {
        var pages = new List<EditorPage>();
        foreach (var path in Files(contentDirectory))
        {
            var display = DisplayPath.For(path);
            if (!path.EndsWith(".md", StringComparison.Ordinal))
            {
                ContentBoundary.NotAMeeting(display, diagnostics);
                continue;
            }

            var own = new DiagnosticBag();
            var text = SourceText.Read(path, display, own);
            if (text is not null && PageKeys.Parse(Path.GetFileName(path), text, display, own) is { } page)
            {
                pages.Add(page with { Text = MeetingBodyParser.Parse(page.AsText(), own) });
            }

            diagnostics.AddRange(own.Sorted());
        }

        Check(pages, diagnostics);
        return pages;
    }

    private static void Check(List<EditorPage> pages, DiagnosticBag diagnostics)
    {
        var bySlug = pages.ToDictionary(p => p.Slug, StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var start = SourceLocation.StartOf(page.SourcePath);
            if (SiteUrls.ReservedSlugs.Contains(page.Slug))
            {
                diagnostics.Error(start, $"adressen /{page.Slug}/ hör till arkivet självt – ge filen ett annat namn (upptagna: {string.Join(", ", SiteUrls.ReservedSlugs)})");
            }

            if (page.TranslationOf is { } original && page.TranslationOfAt is { } at)
            {
                if (original == page.Slug)
                {
                    diagnostics.Error(at, "sidan kan inte vara en översättning av sig själv – ta bort raden translation_of");
                }
                else if (!bySlug.TryGetValue(original, out var target))
                {
                    diagnostics.Error(at, Suggest.Unknown($"det finns ingen sida '{Excerpt.Of(original)}' i {PageKeys.Folder}/", original, [.. bySlug.Keys.Order(StringComparer.Ordinal)], "sidor"));
                }
                else if (target.TranslationOf is { } further)
                {
                    diagnostics.Error(at, $"'{original}' är själv en översättning av '{further}' – skriv 'translation_of: {further}', så att alla versioner pekar på originalet");
                }
            }
        }

        // The versions of one page: one per language, and one in easy Swedish.
        foreach (var group in pages.Where(p => p.TranslationOf is null || bySlug.ContainsKey(p.TranslationOf)).GroupBy(p => p.Original, StringComparer.Ordinal))
        {
            foreach (var same in group.GroupBy(p => (p.Lang ?? "sv", p.EasyRead)).Where(g => g.Count() > 1))
            {
                foreach (var page in same.Where(p => p.TranslationOf is not null))
                {
                    diagnostics.Error(page.TranslationOfAt!, $"'{group.Key}' har redan en version på samma språk{(page.EasyRead ? " i lättläst form" : "")} – en sida kan ha en översättning per språk och en lättläst version");
                }
            }
        }

        foreach (var (lang, slug) in LanguageSlugs)
        {
            if (bySlug.TryGetValue(slug, out var page) && page.Lang != lang)
            {
                diagnostics.Error(page.LangAt ?? SourceLocation.StartOf(page.SourcePath), $"sidan {slug} länkas från varje sidhuvud som sidan på språket '{lang}' – skriv 'lang: {lang}'");
            }
        }

        if (bySlug.TryGetValue(EasyReadSlug, out var easy) && !easy.EasyRead)
        {
            diagnostics.Error(SourceLocation.StartOf(easy.SourcePath), $"sidan {EasyReadSlug} länkas från varje sidhuvud som Lättläst – skriv 'lattlast: true'");
        }
    }
}
