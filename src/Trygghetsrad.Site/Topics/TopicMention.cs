using Trygghetsrad.Site.Config;

namespace Trygghetsrad.Site.Topics;

/// <summary>A passage of a meeting where a topic comes up, with the matched words marked.</summary>
/// <param name="SectionId">The anchor of the section it stands in ("ovrigt"); empty before the first heading.</param>
/// <param name="SectionHeading">That section's heading.</param>
/// <param name="Text">The passage in plain text.</param>
/// <param name="Marks">Character ranges of <paramref name="Text"/> that matched, in order, not overlapping.</param>
public sealed record TopicMention(string SectionId, string SectionHeading, string Text, IReadOnlyList<TextRange> Marks);

/// <summary>A range of characters.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="Length">Number of characters.</param>
public readonly record struct TextRange(int Start, int Length);

/// <summary>A topic one meeting touches: found in the text, listed by the editor, or both.</summary>
/// <param name="Topic">The topic.</param>
/// <param name="Mentions">The passages where it comes up, in the order of the minutes.</param>
/// <param name="Listed">True when the editor listed it in the meeting's <c>topics</c>.</param>
public sealed record TopicHit(TopicDefinition Topic, IReadOnlyList<TopicMention> Mentions, bool Listed);
