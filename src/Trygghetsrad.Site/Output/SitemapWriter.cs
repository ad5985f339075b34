using System.Text;
using System.Xml;
using Trygghetsrad.Site.Rendering;

namespace Trygghetsrad.Site.Output;

/// <summary>
/// Writes <c>/sitemap.xml</c> (sitemaps.org 0.9) listing every public page's absolute URL, and
/// <c>/robots.txt</c> naming it. The pages are those the build wrote of every kind the sitemap lists
/// (<see cref="Pages.PageKind.InSitemap"/>), so a page kind added later is listed without changing this class.
/// </summary>
public sealed class SitemapWriter(SiteUrls urls, AbsoluteUrls absolute)
{
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>Writes the sitemap of <paramref name="pages"/> (their URLs under the base path) and robots.txt.</summary>
    public void Write(IEnumerable<string> pages, SiteOutput output)
    {
        WriteSitemap(pages.Order(StringComparer.Ordinal), output, urls.OutputPathFor(urls.Sitemap));

        // robots.txt is only honoured at the host's root; under a base path it is written anyway so the
        // web server can serve or merge it.
        output.WriteText("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {absolute.For(urls.Sitemap)}\n");
    }

    private void WriteSitemap(IEnumerable<string> pages, SiteOutput output, string path)
    {
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
}
