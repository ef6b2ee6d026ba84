namespace CarePortal.Review.Text;

/// <summary>
/// Folds Latin letters with diacritics to their base letter ("Chávez" to "Chavez", "Nguyễn" to "Nguyen"), as the
/// name and word lists are stored. Hand-written: string.Normalize does not decompose under invariant globalization.
/// </summary>
internal static class Folding
{
    // Base letters of U+00C0..U+024F and U+1E00..U+1EFF ('_' where there is none), generated from Unicode decompositions.
    private const string Latin = "AAAAAAACEEEEIIIIDNOOOOO_OUUUUYTsaaaaaaaceeeeiiiidnooooo_ouuuuytyAaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi__JjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs__________________f_____________Oo_____________Uu____________________________AaIiOoUuUuUuUuUu_AaAa____GgKkOoOo__j___Gg__NnAa____AaAaEeEeIiIiOoOoRrRrUuUuSsTt__Hh______AaEeOoOoOoOoYy____________________________";
    private const string LatinAdditional = "AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMmMmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVvWwWwWwWwWwXxXxYyZzZzZzhtwy______AaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy______";

    public static bool NeedsFolding(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c > 127)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word with each accented letter replaced by its base letter; other characters unchanged.</summary>
    public static string Fold(ReadOnlySpan<char> word)
    {
        return string.Create(word.Length, word.ToString(), static (target, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                var folded = c switch
                {
                    >= '\u00C0' and <= '\u024F' => Latin[c - 0xC0],
                    >= '\u1E00' and <= '\u1EFF' => LatinAdditional[c - 0x1E00],
                    _ => c,
                };
                target[i] = folded == '_' ? c : folded;
            }
        });
    }
}
