using System.Globalization;

namespace Trygghetsrad.Site.Text;

/// <summary>Sorting by name the Swedish way (å, ä, ö after z; "Ärende" after "Zon").</summary>
public static class SwedishCollation
{
    /// <summary>sv-SE culture-aware comparer; needs ICU, which the project requires (InvariantGlobalization=false).</summary>
    public static StringComparer Comparer { get; } =
        StringComparer.Create(CultureInfo.GetCultureInfo("sv-SE"), CompareOptions.None);
}
