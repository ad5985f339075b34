using Trygghetsrad.Site.Building;

namespace Trygghetsrad.Site.Tests.Infrastructure;

/// <summary>
/// A <see cref="TempContent"/> with a site.yml at base path '/' (and a phone number), one topic and the real
/// accessibility statement, built with the repository's templates. Disposing deletes everything.
/// </summary>
public sealed class ScratchSite : IDisposable
{
    /// <summary>A minimal valid meeting body with one heading.</summary>
    public const string PlainBody = "## Inledning\n\nMötet öppnas.\n";

    private readonly TempContent _content = new();

    /// <summary>Creates the folder with the default settings.</summary>
    public ScratchSite()
    {
        Write("site.yml", """
            name: Trygghetsrådets arkiv
            organisation: Hallstahammars kommun
            description: Fiktiv testwebbplats.
            base_url: https://www.hallstahammar.se
            base_path: /
            contact:
              name: Kommunledningsförvaltningen
              email: kommun@hallstahammar.se
              phone: 0220-240 00
              url: https://www.hallstahammar.se/kontakt
            """);
        Write("topics.yml", """
            - slug: klotter
              name: Klotter
              description: Klotter och skadegörelse.
              match:
                - klotter
            """);
        File.Copy(Path.Combine(RepositoryRoot.Path, "content", "tillganglighet.md"), Path.Combine(Content, "tillganglighet.md"));
    }

    /// <summary>The content folder.</summary>
    public string Content => _content.Content;

    /// <summary>Where <see cref="Build"/> writes the site.</summary>
    public string Output => Path.Combine(_content.Root, "site");

    /// <summary>Writes a file under the content folder, creating folders.</summary>
    public ScratchSite Write(string relativePath, string text)
    {
        _content.Write(relativePath, text.ReplaceLineEndings("\n"));
        return this;
    }

    /// <summary>Writes a fictional meeting <c>moten/YYYY/DATE.md</c> with the given extra front matter and body.</summary>
    public ScratchSite Meeting(string date, string frontMatter = "", string body = PlainBody)
    {
        _content.WriteMeeting(date, frontMatter.Length == 0 ? "" : frontMatter.ReplaceLineEndings("\n").TrimEnd() + "\n", body);
        return this;
    }

    /// <summary>Builds the content with the repository's templates, for <paramref name="today"/> when given.</summary>
    public BuildResult Build(string? basePath = null, DateOnly? today = null) =>
        new SiteBuilder().Build(new BuildOptions(Content, TempContent.Templates, Output, basePath, MaxParallelism: 1, Today: today));

    /// <summary>A built page, parsed: "index.html", "moten/2022-01-10/index.html".</summary>
    public AngleSharp.Html.Dom.IHtmlDocument Page(string relativePath) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Output, relativePath)));

    /// <summary>The built HTML pages, by path relative to the output folder.</summary>
    public IReadOnlyList<string> Pages() =>
        Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

    /// <inheritdoc />
    public void Dispose() => _content.Dispose();
}
