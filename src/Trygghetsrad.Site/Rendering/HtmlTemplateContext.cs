using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Trygghetsrad.Site.Rendering;

/// <summary>
/// A Scriban context that escapes everything a template writes unless it is <see cref="RawHtml"/>,
/// so an editor's title, place or participant name can never become markup, even if a template forgets.
/// Settings are chosen on purpose:
/// <list type="bullet">
/// <item>members are snake_case (<c>MeetingDate</c> → <c>meeting_date</c>), Scriban's standard renamer, stated explicitly;</item>
/// <item><c>StrictVariables</c>: a misspelt variable is an error, not an empty string;</item>
/// <item>no loop limit: Scriban's default of 1,000 iterations is far below a grown archive's meeting list.</item>
/// </list>
/// </summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    /// <summary>
    /// Creates a context over shared, read-only <paramref name="builtins"/> (see <see cref="CreateBuiltins"/>)
    /// with the given globals, the last one innermost.
    /// </summary>
    public HtmlTemplateContext(ScriptObject builtins, params ReadOnlySpan<ScriptObject> globals)
        : base(builtins)
    {
        MemberRenamer = member => StandardMemberRenamer.Rename(member.Name);
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        LoopLimit = int.MaxValue;
        LoopLimitQueryable = int.MaxValue;
        foreach (var global in globals)
        {
            PushGlobal(global);
        }
    }

    /// <summary>
    /// Scriban's built-in functions (string, array, date, html …), made once per build and shared read-only
    /// by every render: building them anew for each context costs more than rendering a page.
    /// </summary>
    public static ScriptObject CreateBuiltins()
    {
        var builtins = GetDefaultBuiltinObject();
        foreach (var value in builtins.Values)
        {
            if (value is ScriptObject module)
            {
                module.IsReadOnly = true;
            }
        }

        builtins.IsReadOnly = true;
        return builtins;
    }

    /// <inheritdoc />
    public override TemplateContext Write(SourceSpan span, object? textAsObject) =>
        textAsObject switch
        {
            null => this,
            RawHtml html => base.Write(span, html.Value),
            string text => base.Write(span, HtmlText.Escape(text)),
            _ => base.Write(span, HtmlText.Escape(ObjectToString(textAsObject) ?? "")),
        };
}
