namespace Trygghetsrad.Site.Testing;

/// <summary>Finds the repository root (the folder with Trygghetsrad.Site.sln) above the test's binaries; shared by both test projects.</summary>
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
