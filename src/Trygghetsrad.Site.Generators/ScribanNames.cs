using System.Text;

namespace Trygghetsrad.Site.Generators;

/// <summary>
/// The name a template uses for a .NET member, as Scriban's <c>StandardMemberRenamer</c> makes it
/// (<c>DateWithWeekday</c> → <c>date_with_weekday</c>, <c>EmailUrl</c> → <c>email_url</c>): an underscore before an
/// upper-case letter that follows a letter that is not upper case, every upper-case letter lowered. The generator
/// cannot call Scriban; the site's tests check each generated name against Scriban's renamer.
/// </summary>
internal static class ScribanNames
{
    public static string Rename(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        var previousUpper = false;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && !previousUpper)
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
                previousUpper = true;
            }
            else
            {
                builder.Append(c);
                previousUpper = false;
            }
        }

        return builder.ToString();
    }
}
