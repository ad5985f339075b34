using Trygghetsrad.Site.BrowserTests.Infrastructure;

namespace Trygghetsrad.Site.BrowserTests.Accessibility;

/// <summary>
/// The sites the accessibility tests open, built once per test class under /trygghetsrad/: the real content; the
/// real content built for a day after its announced next meeting; a fictional archive with what the real one lacks
/// yet (several years, a paginated topic, a table, lists, a quote, a meeting with its own title, a topic without
/// meetings, questions without answers, follow-up items over several meetings, links between meetings); and a generated fictional archive whose year is long enough to be paginated.
/// </summary>
public sealed class ArchiveSites : IDisposable
{
    /// <summary>Meetings in the generated archive: more than a year page holds.</summary>
    private const int GeneratedCount = 60;

    private readonly GeneratedSite _generated = new(GeneratedCount);

    /// <summary>Builds the sites.</summary>
    public ArchiveSites()
    {
        var real = Path.Combine(RepositoryRoot.Path, "content");
        Real = BuiltSite.Build(real);
        Later = BuiltSite.Build(real, today: new DateOnly(2026, 12, 2));
        Rich = BuiltSite.Build(RichContent);
    }

    /// <summary>The fictional archive's content folder (shared with the unit tests).</summary>
    public static string RichContent => Path.Combine(RepositoryRoot.Path, "tests", "Trygghetsrad.Site.Tests", "Fixtures", "rikt-arkiv");

    /// <summary>The real content.</summary>
    public BuiltSite Real { get; }

    /// <summary>The real content built for 2 December 2026, after the meeting its minutes announce.</summary>
    public BuiltSite Later { get; }

    /// <summary>The fictional archive.</summary>
    public BuiltSite Rich { get; }

    /// <summary>The generated fictional archive.</summary>
    public BuiltSite Generated => _generated.Site;

    /// <summary>One page of each type, as (site, path below the base path, what it is).</summary>
    public static IReadOnlyList<(string Site, string Path, string Kind)> PageTypes { get; } =
    [
        ("real", "", "startsidan"),
        ("real", "moten/", "alla möten"),
        ("real", "moten/2021/", "ett år"),
        ("real", "moten/2021-09-15/", "ett möte"),
        ("real", "amnen/", "ämnen"),
        ("real", "amnen/samverkan/", "ett ämne"),
        ("real", "sok/", "sökningen"),
        ("real", "tillganglighet/", "tillgänglighetsredogörelsen"),
        ("real", MissingPath, "sidan finns inte"),
        ("real", "om/", "en sida som redaktörerna skriver, med nästa möte och de senaste mötena"),
        ("real", "suomeksi/", "sidan på finska"),
        ("real", "lattlast/", "sidan på lättläst svenska"),
        ("real", "lukuohje/", "läsanvisningen på finska"),
        ("rich", "", "startsidan med flera år"),
        ("rich", "moten/2025-01-15/", "ett möte med tabell, listor och citat"),
        ("rich", "moten/2024/", "ett år med föregående och nästa år"),
        ("rich", "amnen/klotter/sida/2/", "ett ämnes andra sida"),
        ("rich", "amnen/tomt-amne/", "ett ämne utan möten"),
        ("rich", "amnen/klotter/", "ett ämne med årsindex, sidor och fler stycken per möte"),
        ("rich", "moten/", "alla möten, per år"),
        ("rich", "suomeksi/", "en sida på finska med sammanfattningar på finska"),
        ("later", "", "startsidan när det annonserade mötet har varit"),
        ("later", "moten/2021-09-15/", "ett möte vars annonserade nästa möte har varit"),
        ("later", "suomeksi/", "sidan på finska när det annonserade mötet har varit"),
        ("generated", "moten/1990/sida/2/", "ett långt års andra sida"),
        ("real", "fragor/", "frågorna i anteckningarna"),
        ("real", "uppfoljning/", "uppföljningen"),
        ("real", "uppfoljning/klotter-naringslivet/", "en punkt som rådet följer upp"),
        ("rich", "moten/2024-10-02/", "ett möte med frågor, en fråga utan svar, uppföljning och kopplingar till senare möten"),
        ("rich", "moten/2024-11-06/", "ett möte som hänvisar till ett tidigare möte"),
        ("rich", "fragor/amnen/klotter/", "frågorna om ett ämne"),
        ("rich", "fragor/2024/", "frågorna från ett år"),
        ("rich", "uppfoljning/", "uppföljningen med öppna, besvarade och avslutade punkter"),
        ("rich", "uppfoljning/belysning-parken/", "en punkts tidslinje över flera möten"),
        ("rich", "amnen/", "ämnen med diagram över möten per år"),
    ];

    /// <summary>A path no page has: the host answers it with 404.html and status 404.</summary>
    public const string MissingPath = "finns/inte/har/";

    /// <summary>The HTTP status a page of <see cref="PageTypes"/> comes with.</summary>
    public static int Status(string path) => path == MissingPath ? 404 : 200;

    /// <summary>The site called <paramref name="name"/>: "real", "later", "rich" or "generated".</summary>
    public BuiltSite Site(string name) => name switch
    {
        "real" => Real,
        "later" => Later,
        "generated" => Generated,
        _ => Rich,
    };

    /// <inheritdoc />
    public void Dispose()
    {
        Real.Dispose();
        Later.Dispose();
        Rich.Dispose();
        _generated.Dispose();
    }
}
