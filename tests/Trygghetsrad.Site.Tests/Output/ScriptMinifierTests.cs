using System.Text;
using Trygghetsrad.Site.Output;

namespace Trygghetsrad.Site.Tests.Output;

/// <summary>Published scripts are minified; the Jint search tests run the published search.js itself.</summary>
public sealed class ScriptMinifierTests
{
    [Fact]
    public void Search_script_loses_comments_and_about_half_its_bytes_but_keeps_its_api()
    {
        var source = File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "templates", "assets", "search.js"));

        var minified = Encoding.UTF8.GetString(ScriptMinifier.Minify("search.js", source));

        Assert.True(minified.Length < source.Length * 0.6, $"{minified.Length} av {source.Length} byte");
        Assert.DoesNotContain("Sökningen i Trygghetsrådets arkiv", minified, StringComparison.Ordinal);
        Assert.Contains("TrygghetsradSok", minified, StringComparison.Ordinal);
        Assert.Contains("\"sok-manifest\"", minified.Replace('\'', '"'), StringComparison.Ordinal);
    }

    [Fact]
    public void Script_that_does_not_parse_fails_with_its_name() =>
        Assert.Contains(
            "trasig.js",
            Assert.Throws<InvalidOperationException>(() => ScriptMinifier.Minify("trasig.js", Encoding.UTF8.GetBytes("function ( {"))).Message,
            StringComparison.Ordinal);
}
