using Trygghetsrad.Site.Building;

namespace Trygghetsrad.Site.Tests.Support;

/// <summary>
/// A content folder in a temporary directory, seeded with a valid site.yml, topics.yml and the real
/// accessibility statement, built with the repository's templates. Disposing deletes everything.
/// </summary>
public sealed class ScratchSite : IDisposable
{
    /// <summary>A minimal valid meeting body with one heading.</summary>
    public const string PlainBody = "## Inledning\n\nMötet öppnas.\n";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "trygghetsrad-test-" + Guid.NewGuid().ToString("N"));

    /// <summary>Creates the folder with the default settings.</summary>
    public ScratchSite()
    {
        Directory.CreateDirectory(Content);
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
    public string Content => Path.Combine(_folder, "content");

    /// <summary>Where <see cref="Build"/> writes the site.</summary>
    public string Output => Path.Combine(_folder, "site");

    /// <summary>Writes a file under the content folder, creating folders.</summary>
    public ScratchSite Write(string relativePath, string text)
    {
        var path = Path.Combine(Content, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        return this;
    }

    /// <summary>Writes a fictional meeting <c>moten/YYYY/DATE.md</c> with the given extra front matter and body.</summary>
    public ScratchSite Meeting(string date, string frontMatter = "", string body = PlainBody) =>
        Write($"moten/{date[..4]}/{date}.md", $"---\n# Fiktivt möte för tester.\ndate: {date}\n{(frontMatter.Length == 0 ? "" : frontMatter.TrimEnd() + "\n")}---\n{body}");

    /// <summary>Builds the content with the repository's templates.</summary>
    public BuildResult Build(string? basePath = null) =>
        new SiteBuilder().Build(new BuildOptions(Content, Path.Combine(RepositoryRoot.Path, "templates"), Output, basePath, MaxParallelism: 1));

    /// <summary>The built HTML pages, by path relative to the output folder.</summary>
    public IReadOnlyList<string> Pages() =>
        Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

    /// <inheritdoc />
    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}

/// <summary>Finds the repository root (the folder with Trygghetsrad.Site.sln) above the test's folder.</summary>
public static class RepositoryRoot
{
    /// <summary>The root's full path.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Trygghetsrad.Site.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Trygghetsrad.Site.sln not found above " + AppContext.BaseDirectory);
    }
}
