using Markdig.Parsers;
using Markdig.Syntax;

namespace Trygghetsrad.Site.Content;

/// <summary>
/// A question put at the meeting and what the minutes record as its answer: a paragraph that ends in '?' and the
/// paragraphs right after it that start "Svar:" ("Svar från polisen:" and the like). The texts are the minutes'
/// own words, without Markdown.
/// </summary>
/// <param name="Id">Its anchor on the meeting's page, from its own words: "fraga-har-vi-yrkeskriminella-i-hallstahammars-kommun".</param>
/// <param name="SectionId">The anchor of the section it stands in; empty before the first heading.</param>
/// <param name="SectionHeading">That section's heading; empty before the first heading.</param>
/// <param name="Text">The question as written.</param>
/// <param name="Answers">The answers as written, each starting "Svar"; empty when the minutes record none.</param>
/// <param name="Line">The file line the question starts on.</param>
public sealed record Question(string Id, string SectionId, string SectionHeading, string Text, IReadOnlyList<string> Answers, int Line)
{
    /// <summary>True when the minutes record an answer.</summary>
    public bool Answered => Answers.Count > 0;
}

/// <summary>
/// A question and its answers in the syntax tree: the question's paragraph first, then each answer's, so the page
/// can mark them up as a question with its answers while their text renders as written.
/// </summary>
/// <param name="id">The question's anchor.</param>
public sealed class QuestionBlock(string id) : ContainerBlock((BlockParser?)null)
{
    /// <summary>The question's anchor.</summary>
    public string Id { get; } = id;
}
