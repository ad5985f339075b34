namespace Trygghetsrad.Site.Text;

/// <summary>
/// Rules applied after Snowball Swedish where it leaves forms of one word apart. Each rule names the
/// forms it joins; each is covered by a test. Input is folded (lower case, no diacritics), as is the output.
/// </summary>
public static class SwedishStemRules
{
    private const string Vowels = "aeiouy";
    private const string Obstruents = "bcdfgkpqstvxz";

    /// <summary>Applies Snowball (given as <paramref name="snowball"/>) and the rules to a lower-case word.</summary>
    public static string Apply(string lower, Func<string, string> snowball)
    {
        var stem = snowball(lower);

        // Definite singular after a vowel: kameran, policyn, samverkan. Snowball has no bare "-n",
        // so drop it and stem again: kameran → kamera → kamer (as kameror), samverkan → samverk (as samverka).
        if (stem.Length >= 5 && stem[^1] == 'n' && IsVowel(stem[^2]))
        {
            stem = snowball(stem[..^1]);
        }

        // Definite neuter "-et", which Snowball keeps: klottret → klottr, mötet → möt, samhället → samhäll.
        if (stem.Length >= 5 && stem.EndsWith("et", StringComparison.Ordinal))
        {
            stem = stem[..^2];
        }

        // Unstable e before r/l: klotter → klott but klottret → klottr; fönster/fönstret; nyckel/nycklar.
        if (stem.Length >= 4 && stem[^1] == 'r' && IsObstruent(stem[^2]))
        {
            stem = stem[..^1];
        }
        else if (stem.Length >= 5 && stem.EndsWith("el", StringComparison.Ordinal) && IsObstruent(stem[^3]))
        {
            stem = stem[..^2];
        }
        else if (stem.Length >= 4 && stem[^1] == 'l' && IsObstruent(stem[^2]))
        {
            stem = stem[..^1];
        }

        // Participles of bära, skära: motorburen → motorbur (Snowball) but motorburna → motorburn.
        if (stem.Length >= 5 && stem.EndsWith("urn", StringComparison.Ordinal))
        {
            stem = stem[..^1];
        }

        return stem;
    }

    private static bool IsVowel(char c) => Vowels.Contains(c, StringComparison.Ordinal);

    private static bool IsObstruent(char c) => Obstruents.Contains(c, StringComparison.Ordinal);
}
