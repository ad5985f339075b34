using Trygghetsrad.Site.Import;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Import;

/// <summary>A temporary content folder (the real site.yml and topics.yml, no meetings) to import into.</summary>
public sealed class ImportWorkspace : IDisposable
{
    private readonly TempContent _content = new();

    /// <summary>The seed: read from ../shared/seeds/ beside the repository when it is there (as in CI), else the committed copy.</summary>
    public static string SeedPath
    {
        get
        {
            var shared = Path.Combine(RepositoryRoot.Path, "..", "shared", "seeds", SeedName);
            return File.Exists(shared) ? Path.GetFullPath(shared) : FixtureSeedPath;
        }
    }

    /// <summary>The committed copy of the seed.</summary>
    public static string FixtureSeedPath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "import", SeedName);

    /// <summary>The seed's file name.</summary>
    public const string SeedName = "000_d267f25fa7c420b6.txt";

    /// <summary>The temporary folder.</summary>
    public string Folder => _content.Root;

    /// <summary>The content folder inside it.</summary>
    public string ContentDirectory => _content.Content;

    /// <summary>Writes <paramref name="text"/> to a file named <paramref name="name"/> and imports it.</summary>
    public ImportResult Import(string text, string name = "gamla.txt")
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, text);
        return MinutesImporter.Import(path, ContentDirectory);
    }

    /// <inheritdoc />
    public void Dispose() => _content.Dispose();
}
