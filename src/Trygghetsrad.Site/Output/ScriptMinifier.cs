using System.Text;
using NUglify;
using NUglify.JavaScript;

namespace Trygghetsrad.Site.Output;

/// <summary>
/// Minifies the site's own scripts when they are published: the readable, commented source stays in
/// <c>templates/assets/</c>, and a resident's first search fetches about half the bytes.
/// </summary>
public static class ScriptMinifier
{
    /// <summary>The minified script; throws when NUglify cannot parse it, which is a bug in our asset, not in content.</summary>
    public static byte[] Minify(string name, byte[] source)
    {
        var result = Uglify.Js(Encoding.UTF8.GetString(source), name, new CodeSettings { PreserveImportantComments = false });
        if (result.HasErrors)
        {
            throw new InvalidOperationException($"{name} kan inte minifieras: " + string.Join("; ", result.Errors));
        }

        return Encoding.UTF8.GetBytes(result.Code);
    }
}
