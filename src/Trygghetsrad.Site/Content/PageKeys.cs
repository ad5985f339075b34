using System.Text.RegularExpressions;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Yaml;

namespace Trygghetsrad.Site.Content;

/// <summary>
/// One key of a page file's front matter (<c>content/sidor/SLUG.md</c>), declared once like a meeting's
/// (<see cref="MeetingKey"/>): its name, whether it is required, how it is written and what it means (Swedish, for
/// editors), and how its value is read into the <see cref="EditorPage"/>. The parser, the unknown-key suggestions
/// and the key reference in docs/innehall.md all come from <see cref="PageKeys.All"/>.
/// </summary>
/// <param name="Name">The key as written in the file.</param>
/// <param name="Required">Null for an optional key; for a required key, what the message says when it is missing.</param>
/// <param name="Format">How the value is written, as the docs show it (Markdown).</param>
/// <param name="Description">What it means, as the docs say it (Markdown).</param>
/// <param name="Read">Reads the key's value into the page; null for a key another stage reads (personal_data_ok).</param>
public sealed record PageKey(string Name, string? Required, string Format, string Description, Func<PageKeyReading, EditorPage, EditorPage>? Read);

/// <summary>What a page key's reader works from: the front matter's entries with their positions.</summary>
/// <param name="Reader">Reads typed values and reports problems at their place.</param>
/// <param name="Map">The front matter's entries by key.</param>
public sealed record PageKeyReading(YamlFieldReader Reader, IReadOnlyDictionary<string, YamlEntry> Map)
{
    /// <summary>Where the value of <paramref name="key"/> stands.</summary>
    public SourceLocation At(string key) => Reader.At(Map[key].Value);
}

/// <summary>The front matter keys of a page file, in the order the editors' documentation lists them.</summary>
public static partial class PageKeys
{
    /// <summary>The folder under the content root that holds the pages.</summary>
    public const string Folder = "sidor";

    /// <summary>Every key, read in this order.</summary>
    public static IReadOnlyList<PageKey> All { get; } =
    [
        new("title", "varje sida behöver en rubrik, till exempel 'title: Om Trygghetsrådet'", "text", "sidans rubrik, överst på sidan och i fönstrets titel", (r, p) => p with { Title = r.Reader.Text(r.Map, "title") ?? "" }),
        new("lang", null, "`sv` eller `fi`", "sidans språk; utan `lang` är sidan på svenska. Sidhuvud, menyer, sidfot och datum skrivs på sidans språk (texterna står i `templates/strings/`)", ReadLang),
        new("lattlast", null, "`true` eller `false`", "`true`: sidan är skriven på lättläst svenska; `check` räknar ut texternas LIX och varnar över 30", ReadEasyRead),
        new("description", null, "text", "en mening om sidan för sökmotorer; annars `description` ur site.yml", (r, p) => p with { Description = r.Reader.Text(r.Map, "description") }),
        new("translation_of", null, "en annan sidas filnamn utan `.md`, t.ex. `om`", "sidan är en översättning, eller en lättläst version, av den sidan; sidorna länkar till varandra (med `hreflang` när språken skiljer sig)", ReadTranslationOf),
        new("show_meetings", null, "`true` eller `false`", "`true`: sidan slutar med nästa möte och de senaste mötena, på sidans språk och med mötenas sammanfattningar på samma språk (`summaries` i mötesfilerna)", (r, p) => p with { ShowMeetings = r.Reader.Bool(r.Map, "show_meetings") ?? false }),
        new(MeetingKeys.PersonalDataOk, null, "lista av `value` + `reason`", "granskade undantag för `check`s personuppgiftskontroll, som i mötesfilerna", null),
    ];

    /// <summary>Every key's name, in the table's order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(k => k.Name)];

    /// <summary>The page key reference of docs/innehall.md: a Markdown table of every key.</summary>
    public static string ReferenceTable() =>
        "| fält | krävs | så skrivs det | betyder |\n|---|---|---|---|\n"
        + string.Concat(All.Select(k => $"| `{k.Name}` | {(k.Required is null ? "nej" : "ja")} | {k.Format} | {k.Description} |\n"));

    /// <summary>True when <paramref name="fileName"/> names a page file: <c>slug.md</c> with a–z, 0–9 and '-'.</summary>
    public static bool IsPageFileName(string fileName) => FileNameShape().IsMatch(fileName);

    /// <summary>
    /// Parses a page file, reporting every problem at its place; null when the file gives no front matter or no
    /// title. The name must be a slug, since it becomes the page's address.
    /// </summary>
    public static EditorPage? Parse(string fileName, string text, string displayPath, DiagnosticBag diagnostics)
    {
        var local = new DiagnosticBag();
        var page = StageFailure.Run("läsa sidans fil", displayPath, () => ParseCore(fileName, text, displayPath, local));
        diagnostics.AddRange(local.Sorted());
        return page;
    }

    private static EditorPage? ParseCore(string fileName, string text, string displayPath, DiagnosticBag diagnostics)
    {
        if (!IsPageFileName(fileName))
        {
            diagnostics.Error(SourceLocation.StartOf(displayPath), $"filnamnet '{Excerpt.Of(fileName)}' blir sidans adress och får bara ha a–z, 0–9 och bindestreck, till exempel om.md eller suomeksi.md");
            return null;
        }

        var split = FrontMatter.Split(text, displayPath, diagnostics);
        if (split is null)
        {
            return null;
        }

        var page = new EditorPage(fileName[..^3], displayPath, split.Body, split.BodyStartLine);
        var reader = new YamlFieldReader(displayPath, FrontMatter.YamlLineOffset, diagnostics);
        var root = reader.Load(split.Yaml);
        if (root is null)
        {
            if (!diagnostics.HasErrors)
            {
                diagnostics.Error(new SourceLocation(displayPath, 1, 1), "sidans fält saknas – minst 'title: …' behövs mellan raderna '---'");
            }

            return null;
        }

        var map = reader.Mapping(root, "sidans fält", Names);
        var reading = new PageKeyReading(reader, map);
        foreach (var key in All)
        {
            if (key.Required is { } missing && !YamlFieldReader.HasNonNull(map, key.Name))
            {
                diagnostics.Error(reader.At(root), $"'{key.Name}' saknas – {missing}");
            }

            if (key.Read is { } read && map.ContainsKey(key.Name))
            {
                page = read(reading, page);
            }
        }

        return page.Title.Length == 0 ? null : page;
    }

    private static EditorPage ReadLang(PageKeyReading reading, EditorPage page)
    {
        var lang = reading.Reader.Text(reading.Map, "lang");
        if (lang is not null && !LanguageShape().IsMatch(lang))
        {
            reading.Reader.Diagnostics.Error(reading.At("lang"), $"'lang' ska vara ett språks kod med små bokstäver, till exempel sv eller fi, men är '{Excerpt.Of(lang)}'");
            return page;
        }

        return page with { Lang = lang, LangAt = lang is null ? null : reading.At("lang") };
    }

    // Easy Swedish is Swedish: the key read after lang checks the two agree.
    private static EditorPage ReadEasyRead(PageKeyReading reading, EditorPage page)
    {
        var easy = reading.Reader.Bool(reading.Map, "lattlast") ?? false;
        if (easy && page.Lang is { } lang && lang != "sv")
        {
            reading.Reader.Diagnostics.Error(reading.At("lattlast"), $"en lättläst sida är på svenska, men sidan har 'lang: {lang}' – ta bort en av raderna");
        }

        return page with { EasyRead = easy };
    }

    private static EditorPage ReadTranslationOf(PageKeyReading reading, EditorPage page)
    {
        var original = reading.Reader.Text(reading.Map, "translation_of");
        if (original is not null && original.EndsWith(".md", StringComparison.Ordinal))
        {
            reading.Reader.Diagnostics.Error(reading.At("translation_of"), $"skriv sidans namn utan .md: 'translation_of: {original[..^3]}'");
            return page;
        }

        return page with { TranslationOf = original, TranslationOfAt = original is null ? null : reading.At("translation_of") };
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*\\.md$")]
    private static partial Regex FileNameShape();

    [GeneratedRegex("^[a-z]{2,3}$")]
    private static partial Regex LanguageShape();
}
