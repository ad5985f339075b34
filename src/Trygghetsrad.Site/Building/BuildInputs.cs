using Trygghetsrad.Site.Content;

namespace Trygghetsrad.Site.Building;

/// <summary>
/// Fingerprints of what every page may depend on besides the meetings: a cache is only used under the same.
/// </summary>
internal static class BuildInputs
{
    /// <summary>
    /// The generator itself and every file of the content folder outside <c>moten/</c> (settings, topics,
    /// accessibility statement): what reading a meeting file depends on.
    /// </summary>
    public static Hash128 Settings(string contentDirectory)
    {
        var fingerprint = new Fingerprint("settings").Add(typeof(BuildInputs).Assembly.ManifestModule.ModuleVersionId.ToString());
        var meetings = Path.GetFullPath(Path.Combine(contentDirectory, ContentLoader.MeetingsFolder)) + Path.DirectorySeparatorChar;
        return AddFiles(fingerprint, contentDirectory, path => !path.StartsWith(meetings, StringComparison.Ordinal)).Value;
    }

    /// <summary><paramref name="settings"/> with every file of the templates folder and the options that change pages.</summary>
    public static Hash128 Pages(Hash128 settings, string templatesDirectory, string basePath, string baseUrl)
    {
        var fingerprint = new Fingerprint("pages").Add(settings).Add(basePath).Add(baseUrl);
        return AddFiles(fingerprint, templatesDirectory, _ => true).Value;
    }

    private static Fingerprint AddFiles(Fingerprint fingerprint, string directory, Func<string, bool> include)
    {
        if (!Directory.Exists(directory))
        {
            return fingerprint.Add("(ingen mapp)");
        }

        var root = Path.GetFullPath(directory);
        foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(include).Order(StringComparer.Ordinal))
        {
            fingerprint.Add(Path.GetRelativePath(root, path)).Add(File.ReadAllBytes(path));
        }

        return fingerprint;
    }
}
