using Trygghetsrad.Site.Text;
using static Trygghetsrad.Site.Review.MarkdownText;

namespace Trygghetsrad.Site.Review;

/// <summary>
/// The questions found in the meeting, as the meeting page and /fragor/ will show them: each question with its
/// anchor and the answers recorded after it, or "Inget svar antecknat", so an editor sees at once whether a
/// question and its answer were written as paragraphs of their own.
/// </summary>
internal sealed class QuestionsPart : IMeetingPart
{
    /// <inheritdoc/>
    public void Write(ChangedMeeting meeting, TextWriter markdown)
    {
        markdown.WriteLine("#### Frågor");
        markdown.WriteLine();
        var questions = meeting.Published.Questions;
        if (questions.Count == 0)
        {
            markdown.WriteLine("Inga frågor hittades (en fråga är ett eget stycke som slutar med `?`).");
            markdown.WriteLine();
            return;
        }

        var unanswered = questions.Count(q => !q.Answered);
        markdown.WriteLine(unanswered == 0
            ? $"{SwedishCount.Of(questions.Count, "question")}, alla med svar."
            : $"{SwedishCount.Of(questions.Count, "question")}, varav {SwedishCount.Of(unanswered, "unanswered_question")}.");
        markdown.WriteLine();
        foreach (var question in questions)
        {
            markdown.WriteLine($"- {Escape(question.Text)} ({Code("#" + question.Id)})");
            if (!question.Answered)
            {
                markdown.WriteLine("  - *Inget svar antecknat*");
            }

            foreach (var answer in question.Answers)
            {
                markdown.WriteLine($"  - {Escape(answer)}");
            }
        }

        markdown.WriteLine();
    }
}
