using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using Trygghetsrad.Site.Text;

namespace Trygghetsrad.Site.Rendering;

/// <summary>
/// A Scriban context that escapes everything a template writes unless it is <see cref="RawHtml"/>,
/// so an editor's title, place or participant name can never become markup, even if a template forgets.
/// Settings are chosen on purpose:
/// <list type="bullet">
/// <item>members are snake_case (<c>MeetingDate</c> → <c>meeting_date</c>), Scriban's standard renamer, stated explicitly;</item>
/// <item><c>StrictVariables</c>: a misspelt variable is an error, not an empty string;</item>
/// <item>no loop limit: Scriban's default of 1,000 iterations is far below a grown archive's meeting list;</item>
/// <item>no output limit: Scriban cuts a render at 1,048,576 characters with "...", and the list of every meeting
/// passes that at some 10,000 meetings. The templates are the site's own, not a visitor's.</item>
/// <item>no automatic indenting: Scriban would otherwise repeat the blanks before an indented <c>{{ }}</c> on every
/// line it writes, which in HTML changes nothing a reader sees but could change the text of a <c>&lt;pre&gt;</c>, and
/// which costs a search for line breaks in everything a page writes.</item>
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
        LimitToString = 0;
        OutputLimit = 0;
        AutoIndent = false;
        foreach (var global in globals)
        {
            PushGlobal(global);
        }
    }

    /// <summary>
    /// Scriban's built-in functions (string, array, date, html …) and the site's own (<c>count</c>, and <c>fill</c> and
    /// <c>time_tag</c> for the string tables' texts, see <see cref="TemplateText"/>), made once per
    /// build and shared read-only by every render: building them anew for each context costs more than rendering a page.
    /// </summary>
    public static ScriptObject CreateBuiltins()
    {
        var builtins = GetDefaultBuiltinObject();
        // A typed delegate function, not Import(name, delegate): Scriban calls it directly, where Import finds the
        // method's parameters by reflection, which a native build does not keep.
        builtins.SetValue("count", DelegateCustomFunction.CreateFunc<TemplateContext, long, string, string>(Count), true);
        builtins.SetValue("fill", DelegateCustomFunction.CreateFunc<TemplateContext, string, ScriptObject, RawHtml>(Fill), true);
        builtins.SetValue("time_tag", DelegateCustomFunction.CreateFunc<string, string, RawHtml>(TemplateText.Time), true);
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

    // {{ count page.meeting_count "meeting" }} → "1 möte", "2 möten": every count a template prints, in the number
    // Swedish needs (Text/SwedishCount). A noun the table lacks fails the render at the template's line.
    private static string Count(TemplateContext context, long count, string noun)
    {
        try
        {
            return SwedishCount.Of(count, noun);
        }
        catch (ArgumentException)
        {
            throw new ScriptRuntimeException(context.CurrentNode?.Span ?? default, $"count känner inte ordet '{noun}' – orden står i Text/SwedishCount.cs");
        }
    }

    /// <summary>
    /// <c>count</c> for the pages of <paramref name="table"/>'s language, in its count words: it takes the place of
    /// the built-in (Swedish) one in that language's globals. A noun the table lacks fails the render at the template's line.
    /// </summary>
    public static DelegateCustomFunction CountIn(StringTable table) =>
        DelegateCustomFunction.CreateFunc<TemplateContext, long, string, string>((context, count, noun) =>
            table.Count(count, noun)
            ?? throw new ScriptRuntimeException(context.CurrentNode?.Span ?? default, $"count känner inte ordet '{noun}' på språket {table.Language} – lägg till det under counts i {table.SourcePath}"));

    // {{ text.next_meeting.was_planned | fill { date: time_tag iso text } }}: a text of the page's string table with
    // its values put in. A value the text names but the template does not give fails the render at the template's line.
    private static RawHtml Fill(TemplateContext context, string text, ScriptObject values)
    {
        try
        {
            return TemplateText.Fill(text, values);
        }
        catch (ArgumentException ex)
        {
            throw new ScriptRuntimeException(context.CurrentNode?.Span ?? default, $"fill: {ex.Message.Split(" (Parameter", 2)[0]} (\"{text}\")");
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// The generator's own view models are read through their generated member tables (<see cref="ModelAccessors"/>);
    /// everything else (globals, lists, strings, numbers) through Scriban's accessors, which need no reflection. A
    /// type of this assembly without a table would fall back to Scriban's reflection, which a native build has
    /// trimmed away, so it fails here, in every build, instead of only in the native one.
    /// </remarks>
    protected override IObjectAccessor GetMemberAccessorImpl(object target)
    {
        var type = target.GetType();
        if (ModelAccessors.ByType.TryGetValue(type, out var model))
        {
            return model;
        }

        if (type.Assembly == typeof(HtmlTemplateContext).Assembly && target is not (IScriptObject or System.Collections.IEnumerable))
        {
            throw new InvalidOperationException(
                $"{type} reaches a template but has no generated member table: a model type must implement IPage, be put into a ScriptObject, or be the type of a model's member.");
        }

        return base.GetMemberAccessorImpl(target) ?? throw new InvalidOperationException($"Scriban has no accessor for {type}.");
    }

    /// <inheritdoc />
    public override TemplateContext Write(SourceSpan span, object? textAsObject) =>
        textAsObject switch
        {
            null => this,
            RawHtml html => WriteRaw(span, html.Value),
            RenderedContent content => WriteRaw(span, content.Html),
            MarkedText marked => Write(span, marked),
            string text => WriteEscaped(span, text),
            _ => WriteEscaped(span, ObjectToString(textAsObject) ?? ""),
        };

    // A page's render writes straight into its PageBuffer, with no string between. Elsewhere (inside a capture,
    // whose output is Scriban's own) Scriban writes.
    private PageBuffer? Buffer => Output as PageBuffer;

    private TemplateContext WriteRaw(SourceSpan span, string html) =>
        Buffer is { } buffer ? WriteDirect(buffer, html, escape: false) : base.Write(span, html);

    private TemplateContext WriteRaw(SourceSpan span, ReadOnlySpan<char> html) =>
        Buffer is { } buffer ? WriteDirect(buffer, html, escape: false) : base.Write(span, html.ToString());

    private TemplateContext WriteEscaped(SourceSpan span, string text) =>
        Buffer is { } buffer ? WriteDirect(buffer, text, escape: true) : base.Write(span, HtmlText.Escape(text));

    private TemplateContext WriteEscaped(SourceSpan span, ReadOnlySpan<char> text) =>
        Buffer is { } buffer ? WriteDirect(buffer, text, escape: true) : text.IsEmpty ? this : base.Write(span, HtmlText.Escape(text.ToString()));

    private TemplateContext WriteDirect(PageBuffer buffer, ReadOnlySpan<char> text, bool escape)
    {
        if (escape)
        {
            buffer.AppendEscaped(text);
        }
        else
        {
            buffer.Append(text);
        }

        return this;
    }

    private TemplateContext Write(SourceSpan span, MarkedText marked)
    {
        var text = marked.Text.AsSpan();
        var position = 0;
        foreach (var mark in marked.Marks)
        {
            WriteEscaped(span, text[position..mark.Start]);
            WriteRaw(span, "<mark>");
            WriteEscaped(span, text.Slice(mark.Start, mark.Length));
            WriteRaw(span, "</mark>");
            position = mark.Start + mark.Length;
        }

        return WriteEscaped(span, text[position..]);
    }
}
