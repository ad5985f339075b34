using System.Text;

namespace Trygghetsrad.Site.Tests.Infrastructure;

/// <summary>
/// A throw-away content folder: the real site.yml and topics.yml, plus meetings a test writes.
/// Meetings written here are fictional test data and never reach content/.
/// </summary>
public sealed class TempContent : IDisposable
{
    /// <summary>A minimal valid front matter start for fictional test meetings.</summary>
    public const string FictionalComment = "# Fiktivt möte för test.\n";

    /// <summary>The comment a test's copy of the real meeting carries as its first front matter line.</summary>
    public const string RealMeetingCopyComment = "# Kopia för test av mötet content/moten/2021/2021-09-15.md, i en tillfällig mapp.\n";

    /// <summary>Creates the folder with the real site.yml and topics.yml (and, when asked, a marked copy of the real meeting).</summary>
    public TempContent(bool withRealMeeting = false)
    {
        Root = Path.Combine(Path.GetTempPath(), "trygghetsrad-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "content", "moten"));
        File.Copy(Path.Combine(RepositoryRoot.Path, "content", "site.yml"), Path.Combine(Content, "site.yml"));
        File.Copy(Path.Combine(RepositoryRoot.Path, "content", "topics.yml"), Path.Combine(Content, "topics.yml"));
        if (withRealMeeting)
        {
            var real = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "content", "moten", "2021", "2021-09-15.md"));
            Write("moten/2021/2021-09-15.md", "---\n" + RealMeetingCopyComment + real[4..]);
        }
    }

    /// <summary>The temporary root (content/ and outputs live below it).</summary>
    public string Root { get; }

    /// <summary>The content folder.</summary>
    public string Content => Path.Combine(Root, "content");

    /// <summary>The repository's templates.</summary>
    public static string Templates => Path.Combine(RepositoryRoot.Path, "templates");

    /// <summary>Copies the repository's templates beside the content folder, where a test may change them, and returns that folder.</summary>
    public string CopyTemplates()
    {
        var templates = Path.Combine(Root, "templates");
        foreach (var file in Directory.EnumerateFiles(Templates, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(templates, Path.GetRelativePath(Templates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return templates;
    }

    /// <summary>Writes a file below content/ and returns its full path.</summary>
    public string Write(string relativePath, string text) => WriteBytes(relativePath, new UTF8Encoding(false).GetBytes(text));

    /// <summary>Writes raw bytes below content/ and returns its full path.</summary>
    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Content, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>A fictional meeting with the given extra front matter lines and body.</summary>
    public string WriteMeeting(string date, string frontMatter = "", string body = "\n## Inledning\n\nMötet öppnas.\n", string? fileName = null)
    {
        var text = $"---\n{FictionalComment}date: {date}\n{frontMatter}---\n{body}";
        return Write($"moten/{date[..4]}/{fileName ?? date + ".md"}", text);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
