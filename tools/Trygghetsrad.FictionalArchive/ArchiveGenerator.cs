using System.Globalization;
using System.Text;

namespace Trygghetsrad.FictionalArchive;

/// <summary>
/// Writes a deterministic, fictional archive in the real content model: site.yml, topics.yml and N meetings
/// with Swedish text that uses the topics' words in their inflections and compounds. Every meeting says in
/// its front matter that it is fictional. The same count and seed always give the same bytes.
/// </summary>
public static class ArchiveGenerator
{
    /// <summary>The first meeting's date; one meeting every <see cref="DaysBetween"/> days after it.</summary>
    public static readonly DateOnly FirstDate = new(1990, 1, 3);

    /// <summary>Days between meetings; with 10,000 meetings the archive spans about 27 years.</summary>
    public const int DaysBetween = 1;

    /// <summary>Every how many meetings one is a draft.</summary>
    public const int DraftEvery = 97;

    private static readonly string[] FirstNames =
    [
        "Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Eva", "Anders", "Sara", "Per", "Lena", "Mikael",
        "Elin", "Jonas", "Sofia", "Mats", "Ingrid", "Ahmed", "Fatima", "Oskar", "Linnea", "Björn", "Åsa", "Örjan",
    ];

    private static readonly string[] LastNames =
    [
        "Andersson", "Berg", "Carlsson", "Dahl", "Ek", "Forsberg", "Gustafsson", "Holm", "Isaksson", "Jansson",
        "Lind", "Lundqvist", "Nilsson", "Öberg", "Persson", "Sandberg", "Strand", "Wikström", "Åberg", "Ström",
    ];

    private static readonly string[] Parties = ["S", "M", "C", "L", "KD", "V", "SD", "MP"];

    private static readonly string[] Roles =
    [
        "säkerhetssamordnare", "samordnare", "kommunpolis", "fritidsledare", "rektor", "ungdomscoach",
        "förvaltningschef", "trafikingenjör",
    ];

    private static readonly string[] Places =
    [
        "Digitalt via Teams", "Kommunhuset, sal Kolbäcksån", "Biblioteket i Hallstahammar", "Fritidsgården Kolbäck",
        "Medborgarhuset", "Skolans matsal, Nyhemsskolan",
    ];

    private static readonly string[] Areas =
    [
        "centrum", "Vallbyskolan", "busstationen", "Eriksberg", "Strömsholm", "Kolbäck", "idrottsplatsen", "gallerian",
        "Nibble", "skolgården vid Nyhemsskolan",
    ];

    private static readonly string[] Headings =
    [
        "Inledning", "Lägesbild", "Samverkan med polisen", "Laget runt", "Klotter och skadegörelse",
        "Trafik och motorburen ungdom", "Nattvandring", "Kameraövervakning vid skolor", "Trygghetsundersökningen",
        "Frågor från invånarna", "Övrigt",
    ];

    // Sentences use the topics' words in many inflections and compounds, as real minutes do.
    private static readonly (string Text, string[] Topics)[] Sentences =
    [
        ("Klottret vid {area} har anmälts till polisen och ska saneras inom en vecka.", ["klotter"]),
        ("Vi pratade om klotter och att det är viktigt att det tas bort så fort som möjligt.", ["klotter"]),
        ("Kommunens klotterpolicy följs upp varje kvartal och klottersaneringen har gått snabbare i år.", ["klotter"]),
        ("Fastighetsägarna vid {area} vill samverka med kommunen om klottrade fasader.", ["samverkan"]),
        ("Det har varit störningar från motorburna ungdomar som spelar hög musik vid {area}.", ["motorburen-ungdom"]),
        ("Insatserna kring motorburen ungdom fortsätter under sommaren med fler kontroller.", ["motorburen-ungdom"]),
        ("Polisen har gjort kontroller mot fortkörning och fortkörningarna har minskat vid {area}.", []),
        ("Samverkan mellan skolan, socialtjänsten och polisen fungerar bra enligt {role}.", ["samverkan"]),
        ("Samverkansaktörerna träffas varje månad för att ta fram en gemensam lägesbild.", ["samverkan"]),
        ("Nattvandrarna har gått i {area} varje fredag och nattvandringen uppskattas av föräldrarna.", ["nattvandring"]),
        ("Föreningen som driver nattvandrarverksamheten söker fler vuxna.", ["nattvandring"]),
        ("Kamerorna vid skolan har minskat skadegörelsen, och kameraövervakningen utvärderas i vår.", ["kameror"]),
        ("Nya kameror sätts upp vid {area} efter beslut i nämnden.", ["kameror"]),
        ("Trygghetsundersökningen visar att fler känner sig trygga i {area} än förra året.", []),
        ("Resultaten från den nationella trygghetsundersökningen presenteras på nästa möte.", []),
        ("Belysningen vid gångvägen mot {area} har förbättrats efter tips från invånare.", []),
        ("Ungdomscoacherna har haft kontakt med vårdnadshavare när det behövts.", []),
        ("Sommaren har varit lugn enligt polisen, med några anmälningar om skadegörelse.", []),
        ("Medborgarlöftet mellan polisen och kommunen följs upp vid varje möte.", []),
        ("En invånarrepresentant tog upp att busshållplatsen vid {area} känns otrygg på kvällarna.", []),
        ("Trygghetsrådet ska bjuda in näringslivet för att samverka kring trygghet i {area}.", ["samverkan"]),
        ("Fritidsgården har haft öppet längre på helgerna och många unga har kommit dit.", []),
    ];

    /// <summary>Writes the archive into <paramref name="directory"/> (which must not be a real content folder).</summary>
    /// <returns>The number of meetings written.</returns>
    public static int Write(string directory, int count, int seed = 1)
    {
        var full = Path.GetFullPath(directory);
        if (File.Exists(Path.Combine(full, "moten", "2021", "2021-09-15.md")) || IsRepositoryContent(full))
        {
            throw new InvalidOperationException($"{directory} ser ut som den riktiga innehållsmappen – fiktiva möten skrivs aldrig dit.");
        }

        Directory.CreateDirectory(full);
        File.WriteAllText(Path.Combine(full, "site.yml"), SiteYml);
        File.WriteAllText(Path.Combine(full, "topics.yml"), TopicsYml);
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var date = FirstDate.AddDays(i * DaysBetween);
            var next = FirstDate.AddDays((i + 1) * DaysBetween);
            var folder = Path.Combine(full, "moten", date.Year.ToString(CultureInfo.InvariantCulture));
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, $"{date:yyyy-MM-dd}.md"), Meeting(random, i, date, next), new UTF8Encoding(false));
        }

        return count;
    }

    /// <summary>One fictional meeting file's text.</summary>
    public static string Meeting(Random random, int index, DateOnly date, DateOnly next)
    {
        var topics = new SortedSet<string>(StringComparer.Ordinal);
        var body = Body(random, topics);
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append("# Fiktivt möte, genererat för tester och prestandamätning. Inte en riktig anteckning.\n");
        text.Append(CultureInfo.InvariantCulture, $"date: {date:yyyy-MM-dd}\n");
        var startHour = 17 + random.Next(2);
        text.Append(CultureInfo.InvariantCulture, $"start: \"{startHour}:30\"\nend: \"{startHour + 2}:00\"\n");
        text.Append(CultureInfo.InvariantCulture, $"location: {Pick(random, Places)}\n");
        text.Append("participants:\n");
        text.Append("  - group: Förtroendevalda\n    members:\n");
        for (var p = 0; p < 2 + random.Next(3); p++)
        {
            text.Append(CultureInfo.InvariantCulture, $"      - {Person(random)} ({Pick(random, Parties)})\n");
        }

        text.Append("  - group: Tjänstepersoner\n    members:\n");
        for (var p = 0; p < 1 + random.Next(3); p++)
        {
            text.Append(CultureInfo.InvariantCulture, $"      - {Person(random)}, {Pick(random, Roles)}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"  - group: Invånarrepresentanter\n    members:\n      - {1 + random.Next(4)} invånarrepresentanter\n");
        // Listing the topics the text touches keeps Hugo's taxonomy (which reads only front matter) comparable in the benchmark.
        if (topics.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"topics: [{string.Join(", ", topics)}]\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"next_meeting:\n  date: {next:yyyy-MM-dd}\n  start: \"17:30\"\n  end: \"19:30\"\n  location: {Pick(random, Places)}\n");
        text.Append(CultureInfo.InvariantCulture, $"note_taker: {Person(random)}, samordnare\n");
        if (index % DraftEvery == DraftEvery - 1)
        {
            text.Append("draft: true\n");
        }

        text.Append("---\n");
        text.Append(body);
        return text.ToString();
    }

    private static string Body(Random random, SortedSet<string> topics)
    {
        var text = new StringBuilder();
        var headings = Headings.OrderBy(_ => random.Next()).Take(4 + random.Next(4)).ToList();
        headings.Remove("Inledning");
        headings.Remove("Övrigt");
        headings.Insert(0, "Inledning");
        headings.Add("Övrigt");
        foreach (var heading in headings)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n## {heading}\n");
            for (var p = 0; p < 1 + random.Next(3); p++)
            {
                text.Append('\n');
                for (var s = 0; s < 2 + random.Next(4); s++)
                {
                    if (s > 0)
                    {
                        text.Append(' ');
                    }

                    var (sentence, sentenceTopics) = Sentences[random.Next(Sentences.Length)];
                    topics.UnionWith(sentenceTopics);
                    text.Append(sentence.Replace("{area}", Pick(random, Areas), StringComparison.Ordinal).Replace("{role}", Pick(random, Roles), StringComparison.Ordinal));
                }

                text.Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Person(Random random) => $"{Pick(random, FirstNames)} {Pick(random, LastNames)}";

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    private static bool IsRepositoryContent(string full)
    {
        for (var dir = new DirectoryInfo(full); dir.Parent is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.Parent.FullName, "Trygghetsrad.Site.sln")))
            {
                return dir.Name == "content";
            }
        }

        return false;
    }

    private const string SiteYml = """
        # Fiktiv webbplats för tester och prestandamätning.
        name: Trygghetsrådets arkiv (fiktivt)
        organisation: Exempelkommunen
        description: Fiktiva anteckningar för tester och prestandamätning.
        meeting_title: Trygghetsråd
        base_url: https://example.org
        base_path: /
        language: sv
        contact:
          name: Exempelkommunen
          email: kommun@example.org

        """;

    private const string TopicsYml = """
        # Fiktiva ämnen för tester och prestandamätning (samma slugs som de riktiga och några till).
        - slug: klotter
          name: Klotter
          description: Klotter och skadegörelse.
          match: [klotter]
          synonyms: [graffiti, tagg]
        - slug: motorburen-ungdom
          name: Motorburen ungdom
          description: Unga i bilar och på mopeder.
          match: [motorburen ungdom]
          synonyms: [A-traktor, EPA-traktor, epa, mopedbil]
        - slug: samverkan
          name: Samverkan
          description: Hur aktörerna arbetar tillsammans.
          match: [samverkan]
        - slug: nattvandring
          name: Nattvandring
          description: Vuxna som går ute på kvällar och nätter.
          match: [nattvandring, nattvandrare]
        - slug: kameror
          name: Kameror
          description: Kameraövervakning vid skolor och platser.
          match: [kamera]

        """;
}
