using Markdig;
using Markdig.Syntax;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Yaml;

namespace Trygghetsrad.Site.Content;

/// <summary>How well the site complies with the law, in DIGG's three levels.</summary>
public enum Compliance
{
    /// <summary>"helt förenlig".</summary>
    Full,

    /// <summary>"delvis förenlig".</summary>
    Partial,

    /// <summary>"inte förenlig".</summary>
    None,
}

/// <summary>
/// The accessibility statement (tillgänglighetsredogörelse) read from <c>content/tillganglighet.md</c>: the parts
/// editors keep current — compliance, the dates and the Markdown text about known gaps and method. The fixed parts
/// (organisation, feedback contact, DIGG's link) come from the template and site.yml.
/// </summary>
/// <param name="SourcePath">The file's display path.</param>
/// <param name="Compliance">The stated compliance.</param>
/// <param name="Assessed">When the site was last assessed.</param>
/// <param name="Reviewed">When the statement was last reviewed.</param>
/// <param name="Body">The Markdown text, parsed with the shared pipeline; links are checked like a meeting's.</param>
public sealed record AccessibilityStatement(string SourcePath, Compliance Compliance, DateOnly Assessed, DateOnly Reviewed, MarkdownDocument Body)
{
    /// <summary>The file under the content folder.</summary>
    public const string FileName = "tillganglighet.md";

    private static readonly string[] Keys = ["compliance", "assessed", "reviewed"];

    private static readonly Dictionary<string, Compliance> Levels = new(StringComparer.Ordinal)
    {
        ["helt"] = Compliance.Full,
        ["delvis"] = Compliance.Partial,
        ["inte"] = Compliance.None,
    };

    /// <summary>
    /// Reads the statement; null when the file is wrong (errors reported) or missing. A missing file is not
    /// reported: test and example content need none, and a test guards that the real content has one.
    /// </summary>
    public static AccessibilityStatement? Load(string contentDirectory, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(contentDirectory, FileName);
        var display = DisplayPath.For(path);
        if (!File.Exists(path))
        {
            return null;
        }

        var text = SourceText.Read(path, display, diagnostics);
        if (text is null)
        {
            return null;
        }

        var local = new DiagnosticBag();
        var statement = StageFailure.Run("läsa tillgänglighetsredogörelsen", display, () => Parse(text, display, local));
        diagnostics.AddRange(local.Sorted());
        return local.HasErrors ? null : statement;
    }

    private static AccessibilityStatement? Parse(string text, string display, DiagnosticBag diagnostics)
    {
        var split = FrontMatter.Split(text, display, diagnostics);
        if (split is null)
        {
            return null;
        }

        var reader = new YamlFieldReader(display, FrontMatter.YamlLineOffset, diagnostics);
        var root = reader.Load(split.Yaml);
        if (root is null)
        {
            diagnostics.Error(new SourceLocation(display, 1, 1), "redogörelsens fält saknas – 'compliance', 'assessed' och 'reviewed' behövs mellan raderna '---'");
            return null;
        }

        var map = reader.Mapping(root, "redogörelsens fält", Keys);
        var level = reader.RequiredText(map, "compliance", root, "skriv 'compliance: helt', 'delvis' eller 'inte' – hur väl webbplatsen följer lagen");
        Compliance? compliance = null;
        if (level is not null)
        {
            if (Levels.TryGetValue(level, out var found))
            {
                compliance = found;
            }
            else
            {
                diagnostics.Error(reader.At(map["compliance"].Value), $"'compliance' ska vara helt, delvis eller inte, men är '{level}'");
            }
        }

        var assessed = RequiredDate(reader, map, root, "assessed", "datumet då webbplatsen senast granskades, till exempel 'assessed: 2026-11-25'");
        var reviewed = RequiredDate(reader, map, root, "reviewed", "datumet då redogörelsen senast sågs över, till exempel 'reviewed: 2026-11-25'");
        if (assessed is { } a && reviewed is { } r && r < a)
        {
            diagnostics.Error(reader.At(map["reviewed"].Value), $"redogörelsen sågs över ({r:yyyy-MM-dd}) före granskningen ({a:yyyy-MM-dd}) – 'reviewed' ska vara samma dag eller senare");
        }

        var body = MarkdownChecks.Parse(split.Body, new SourceLocation(display, split.BodyStartLine, 1), diagnostics);
        if (body is not null)
        {
            MarkdownChecks.Check(body, display, split.BodyStartLine, diagnostics);
        }

        return body is null || compliance is null || assessed is null || reviewed is null || diagnostics.HasErrors
            ? null
            : new AccessibilityStatement(display, compliance.Value, assessed.Value, reviewed.Value, body);
    }

    private static DateOnly? RequiredDate(YamlFieldReader reader, IReadOnlyDictionary<string, YamlEntry> map, YamlNode root, string key, string hint)
    {
        if (!YamlFieldReader.HasNonNull(map, key))
        {
            reader.Diagnostics.Error(reader.At(root), $"'{key}' saknas – {hint}");
            return null;
        }

        return reader.Date(map, key);
    }
}
