using System.Text.RegularExpressions;
using Trygghetsrad.Site.Content;

namespace Trygghetsrad.Site.Import;

/// <summary>
/// Reads the "Deltagare:" block of old minutes into groups, following how the old layout was written:
/// <list type="bullet">
/// <item>"Gäster:" (or "**Förtroendevalda:**") names a group; members after it on the same line belong to it
/// alone, while a label on a line of its own collects the lines below it;</item>
/// <item>a line of people without a label after a one-line group is a group without name, as the original has it;</item>
/// <item>several people on a line are split where a comma is followed by a name ("Joar Larsson, säkerhetssamordnare,
/// Anne Alamaa, samordnare" → two people), so roles after a comma stay with their person;</item>
/// <item>a line that does not start with a name ("Två stycken invånarrepresentanter.") is a group of its own.</item>
/// </list>
/// </summary>
public static partial class ParticipantsReader
{
    /// <summary>Reads the block's lines (the first without its "Deltagare:" label).</summary>
    public static IReadOnlyList<ParticipantGroup> Read(IEnumerable<string> lines)
    {
        var groups = new List<(string? Name, List<string> Members, bool Open)>();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var label = GroupLabel().Match(line);
            if (label.Success)
            {
                var rest = label.Groups["rest"].Value.Trim();
                groups.Add((label.Groups["name"].Value.Trim(), Split(rest), rest.Length == 0));
            }
            else if (!StartsWithName(line))
            {
                groups.Add((null, [line], false));
            }
            else if (groups.Count > 0 && groups[^1].Open)
            {
                groups[^1].Members.AddRange(Split(line));
            }
            else
            {
                groups.Add((null, Split(line), true));
            }
        }

        return groups.Where(g => g.Members.Count > 0 || g.Name is not null)
            .Select(g => new ParticipantGroup(g.Name, g.Members))
            .ToList();
    }

    /// <summary>True when the text starts with two capitalised words, as a person's name does ("Sven-Olof Juvas").</summary>
    public static bool StartsWithName(string text) => PersonName().IsMatch(text);

    private static List<string> Split(string line)
    {
        var members = new List<string>();
        foreach (var part in line.Split(',', StringSplitOptions.TrimEntries))
        {
            if (part.Length == 0)
            {
                continue;
            }

            if (members.Count == 0 || StartsWithName(part))
            {
                members.Add(part);
            }
            else
            {
                members[^1] += ", " + part;
            }
        }

        return members;
    }

    [GeneratedRegex(@"^\*{0,2}(?<name>\p{Lu}[\p{L} \-]{1,40}?)\s*:\s*\*{0,2}\s*(?<rest>.*)$")]
    private static partial Regex GroupLabel();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}")]
    private static partial Regex PersonName();
}
