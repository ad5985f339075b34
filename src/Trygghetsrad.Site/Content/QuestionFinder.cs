using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Trygghetsrad.Site.Text;

namespace Trygghetsrad.Site.Content;

/// <summary>
/// Finds the questions of the minutes without any syntax of their own: a paragraph of the minutes' own (not in a
/// list or a quote) whose text ends in '?' is a question, and the paragraphs right after it that start "Svar:" or
/// "Svar från …:" are its answers. A '?' inside a paragraph, or at the end of a heading, makes no question. Each
/// question and its answers are gathered into a <see cref="QuestionBlock"/> in the tree, and get an anchor made from
/// the question's words, so that an edit elsewhere in the minutes never changes it.
/// </summary>
internal static partial class QuestionFinder
{
    /// <summary>Prefix of every question's anchor.</summary>
    public const string IdPrefix = "fraga-";

    // Words of the question kept in its anchor, and their most characters: enough to tell questions apart and to read.
    private const int AnchorWords = 6;
    private const int AnchorLength = 48;

    /// <summary>
    /// Finds the questions among <paramref name="paragraphs"/> (the document's own paragraphs in order) and gathers
    /// each with its answers in the tree. Anchors avoid <paramref name="usedIds"/>, which receives them.
    /// </summary>
    public static List<Question> Find(MarkdownDocument document, IReadOnlyList<ParagraphText> paragraphs, HashSet<string> usedIds)
    {
        var questions = new List<Question>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var candidate = paragraphs[i];
            if (!IsQuestion(candidate.Text))
            {
                continue;
            }

            var answers = new List<ParagraphText>();
            while (i + 1 < paragraphs.Count && paragraphs[i + 1] is var next && IsAnswer(next.Text) && Follows(document, answers.Count > 0 ? answers[^1].Block : candidate.Block, next.Block))
            {
                answers.Add(next);
                i++;
            }

            var id = Anchor(candidate, usedIds);
            Gather(document, id, candidate, answers);
            questions.Add(new Question(id, candidate.SectionId, candidate.SectionHeading, candidate.Text, [.. answers.Select(a => a.Text)], candidate.Line));
        }

        return questions;
    }

    /// <summary>True when <paramref name="text"/>, a paragraph's plain text, is a question: it ends in '?' (before any closing quote or bracket) and is no answer.</summary>
    public static bool IsQuestion(string text)
    {
        var end = text.Length;
        while (end > 0 && text[end - 1] is '"' or '\'' or '”' or '’' or '»' or ')' or ']')
        {
            end--;
        }

        return end > 0 && text[end - 1] == '?' && !IsAnswer(text);
    }

    /// <summary>True when <paramref name="text"/> starts as an answer does: "Svar:", "Svar från polisen:".</summary>
    public static bool IsAnswer(string text) => AnswerStart().IsMatch(text);

    // The anchor: "fraga-" and the question's first words; the section's anchor goes between them when another
    // question or heading has those words already, then a number.
    private static string Anchor(ParagraphText question, HashSet<string> usedIds)
    {
        var words = Slug.From(question.Text).Split('-', StringSplitOptions.RemoveEmptyEntries);
        var slug = "";
        foreach (var word in words.Take(AnchorWords))
        {
            if (slug.Length > 0 && slug.Length + 1 + word.Length > AnchorLength)
            {
                break;
            }

            slug = slug.Length == 0 ? word : slug + "-" + word;
        }

        slug = slug.Length == 0 ? "utan-ord" : slug;
        var id = IdPrefix + slug;
        if (usedIds.Add(id))
        {
            return id;
        }

        var inSection = question.SectionId.Length == 0 ? id : $"{IdPrefix}{question.SectionId}-{slug}";
        id = inSection;
        for (var n = 2; !usedIds.Add(id); n++)
        {
            id = $"{inSection}-{n}";
        }

        return id;
    }

    // True when `next` is the block right after `previous` in the document.
    private static bool Follows(MarkdownDocument document, Block previous, Block next)
    {
        var at = document.IndexOf(previous);
        return at >= 0 && at + 1 < document.Count && ReferenceEquals(document[at + 1], next);
    }

    private static void Gather(MarkdownDocument document, string id, ParagraphText question, List<ParagraphText> answers)
    {
        var at = document.IndexOf(question.Block);
        var block = new QuestionBlock(id) { Line = question.Block.Line, Column = question.Block.Column, Span = question.Block.Span };
        question.Block.GetAttributes().AddProperty("itemprop", "name");
        document.RemoveAt(at);
        block.Add(question.Block);
        foreach (var answer in answers)
        {
            answer.Block.GetAttributes().AddProperty("itemprop", "text");
            document.Remove(answer.Block);
            block.Add(answer.Block);
        }

        document.Insert(at, block);
    }

    // "Svar" and, before the colon, a few words naming who answers (no sentence ends before it).
    [GeneratedRegex(@"^[Ss]var(?:\s+[^.!?:\n]{1,60})?:")]
    private static partial Regex AnswerStart();
}

/// <summary>A paragraph of the minutes' own, with its text and where it stands.</summary>
/// <param name="Block">The paragraph in the tree.</param>
/// <param name="SectionId">The anchor of its section; empty before the first heading.</param>
/// <param name="SectionHeading">Its section's heading.</param>
/// <param name="Text">Its plain text.</param>
/// <param name="Line">The file line it starts on.</param>
internal sealed record ParagraphText(ParagraphBlock Block, string SectionId, string SectionHeading, string Text, int Line);
