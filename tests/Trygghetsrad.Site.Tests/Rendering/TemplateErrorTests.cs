using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Rendering;

/// <summary>Template mistakes a web person can make are reported at the template's line and column.</summary>
public sealed class TemplateErrorTests : IDisposable
{
    private readonly TempContent _content = new(withRealMeeting: true);
    private readonly string _templates;

    public TemplateErrorTests()
    {
        _templates = _content.CopyTemplates();
    }

    public void Dispose() => _content.Dispose();

    private BuildResult Build() => new SiteBuilder().Build(new BuildOptions(_content.Content, _templates, Path.Combine(_content.Root, "out")));

    [Fact]
    public void Syntax_error_is_reported_at_its_place()
    {
        File.WriteAllText(Path.Combine(_templates, "year.sbn"), "<h1>Möten\n{{ for m in page.meetings }}\n");
        var error = Assert.Single(Build().Diagnostics);
        Assert.EndsWith("year.sbn", error.Location.Path, StringComparison.Ordinal);
        Assert.StartsWith("mallfel: ", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Location.Line);
    }

    [Fact]
    public void Misspelt_variable_is_an_error_not_an_empty_string()
    {
        File.WriteAllText(Path.Combine(_templates, "year.sbn"), "<h1>Möten {{ page.yaer }}</h1>\n");
        var result = Build();
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Location.Path.EndsWith("year.sbn", StringComparison.Ordinal));
        Assert.Equal((1, 19), (error.Location.Line, error.Location.Column));
        Assert.Contains("yaer", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_content.Root, "out")));
    }

    [Fact]
    public void A_count_of_a_noun_without_swedish_forms_is_an_error_at_its_place()
    {
        File.WriteAllText(Path.Combine(_templates, "year.sbn"), "<h1>Möten</h1>\n<p>{{ count 2 \"katt\" }}</p>\n");
        var error = Assert.Single(Build().Diagnostics, d => d.Location.Path.EndsWith("year.sbn", StringComparison.Ordinal));
        Assert.Equal(2, error.Location.Line);
        Assert.Equal("mallfel: count känner inte ordet 'katt' – orden står i Text/SwedishCount.cs", error.Message);
    }

    [Fact]
    public void An_error_in_a_part_of_a_page_is_reported_once_at_the_parts_line()
    {
        // The topic's overview is rendered once and shared by all of the topic's pages; each of them fails with it.
        File.WriteAllText(Path.Combine(_templates, "topic-overview.sbn"), "<figure>\n{{ page.topic.nmae }}\n</figure>\n");
        var result = Build();
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Location.Path.EndsWith(".sbn", StringComparison.Ordinal));
        Assert.EndsWith("topic-overview.sbn", error.Location.Path, StringComparison.Ordinal);
        Assert.Equal((2, 15), (error.Location.Line, error.Location.Column));
        Assert.Contains("nmae", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_of_every_page_that_reads_the_page_is_an_error_at_its_line()
    {
        // The footer is rendered once per language, so it has no page to read.
        File.WriteAllText(Path.Combine(_templates, "footer.sbn"), "<p>{{ site.name }}</p>\n<p>{{ page.url }}</p>\n");
        var result = Build();
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Location.Path.EndsWith(".sbn", StringComparison.Ordinal));
        Assert.EndsWith("footer.sbn", error.Location.Path, StringComparison.Ordinal);
        Assert.Equal(2, error.Location.Line);
    }

    [Fact]
    public void Missing_template_is_reported()
    {
        File.Delete(Path.Combine(_templates, "topic.sbn"));
        var error = Assert.Single(Build().Diagnostics);
        Assert.EndsWith("topic.sbn", error.Location.Path, StringComparison.Ordinal);
        Assert.Equal("mallen 'topic.sbn' saknas i mallmappen", error.Message);
    }

    [Fact]
    public void A_missing_templates_folder_is_one_error_not_one_per_template()
    {
        Directory.Delete(_templates, recursive: true);
        var error = Assert.Single(Build().Diagnostics);
        Assert.EndsWith("templates", error.Location.Path, StringComparison.Ordinal);
        Assert.Equal("mallmappen finns inte", error.Message);
    }
}
