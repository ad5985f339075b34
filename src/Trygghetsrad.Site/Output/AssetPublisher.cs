using System.Security.Cryptography;
using Trygghetsrad.Site.Content;

namespace Trygghetsrad.Site.Output;

/// <summary>
/// Publishes the static assets from <c>templates/assets/</c> into <c>/assets/</c>, naming CSS and JS files
/// after their content hash (site.3f2a9c1b7e.css) so browsers may cache them for long. Scripts are
/// minified first (<see cref="ScriptMinifier"/>).
/// </summary>
public static class AssetPublisher
{
    /// <summary>Every asset as it is published: read, minified and named (a build does it while it reads the content).</summary>
    public static IReadOnlyList<MadeAsset> Make(string assetsDirectory)
    {
        // Links are never followed (ContentBoundary reports them), and an empty file is not opened (a named pipe looks empty).
        if (!Directory.Exists(assetsDirectory) || ContentBoundary.IsLink(assetsDirectory))
        {
            return [];
        }

        return
        [
            .. Directory.EnumerateFiles(assetsDirectory)
                .Order(StringComparer.Ordinal)
                .Select(path => new FileInfo(path))
                .Where(file => file.LinkTarget is null)
                .Select(file => Made(file.Name, file.Length == 0 ? [] : File.ReadAllBytes(file.FullName))),
        ];
    }

    /// <summary>Writes the assets; returns the published file name of each source file name.</summary>
    public static IReadOnlyDictionary<string, string> Publish(IReadOnlyList<MadeAsset> assets, SiteOutput output)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var asset in assets)
        {
            output.WriteBytes("assets/" + asset.Published, asset.Bytes);
            names[asset.Name] = asset.Published;
        }

        return names;
    }

    private static MadeAsset Made(string name, byte[] bytes)
    {
        var extension = Path.GetExtension(name);
        if (extension == ".js")
        {
            bytes = ScriptMinifier.Minify(name, bytes);
        }

        var published = extension is ".css" or ".js"
            ? $"{Path.GetFileNameWithoutExtension(name)}.{Convert.ToHexStringLower(SHA256.HashData(bytes))[..10]}{extension}"
            : name;
        return new MadeAsset(name, published, bytes);
    }
}

/// <summary>An asset as it is published.</summary>
/// <param name="Name">The source file's name in <c>templates/assets/</c>.</param>
/// <param name="Published">The published file's name in <c>/assets/</c>.</param>
/// <param name="Bytes">The published bytes (a script minified).</param>
public sealed record MadeAsset(string Name, string Published, byte[] Bytes);
