using System.IO.Enumeration;
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
        return AddFiles(fingerprint, contentDirectory, Path.GetFullPath(Path.Combine(contentDirectory, ContentLoader.MeetingsFolder))).Value;
    }

    /// <summary><paramref name="settings"/> with every file of the templates folder and the options that change pages.</summary>
    public static Hash128 Pages(Hash128 settings, string templatesDirectory, string basePath, string baseUrl)
    {
        var fingerprint = new Fingerprint("pages").Add(settings).Add(basePath).Add(baseUrl);
        return AddFiles(fingerprint, templatesDirectory, skipped: null).Value;
    }

    // Every file below the folder except in the folder skipped, which is not walked at all: a large archive's
    // meeting folder has ten thousand files.
    private static Fingerprint AddFiles(Fingerprint fingerprint, string directory, string? skipped)
    {
        if (!Directory.Exists(directory))
        {
            return fingerprint.Add("(ingen mapp)");
        }

        var root = Path.GetFullPath(directory);
        var files = new FileSystemEnumerable<string>(root, (ref FileSystemEntry entry) => entry.ToFullPath(), new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
            ShouldRecursePredicate = (ref FileSystemEntry entry) => skipped is null || entry.ToFullPath() != skipped,
        };
        foreach (var path in files.Order(StringComparer.Ordinal))
        {
            fingerprint.Add(Path.GetRelativePath(root, path)).Add(File.ReadAllBytes(path));
        }

        return fingerprint;
    }
}
