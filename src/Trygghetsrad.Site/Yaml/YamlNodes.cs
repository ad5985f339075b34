using YamlDotNet.Core;

namespace Trygghetsrad.Site.Yaml;

/// <summary>
/// A read-only YAML node with where it stands, as <see cref="YamlLoader"/> builds it from the parser's events.
/// <see cref="Start"/> and <see cref="End"/> are those of the event that opened the node, as in YamlDotNet's
/// own representation model, so every diagnostic points where it did before.
/// </summary>
public abstract class YamlNode(Mark start, Mark end)
{
    /// <summary>Where the node's first event starts.</summary>
    public Mark Start { get; } = start;

    /// <summary>Where the node's first event ends (for a list or mapping, its opening, not its last item).</summary>
    public Mark End { get; } = end;
}

/// <summary>A text value, exactly as written after YAML's unquoting and folding.</summary>
public sealed class YamlScalarNode(Mark start, Mark end, string value, ScalarStyle style) : YamlNode(start, end)
{
    /// <summary>The value; an empty or unquoted <c>null</c> value is kept as written.</summary>
    public string Value { get; } = value;

    /// <summary>How the value was written (plain, quoted, block).</summary>
    public ScalarStyle Style { get; } = style;
}

/// <summary>A list.</summary>
public sealed class YamlSequenceNode(Mark start, Mark end, IReadOnlyList<YamlNode> children) : YamlNode(start, end)
{
    /// <summary>The items in document order.</summary>
    public IReadOnlyList<YamlNode> Children { get; } = children;
}

/// <summary>A mapping of keys to values.</summary>
public sealed class YamlMappingNode(Mark start, Mark end, IReadOnlyList<KeyValuePair<YamlNode, YamlNode>> children) : YamlNode(start, end)
{
    /// <summary>The entries in document order; no key occurs twice (the loader rejects that as YamlDotNet does).</summary>
    public IReadOnlyList<KeyValuePair<YamlNode, YamlNode>> Children { get; } = children;
}
