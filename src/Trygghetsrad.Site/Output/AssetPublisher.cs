using System.Security.Cryptography;
using Trygghetsrad.Site.Content;

namespace Trygghetsrad.Site.Output;

/// <summary>
/// Copies the static assets from <c>templates/assets/</c> into <c>/assets/</c>, naming CSS and JS files
/// after their content hash (site.3f2a9c1b7e.css) so browsers may cache them for long. Scripts are
/// minified first (<see cref="ScriptMinifier"/>).
/// </summary>
public static class AssetPublisher
{
    /// <summary>Copies the assets; returns the published file name of each source file name.</summary>
    public static IReadOnlyDictionary<string, string> Publish(string assetsDirectory, SiteOutput output)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(assetsDirectory))
        {
            return names;
        }

        foreach (var path in Directory.EnumerateFiles(assetsDirectory).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var extension = Path.GetExtension(name);
            var bytes = File.ReadAllBytes(path);

            // A published name carries a hash of what is published: an incremental build that has the file this
            // source (name and bytes) made keeps it rather than minifying the script again.
            var source = Hash128.Of(name, bytes);
            if (output.PreviouslyMadeFrom(source, p => p.StartsWith("assets/", StringComparison.Ordinal)) is { } kept
                && output.KeepMadeFrom(kept, source))
            {
                names[name] = kept["assets/".Length..];
                continue;
            }

            if (extension == ".js")
            {
                bytes = ScriptMinifier.Minify(name, bytes);
            }

            var published = extension is ".css" or ".js"
                ? $"{Path.GetFileNameWithoutExtension(name)}.{Convert.ToHexStringLower(SHA256.HashData(bytes))[..10]}{extension}"
                : name;
            if (published != name)
            {
                output.KeepMadeFrom("assets/" + published, source);
            }

            output.WriteBytes("assets/" + published, bytes);
            names[name] = published;
        }

        return names;
    }
}
