using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using Model = YamlDotNet.RepresentationModel;

namespace Trygghetsrad.Site.Yaml;

/// <summary>
/// Builds the first document of a YAML text as read-only <see cref="YamlNode"/>s straight from YamlDotNet's
/// event <see cref="Parser"/> rather than its document model (<c>YamlStream</c>), which builds more than a
/// build needs, and the front matter of every meeting is read on every build. The behaviour is YamlStream's:
/// the whole stream is parsed, a key given twice in a mapping throws the same <see cref="YamlException"/> at the same place, and
/// the rare texts the event path does not model (anchors, aliases, lists or mappings as keys) are loaded
/// through YamlStream itself and converted, so they behave exactly as YamlStream loads them. Two things differ, so that no
/// text can crash a build: whatever else YamlDotNet throws becomes a <see cref="YamlException"/> at the place
/// its scanner stopped, and lists and mappings nested deeper than <see cref="MaxDepth"/> are refused (nodes are
/// built recursively, and a text of thousands of '[' would exhaust the stack, which no handler survives).
/// </summary>
public static class YamlLoader
{
    /// <summary>How deeply lists and mappings may nest; front matter needs three levels.</summary>
    public const int MaxDepth = 64;

    /// <summary>The first document's root; null when the text has no document.</summary>
    /// <exception cref="YamlException">The text is not valid YAML, a mapping has a key twice, or it nests too deeply.</exception>
    public static YamlNode? Load(string text)
    {
        YamlNode? root = null;
        return Read(text, parser => new EventTreeBuilder(parser).TryLoad(out root)) ? root : LoadThroughDocumentModel(text);
    }

    private static YamlNode? LoadThroughDocumentModel(string text)
    {
        // YamlStream builds its nodes recursively too: the depth is checked on the events first.
        Read(text, CheckDepth);
        var stream = new Model.YamlStream();
        Read(text, parser =>
        {
            stream.Load(parser);
            return true;
        });
        return stream.Documents.Count == 0
            ? null
            : Convert(stream.Documents[0].RootNode, new Dictionary<Model.YamlNode, YamlNode>(ReferenceEqualityComparer.Instance));
    }

    // Runs one pass of YamlDotNet over the text. Its scanner throws InvalidOperationException, not YamlException,
    // for some broken texts (an unclosed '[' or '{' with more lines after it; YamlDotNet issue #541), and other
    // library failures are no different for an editor: all are located where the scanner stopped.
    private static T Read<T>(string text, Func<IParser, T> read)
    {
        var scanner = new Scanner(new StringReader(text));
        try
        {
            return read(new Parser(scanner));
        }
        catch (Exception ex) when (ex is not YamlException)
        {
            var at = scanner.CurrentPosition;
            throw new YamlException(at, at, "läsningen stannade här – saknas en avslutande ']' eller '}', eller ett avslutande citattecken?", ex);
        }
    }

    private static bool CheckDepth(IParser parser)
    {
        var depth = 0;
        while (parser.MoveNext())
        {
            if (parser.Current is SequenceStart or MappingStart && ++depth > MaxDepth)
            {
                throw TooDeep(parser.Current);
            }

            if (parser.Current is SequenceEnd or MappingEnd)
            {
                depth--;
            }
        }

        return true;
    }

    private static YamlException TooDeep(ParsingEvent at) =>
        new(at.Start, at.End, $"listor och samlingar nästlas här djupare än {MaxDepth} nivåer");

    // Aliases make the document a graph (even a cyclic one), so each node is converted once and
    // registered before its children.
    private static YamlNode Convert(Model.YamlNode node, Dictionary<Model.YamlNode, YamlNode> done)
    {
        if (done.TryGetValue(node, out var converted))
        {
            return converted;
        }

        switch (node)
        {
            case Model.YamlSequenceNode sequence:
            {
                var items = new List<YamlNode>(sequence.Children.Count);
                var result = new YamlSequenceNode(node.Start, node.End, items);
                done.Add(node, result);
                items.AddRange(sequence.Children.Select(child => Convert(child, done)));
                return result;
            }

            case Model.YamlMappingNode mapping:
            {
                var entries = new List<KeyValuePair<YamlNode, YamlNode>>(mapping.Children.Count);
                var result = new YamlMappingNode(node.Start, node.End, entries);
                done.Add(node, result);
                entries.AddRange(mapping.Children.Select(e => KeyValuePair.Create(Convert(e.Key, done), Convert(e.Value, done))));
                return result;
            }

            default:
            {
                var scalar = (Model.YamlScalarNode)node;
                var result = new YamlScalarNode(node.Start, node.End, scalar.Value ?? "", scalar.Style);
                done.Add(node, result);
                return result;
            }
        }
    }

    /// <summary>One pass over the parser's events; gives up (returns false) on what only YamlStream models.</summary>
    private sealed class EventTreeBuilder(IParser parser)
    {
        private int _depth;

        public bool TryLoad(out YamlNode? first)
        {
            first = null;
            var haveFirst = false;
            parser.Consume<StreamStart>();
            while (!parser.TryConsume<StreamEnd>(out _))
            {
                parser.Consume<DocumentStart>();
                YamlNode? root = null;
                while (!parser.TryConsume<DocumentEnd>(out _))
                {
                    root = Node();
                    if (root is null)
                    {
                        return false;
                    }
                }

                if (!haveFirst)
                {
                    (first, haveFirst) = (root, true);
                }
            }

            return true;
        }

        private YamlNode? Node()
        {
            if (parser.TryConsume<Scalar>(out var scalar))
            {
                return scalar.Anchor.IsEmpty ? new YamlScalarNode(scalar.Start, scalar.End, scalar.Value, scalar.Style) : null;
            }

            if (parser.TryConsume<SequenceStart>(out var sequenceStart))
            {
                return sequenceStart.Anchor.IsEmpty ? Sequence(sequenceStart) : null;
            }

            if (parser.TryConsume<MappingStart>(out var mappingStart))
            {
                return mappingStart.Anchor.IsEmpty ? Mapping(mappingStart) : null;
            }

            return null; // an alias
        }

        private YamlSequenceNode? Sequence(SequenceStart start)
        {
            Enter(start);
            var items = new List<YamlNode>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                if (Node() is not { } item)
                {
                    return null;
                }

                items.Add(item);
            }

            _depth--;
            return new YamlSequenceNode(start.Start, start.End, items);
        }

        private YamlMappingNode? Mapping(MappingStart start)
        {
            Enter(start);
            var entries = new List<KeyValuePair<YamlNode, YamlNode>>();
            var keys = new List<Scalar>();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                // YamlStream compares keys by value (lists and mappings structurally); only text keys are compared here.
                if (!parser.Accept<Scalar>(out var keyEvent) || Node() is not { } key || Node() is not { } value)
                {
                    return null;
                }

                foreach (var earlier in keys)
                {
                    if (earlier.Value == keyEvent.Value && earlier.Tag.Equals(keyEvent.Tag))
                    {
                        throw new YamlException(key.Start, key.End, $"Duplicate key {keyEvent.Value}");
                    }
                }

                keys.Add(keyEvent);
                entries.Add(KeyValuePair.Create(key, value));
            }

            _depth--;
            return new YamlMappingNode(start.Start, start.End, entries);
        }

        private void Enter(ParsingEvent start)
        {
            if (++_depth > MaxDepth)
            {
                throw TooDeep(start);
            }
        }
    }
}
