using System.Text.Json;
using Trygghetsrad.Site.Search;

namespace Trygghetsrad.Site.Tests.Search;

/// <summary>The manifest inside the search page cannot end or change its data block.</summary>
public sealed class SearchManifestBlockTests
{
    [Theory]
    [InlineData("{\"stop\":[\"</script><script>alert(1)</script>\"]}")]
    [InlineData("{\"stop\":[\"<!--\",\"</SCRIPT \"]}")]
    public void Angle_brackets_are_escaped_and_the_json_keeps_its_value(string json)
    {
        var html = SearchManifestBlock.Html(json).Value;

        Assert.DoesNotContain("<", html, StringComparison.Ordinal);
        using var original = JsonDocument.Parse(json);
        using var embedded = JsonDocument.Parse(html);
        Assert.Equal(original.RootElement.GetProperty("stop")[0].GetString(), embedded.RootElement.GetProperty("stop")[0].GetString());
    }

    [Fact]
    public void Plain_manifest_is_unchanged()
    {
        const string json = "{\"v\":2,\"meetings\":3,\"stop\":[\"att\",\"och\"]}";
        Assert.Equal(json, SearchManifestBlock.Html(json).Value);
    }
}
