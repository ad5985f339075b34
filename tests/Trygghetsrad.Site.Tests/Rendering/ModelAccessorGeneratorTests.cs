using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Scriban.Runtime;
using Trygghetsrad.Site.Generators;

namespace Trygghetsrad.Site.Tests.Rendering;

/// <summary>
/// The generator on small compilations: which types it finds from the roots (page types, values put into a
/// ScriptObject) and their members, and what it refuses.
/// </summary>
public sealed class ModelAccessorGeneratorTests
{
    // Stand-ins for Scriban's ScriptObject and the site's IPage, by their real names.
    private const string Stubs = """
        namespace Scriban.Runtime
        {
            public class ScriptObject
            {
                public object? this[string key] { get => null; set { } }
                public void SetValue(string key, object? value, bool readOnly) { }
            }

            public sealed class ScriptMemberIgnoreAttribute : System.Attribute { }
        }

        namespace Trygghetsrad.Site.Rendering
        {
            public interface IPage { string Title { get; } }
        }
        """;

    [Fact]
    public void Follows_page_types_through_lists_arrays_nullables_and_interfaces()
    {
        var (source, diagnostics) = Generate("""
            using System.Collections.Generic;
            using Trygghetsrad.Site.Rendering;
            namespace Site.Pages
            {
                public sealed record ListPage(string Title, IReadOnlyList<Row> Rows, Cell[] Cells, Span? Span, IShape Shape) : IPage;
                public sealed record Row(string Text);
                public sealed record Cell(int Number);
                public readonly record struct Span(int Start, int Length);
                public interface IShape { }
                public sealed record Circle(double Radius) : IShape;
                public sealed record Square(double Side) : IShape;
                public sealed record Unreached(string Name);
            }
            """);

        Assert.Empty(diagnostics);
        foreach (var type in new[] { "ListPage", "Row", "Cell", "Span", "Circle", "Square" })
        {
            Assert.Contains($"[typeof(global::Site.Pages.{type})]", source, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Unreached", source, StringComparison.Ordinal);
        Assert.DoesNotContain("typeof(global::Site.Pages.IShape)]", source, StringComparison.Ordinal);
        Assert.Contains("new(\"rows\", typeof(global::System.Collections.Generic.IReadOnlyList<global::Site.Pages.Row>), static target => ((global::Site.Pages.ListPage)target).Rows),", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_put_into_a_script_object_are_roots_and_object_typed_values_are_not()
    {
        var (source, diagnostics) = Generate("""
            using Scriban.Runtime;
            namespace Site.Globals
            {
                public sealed record Settings(string Name);
                public sealed record Links(string Home);
                public sealed record Assets(string Css);
                public sealed record Hidden(string Secret);
                public static class Setup
                {
                    public static ScriptObject Make(object anything)
                    {
                        var globals = new ScriptObject { ["site"] = new Settings("x") };
                        globals["urls"] = new Links("/");
                        globals.SetValue("assets", new Assets("a.css"), true);
                        globals["page"] = anything;
                        object boxed = new Hidden("y");
                        globals["boxed"] = boxed;
                        return globals;
                    }
                }
            }
            """);

        Assert.Empty(diagnostics);
        Assert.Contains("[typeof(global::Site.Globals.Settings)]", source, StringComparison.Ordinal);
        Assert.Contains("[typeof(global::Site.Globals.Links)]", source, StringComparison.Ordinal);
        Assert.Contains("[typeof(global::Site.Globals.Assets)]", source, StringComparison.Ordinal);
        Assert.DoesNotContain("Hidden", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Members_are_named_as_Scriban_names_them_and_listed_as_it_lists_them()
    {
        string[] names = ["Title", "DateWithWeekday", "URLPath", "HTMLBody", "X1Y", "ÅrTal", "A", "already_snake"];
        var properties = string.Join(", ", names.Skip(1).Select(n => "string " + n));
        var (source, diagnostics) = Generate($$"""
            namespace Site.Names
            {
                public record Base(string Inherited);
                public sealed record Page(string Title, {{properties}}) : Base("i"), Trygghetsrad.Site.Rendering.IPage
                {
                    public string Field = "";
                    public const int Constant = 1;
                    public static string Static => "";
                    public string this[int index] => "";
                    [Scriban.Runtime.ScriptMemberIgnore] public string Ignored => "";
                    public System.ReadOnlySpan<char> Span => default;
                    internal string Internal => "";
                }
            }
            """);

        Assert.Empty(diagnostics);
        var page = source[source.IndexOf("[typeof(global::Site.Names.Page)]", StringComparison.Ordinal)..];
        page = page[..page.IndexOf("]),", StringComparison.Ordinal)];
        var generated = page.Split("new(\"").Skip(1).Select(line => line[..line.IndexOf('"')]).ToList();
        string[] expected = ["field", .. names.Select(StandardMemberRenamer.Rename), "inherited"];
        Assert.Equal(expected, generated);
    }

    [Theory]
    [InlineData("public interface IPart { } public sealed record Page(string Title, IPart Part) : Trygghetsrad.Site.Rendering.IPage { private sealed record Secret(int X) : IPart; }", "TRG001")]
    [InlineData("public sealed record Page(string Title, Box<int> Box) : Trygghetsrad.Site.Rendering.IPage; public sealed record Box<T>(T Value);", "TRG002")]
    public void A_model_generated_code_cannot_read_is_an_error(string declarations, string id)
    {
        var (_, diagnostics) = Generate("namespace Site.Bad { " + declarations + " }");

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void Without_the_page_interface_it_says_where_it_starts()
    {
        var (_, diagnostics) = Generate("namespace Site { public sealed record Page(string Title); }", stubs: "");

        Assert.Equal("TRG003", Assert.Single(diagnostics).Id);
    }

    private static (string Source, ImmutableArray<Diagnostic> Diagnostics) Generate(string code, string stubs = Stubs)
    {
        // The framework only: the test's own dependencies include the site, whose IPage would stand in for the stub's.
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetDirectoryName(path) == framework)
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "Models",
            [CSharpSyntaxTree.ParseText(stubs), CSharpSyntaxTree.ParseText(code)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));

        var result = CSharpGeneratorDriver.Create(new ModelAccessorGenerator()).RunGenerators(compilation).GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        return (result.GeneratedSources.Single().SourceText.ToString(), result.Diagnostics);
    }
}
