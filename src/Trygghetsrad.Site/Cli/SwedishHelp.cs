using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Text;

namespace Trygghetsrad.Site.Cli;

/// <summary>
/// <c>--help</c> in Swedish, for every command: what it does, how to call it, its arguments and options (with their
/// defaults), its commands and examples. System.CommandLine writes its own help in English (its translations lack
/// Swedish) and keeps its help builder internal, so the help option's action is this one. It also runs after a
/// mistyped command line, below System.CommandLine's own error message.
/// </summary>
internal sealed class SwedishHelp : SynchronousCommandLineAction
{
    /// <summary>How wide the help is written; longer descriptions wrap under their own column.</summary>
    private const int Width = 100;

    // Examples under each command's help, as arguments and what they do; every base path is site.yml's (a test
    // keeps them in step).
    private static readonly Dictionary<string, (string Arguments, string What)[]> Examples = new(StringComparer.Ordinal)
    {
        [""] =
        [
            ("build", "bygg webbplatsen från content/ till _site/"),
            ("check", "granska innehållet som granskningen i GitHub gör"),
            ("serve", "förhandsvisa på http://127.0.0.1:8080/trygghetsradet/"),
            ("new 2026-12-02", "skapa ett nytt möte som utkast"),
            ("build --help", "visa allt som build kan"),
        ],
        ["build"] =
        [
            ("build", "under base_path från site.yml, /trygghetsradet/"),
            ("build --base-path /forhandsvisning/pr-7/", "som förhandsvisningen av pull request 7"),
            ("build --content ../arkiv/content", "mallarna hämtas från ../arkiv/templates"),
        ],
        ["check"] =
        [
            ("check", "granska content/ med mallarna i templates/"),
            ("check --content ../arkiv/content", "mallarna hämtas från ../arkiv/templates"),
        ],
        ["new"] =
        [
            ("new", "datum, tid och plats från förra mötets next_meeting"),
            ("new 2026-12-02", "ett möte den 2 december 2026"),
        ],
        ["serve"] =
        [
            ("serve", "öppna http://127.0.0.1:8080/trygghetsradet/"),
            ("serve --port 9000", "öppna http://127.0.0.1:9000/trygghetsradet/"),
        ],
        ["import"] =
        [
            ("import gamla/2021-09-15.txt", "skriver content/moten/2021/2021-09-15.md"),
        ],
    };

    /// <summary>Puts this help behind the help option of <paramref name="root"/> (which every command inherits) and says the version option's purpose in Swedish.</summary>
    public static void Use(RootCommand root)
    {
        foreach (var option in root.Options)
        {
            switch (option)
            {
                case HelpOption help:
                    help.Description = "Visa den här hjälpen";
                    help.Action = new SwedishHelp();
                    break;
                case VersionOption version:
                    version.Description = "Visa programmets version";
                    break;
            }
        }
    }

    /// <inheritdoc />
    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.Write(Write(parseResult.CommandResult.Command));
        return 0;
    }

    /// <summary>The help for <paramref name="command"/>.</summary>
    public static string Write(Command command)
    {
        var path = Names(command);
        var text = new StringBuilder();
        if (command.Description is { Length: > 0 } description)
        {
            text.Append("Beskrivning:\n").Append(Wrap(description, 2, Width)).Append("\n\n");
        }

        var arguments = command.Arguments.Where(a => !a.Hidden).ToList();
        var options = Inherited(command).Concat(command.Options).Where(o => !o.Hidden).Distinct().ToList();
        var commands = command.Subcommands.Where(c => !c.Hidden).ToList();
        text.Append("Användning:\n  ").Append(string.Join(' ', path));
        text.Append(commands.Count > 0 ? " [kommando]" : "");
        foreach (var argument in arguments)
        {
            text.Append(argument.Arity.MinimumNumberOfValues == 0 ? $" [{Label(argument)}]" : $" {Label(argument)}");
        }

        text.Append(options.Count > 0 ? " [flaggor]" : "").Append("\n\n");
        Section(text, "Argument", arguments.Select(a => (Label(a), a.Description ?? "")));
        Section(text, "Flaggor", options.Select(o => (Label(o), Described(o))));
        Section(text, "Kommandon", commands.Select(c => (c.Name, c.Description ?? "")));
        if (Examples.TryGetValue(string.Join(' ', path.Skip(1)), out var examples))
        {
            Section(text, "Exempel", examples.Select(e => ($"{path[0]} {e.Arguments}", e.What)));
        }

        return text.ToString();
    }

    // The command's name after its parents': "Trygghetsrad.Site build".
    private static List<string> Names(Command command)
    {
        var names = new List<string> { command.Name };
        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
        {
            names.Insert(0, parent.Name);
        }

        return names;
    }

    // Options of the command's parents that hold for it too (--help).
    private static IEnumerable<Option> Inherited(Command command) =>
        command.Parents.OfType<Command>().SelectMany(p => Inherited(p).Concat(p.Options)).Where(o => o.Recursive);

    private static string Label(Argument argument) => argument.HelpName ?? argument.Name;

    // "-?, -h, --help", "--content <mapp>".
    private static string Label(Option option)
    {
        var names = option.Aliases.Append(option.Name).Where(n => !n.StartsWith('/')).Distinct()
            .OrderBy(n => n.StartsWith("--", StringComparison.Ordinal)).ThenBy(n => n, StringComparer.Ordinal);
        var label = string.Join(", ", names);
        return option.Arity.MinimumNumberOfValues == 0 ? label : $"{label} <{option.HelpName ?? option.Name.TrimStart('-')}>";
    }

    private static string Described(Option option) =>
        option.HasDefaultValue && option.Arity.MinimumNumberOfValues > 0 && option.GetDefaultValue() is { } value
            ? $"{option.Description} [standard: {value}]"
            : option.Description ?? "";

    private static void Section(StringBuilder text, string title, IEnumerable<(string Label, string Description)> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }

        text.Append(title).Append(":\n");
        var column = list.Max(r => r.Label.Length) + 4;
        foreach (var (label, description) in list)
        {
            text.Append("  ").Append(label.PadRight(column - 2)).Append(Wrap(description, column, Width)[column..]).Append('\n');
        }

        text.Append('\n');
    }

    // The text in lines of at most the given width, each indented by the given number of spaces.
    private static string Wrap(string text, int indent, int width)
    {
        var lines = new StringBuilder();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && indent + line.Length + 1 + word.Length > width)
            {
                lines.Append(' ', indent).Append(line).Append('\n');
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : "").Append(word);
        }

        return lines.Append(' ', indent).Append(line).ToString();
    }
}
