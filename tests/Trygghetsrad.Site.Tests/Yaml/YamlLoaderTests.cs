using System.Text;
using Trygghetsrad.Site.Yaml;
using YamlDotNet.Core;
using Model = YamlDotNet.RepresentationModel;

namespace Trygghetsrad.Site.Tests.Yaml;

/// <summary>
/// The event-based loader must read every text as YamlDotNet's own document model (YamlStream) did:
/// the same tree, values, styles and positions, or the same exception at the same place.
/// </summary>
public sealed class YamlLoaderTests
{
    public static TheoryData<string> Texts() => new()
    {
        "",
        "# bara en kommentar\n",
        "---\n",
        "date: 2021-09-15\nstart: \"17:30\"\nend: '19:00'\nlocation: Digitalt via Teams\n",
        "date: 2021-09-15\nparticipants:\n  - group: Förtroendevalda\n    members:\n      - Anna (C)\n      - Hans (M)\n  - members:\n      - Joar\nnext_meeting:\n  date: 2021-11-17\n  location:\n",
        "topics: [klotter, samverkan]\nnext_meeting: {date: 2021-11-17, start: \"17:30\"}\n",
        "title: |\n  två\n  rader\nnote: >\n  vikt\n  text\n",
        "a: ~\nb: null\nc: NULL\nd: ''\ne:\n",
        "- slug: klotter\n  match: [klotter]\n- slug: annat\n",
        "location: A\nlocation: B\n",
        "location: A\n'location': B\n",
        "location: A\n!!str location: B\n",
        "next_meeting:\n  date: 2021-11-17\n  date: 2021-11-18\n",
        "location: A\nlocation: B\nstart: \"17:30\n",
        "location: \"Kommunhuset\n",
        "location: Kommunhuset\n\tstart: 17:30\n",
        "date: 2021-09-15\n  start: 17:30\n",
        "- a\nb: c\n",
        "a: b: c\n",
        "a: 1\n---\nb: [\n",
        "a: 1\n---\nb: 2\n",
        "a: &x hej\nb: *x\n",
        "a: *saknas\n",
        "a: &x [1, 2]\nb: *x\nc: *x\n",
        "&x [*x]\n",
        "*x\n",
        "? [a, b]\n: c\n? [a, b]\n: d\n",
        "? {a: b}\n: c\n",
        "!tagg a: 1\na: 2\n",
        "a: !!int 1\n",
        "a: &x 1\nb: &x 2\nc: *x\n",
        "%YAML 1.1\n---\na: 1\n",
        "a: 1\n...\n",
        "{a: 1, a: 2}\n",
        "a: 'it''s'\nb: \"tab\\tny\\nrad\"\n",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Reads_like_YamlDotNets_document_model(string text)
    {
        Assert.Equal(Expected(text), Actual(text));
    }

    [Theory]
    [InlineData("date: [2021-09-15\nstart: \"17:30\"\n")]
    [InlineData("a: 1\nb: &x 2\nc: {d: *x\ne: 3\n")]
    public void What_else_YamlDotNet_throws_is_a_YamlException_where_its_scanner_stopped(string text)
    {
        // YamlStream itself throws InvalidOperationException here (YamlDotNet issue #541).
        Assert.Throws<InvalidOperationException>(() => new Model.YamlStream().Load(new StringReader(text)));

        var ex = Assert.Throws<YamlException>(() => YamlLoader.Load(text));
        Assert.IsType<InvalidOperationException>(ex.InnerException);
        Assert.InRange(ex.Start.Line, 2, text.Count(c => c == '\n') + 1);
    }

    [Theory]
    [InlineData("a: ", false)]
    [InlineData("a: &x 1\nb: ", false)]
    [InlineData("a:\n", true)]
    public void Nesting_deeper_than_the_limit_is_refused_without_recursing_into_it(string start, bool block)
    {
        static string Nested(int depth, bool block) => block
            ? string.Concat(Enumerable.Range(1, depth).Select(i => new string(' ', 2 * i) + "-\n"))
            : new string('[', depth) + new string(']', depth);

        var ex = Assert.Throws<YamlException>(() => YamlLoader.Load(start + Nested(5_000, block)));
        Assert.Contains("djupare än 64 nivåer", ex.Message, StringComparison.Ordinal);
        Assert.NotNull(YamlLoader.Load(start + Nested(YamlLoader.MaxDepth - 1, block)));
    }

    private static string Expected(string text)
    {
        try
        {
            var stream = new Model.YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 0 ? "(inget dokument)" : Dump(stream.Documents[0].RootNode);
        }
        catch (YamlException ex)
        {
            return Describe(ex);
        }
    }

    private static string Actual(string text)
    {
        try
        {
            return YamlLoader.Load(text) is { } root ? Dump(root) : "(inget dokument)";
        }
        catch (YamlException ex)
        {
            return Describe(ex);
        }
    }

    private static string Describe(YamlException ex) =>
        $"{ex.GetType().Name} {ex.Start}–{ex.End}: {ex.Message} / {ex.InnerException?.Message}";

    private static string At(Mark start, Mark end) => $"@{start.Line}:{start.Column}-{end.Line}:{end.Column}";

    private static string Dump(Model.YamlNode node) => Dump(node, new StringBuilder(), 0).ToString();

    private static StringBuilder Dump(Model.YamlNode node, StringBuilder into, int depth)
    {
        if (depth > 4)
        {
            return into.Append('…');
        }

        into.Append(At(node.Start, node.End));
        return node switch
        {
            Model.YamlScalarNode s => into.Append($"[{s.Style}]'{s.Value}'"),
            Model.YamlSequenceNode q => q.Children.Aggregate(into.Append('['), (b, c) => Dump(c, b, depth + 1).Append(", ")).Append(']'),
            Model.YamlMappingNode m => m.Children.Aggregate(into.Append('{'), (b, e) => Dump(e.Value, Dump(e.Key, b, depth + 1).Append(": "), depth + 1).Append(", ")).Append('}'),
            _ => into.Append('?'),
        };
    }

    private static string Dump(YamlNode node) => Dump(node, new StringBuilder(), 0).ToString();

    private static StringBuilder Dump(YamlNode node, StringBuilder into, int depth)
    {
        if (depth > 4)
        {
            return into.Append('…');
        }

        into.Append(At(node.Start, node.End));
        return node switch
        {
            YamlScalarNode s => into.Append($"[{s.Style}]'{s.Value}'"),
            YamlSequenceNode q => q.Children.Aggregate(into.Append('['), (b, c) => Dump(c, b, depth + 1).Append(", ")).Append(']'),
            YamlMappingNode m => m.Children.Aggregate(into.Append('{'), (b, e) => Dump(e.Value, Dump(e.Key, b, depth + 1).Append(": "), depth + 1).Append(", ")).Append('}'),
            _ => into.Append('?'),
        };
    }
}
