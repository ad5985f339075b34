namespace Trygghetsrad.Site.Tests.Infrastructure;

/// <summary>
/// A content folder in a temporary directory, seeded with the real site.yml and topics.yml, for tests that
/// write their own (fictional) meetings. Paths in diagnostics are shown relative to <see cref="Root"/>'s parent
/// only when the test runs there, so tests compare against <see cref="Shown"/>.
/// </summary>
public sealed class TempContent : IDisposable
{
    public TempContent()
    {
        Folder = Path.Combine(Path.GetTempPath(), "trygghetsrad-test-" + Guid.NewGuid().ToString("N"));
        Root = Path.Combine(Folder, "content");
        Directory.CreateDirectory(Path.Combine(Root, "moten"));
        foreach (var file in new[] { "site.yml", "topics.yml" })
        {
            File.Copy(Path.Combine(RepositoryRoot.Path, "content", file), Path.Combine(Root, file));
        }
    }

    /// <summary>The temporary folder holding <c>content/</c>.</summary>
    public string Folder { get; }

    /// <summary>The content folder.</summary>
    public string Root { get; }

    /// <summary>Writes a file below the content folder and returns its full path.</summary>
    public string Write(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>The path diagnostics show for a file below the content folder.</summary>
    public string Shown(string relative) => Trygghetsrad.Site.Diagnostics.DisplayPath.For(Path.Combine(Root, relative));

    /// <summary>A fictional meeting with front matter fields <paramref name="fields"/> (YAML lines) and <paramref name="body"/>.</summary>
    public static string Meeting(string date, string fields = "", string body = "## Övrigt\n\nVi pratade om klotter.\n") =>
        $"---\n# Fiktivt möte för tester.\ndate: {date}\nlocation: Kommunhuset\nparticipants:\n  - group: Förtroendevalda\n    members:\n      - Fiktiv Person (X)\n{fields}---\n\n{body}";

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

/// <summary>Finds the repository root (the folder with Trygghetsrad.Site.sln).</summary>
public static class RepositoryRoot
{
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
