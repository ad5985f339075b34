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
    /// <summary>Every asset as it would be published, made ahead (a clean build does it while it reads the content).</summary>
    public static IReadOnlyList<MadeAsset> Make(string assetsDirectory) =>
        [.. Sources(assetsDirectory).Select(source => Made(source.Name, source.Hash, source.Bytes))];

    /// <summary>Copies the assets; returns the published file name of each source file name.</summary>
    /// <param name="assetsDirectory">The assets folder.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="made">Assets made ahead by <see cref="Make"/>; one whose source has changed since is made again.</param>
    public static IReadOnlyDictionary<string, string> Publish(string assetsDirectory, SiteOutput output, IReadOnlyList<MadeAsset>? made = null)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, source, bytes) in Sources(assetsDirectory))
        {
            // A published name carries a hash of what is published: an incremental build that has the file this
            // source (name and bytes) made keeps it rather than minifying the script again.
            if (output.PreviouslyMadeFrom(source, p => p.StartsWith("assets/", StringComparison.Ordinal)) is { } kept
                && output.KeepMadeFrom(kept, source))
            {
                names[name] = kept["assets/".Length..];
                continue;
            }

            var asset = made?.FirstOrDefault(m => m.Source == source) ?? Made(name, source, bytes);
            if (asset.Published != name)
            {
                output.KeepMadeFrom("assets/" + asset.Published, source);
            }

            output.WriteBytes("assets/" + asset.Published, asset.Bytes);
            names[name] = asset.Published;
        }

        return names;
    }

    private static IEnumerable<(string Name, Hash128 Hash, byte[] Bytes)> Sources(string assetsDirectory)
    {
        if (!Directory.Exists(assetsDirectory))
        {
            yield break;
        }

        foreach (var path in Directory.EnumerateFiles(assetsDirectory).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var bytes = File.ReadAllBytes(path);
            yield return (name, Hash128.Of(name, bytes), bytes);
        }
    }

    private static MadeAsset Made(string name, Hash128 source, byte[] bytes)
    {
        var extension = Path.GetExtension(name);
        if (extension == ".js")
        {
            bytes = ScriptMinifier.Minify(name, bytes);
        }

        var published = extension is ".css" or ".js"
            ? $"{Path.GetFileNameWithoutExtension(name)}.{Convert.ToHexStringLower(SHA256.HashData(bytes))[..10]}{extension}"
            : name;
        return new MadeAsset(name, source, published, bytes);
    }
}

/// <summary>An asset as it is published.</summary>
/// <param name="Name">The source file's name in <c>templates/assets/</c>.</param>
/// <param name="Source">The hash of the source's name and bytes.</param>
/// <param name="Published">The published file's name in <c>/assets/</c>.</param>
/// <param name="Bytes">The published bytes (a script minified).</param>
public sealed record MadeAsset(string Name, Hash128 Source, string Published, byte[] Bytes);
