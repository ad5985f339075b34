using System.Text;
using System.Xml;
using Trygghetsrad.Site.Rendering;

namespace Trygghetsrad.Site.Output;

/// <summary>
/// Writes <c>/sitemap.xml</c> (sitemaps.org 0.9) listing every public page's absolute URL, and
/// <c>/robots.txt</c> naming it. The pages are the output's HTML files once every page is written,
/// so a page added later is listed without changing this class; only the 404 page is left out.
/// </summary>
public sealed class SitemapWriter(SiteUrls urls, AbsoluteUrls absolute)
{
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>Writes the sitemap and robots.txt; call after every page is written.</summary>
    public void Write(SiteOutput output)
    {
        WriteSitemap(output, urls.OutputPathFor(urls.Sitemap));

        // robots.txt is only honoured at the host's root; under a base path it is written anyway so the
        // web server can serve or merge it.
        output.WriteText("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {absolute.For(urls.Sitemap)}\n");
    }

    private static bool IsPage(string relative) => relative.EndsWith(".html", StringComparison.Ordinal) && relative != "404.html";

    private void WriteSitemap(SiteOutput output, string path)
    {
        var pages = PageUrls(output.Files);
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", SitemapNamespace);
            foreach (var url in pages)
            {
                xml.WriteStartElement("url", SitemapNamespace);
                xml.WriteElementString("loc", SitemapNamespace, absolute.For(url));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        output.WriteBytes(path, stream.ToArray());
    }

    /// <summary>The root-relative URL of every page among the site-relative <paramref name="files"/> except 404.html, in ordinal order.</summary>
    public IReadOnlyList<string> PageUrls(IEnumerable<string> files) =>
        files
            .Where(IsPage)
            .Select(relative => urls.BasePath + (relative == "index.html" ? "" : relative.EndsWith("/index.html", StringComparison.Ordinal) ? relative[..^"index.html".Length] : relative))
            .Order(StringComparer.Ordinal)
            .ToList();
}
