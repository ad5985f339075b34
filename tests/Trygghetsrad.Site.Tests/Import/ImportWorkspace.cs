using Trygghetsrad.Site.Import;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Import;

/// <summary>A temporary content folder (the real site.yml and topics.yml, no meetings) to import into.</summary>
public sealed class ImportWorkspace : IDisposable
{
    private readonly TempContent _content = new();

    /// <summary>
    /// The seed as the tests read it: the committed copy, which <see cref="SeedImportTests"/> holds to the seed's
    /// SHA-256 and, where the shared seeds folder is at hand, to the seed itself.
    /// </summary>
    public static string SeedPath => FixtureSeedPath;

    /// <summary>The committed copy of the seed.</summary>
    public static string FixtureSeedPath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "import", SeedName);

    /// <summary>
    /// The seed in the shared seeds folder (<c>shared/seeds/</c> beside the repository, or beside the folder of
    /// worktrees it is in), or null where there is none: a fresh clone, as in CI, has only the committed copies.
    /// </summary>
    public static string? SharedSeedPath =>
        new[] { "..", Path.Combine("..", "..") }
            .Select(up => Path.GetFullPath(Path.Combine(RepositoryRoot.Path, up, "shared", "seeds", SeedName)))
            .FirstOrDefault(File.Exists);

    /// <summary>The SHA-256 of the seed, as in the shared seeds folder.</summary>
    public const string SeedSha256 = "6764df00e85395f1085027c9e1c3025a551e5aa473f05374050d4e467d8e85c3";

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
