namespace Marsad.Entities.Geo;

/// <summary>
/// The transliteration model that lets an Arabic-script mention meet a Latin gazetteer name (BGN/PCGN-style
/// romanisation, as GeoNames uses). Both scripts are reduced to a consonant skeleton over one alphabet of classes:
/// <list type="bullet">
/// <item>b (ب, b, p), t (ت ط, t), C (ث, th), j (ج, j, g, dj), h (ح ه, h), X (خ, kh), d (د ض, d), D (ذ, dh), r, z (ز ظ, z),
/// s (س ص, s), S (ش, sh, ch), G (غ, gh), f (ف, f, v, ph), q (ق, q), k (ك, k, c), l, m, n;</item>
/// <item>vowels, long vowels and the semivowels (ا و ي ى; a e i o u w y), hamza and ʿayn (ء ع, ’ ‘ ') leave no
/// consonant: romanisations disagree on them far more than on consonants;</item>
/// <item>the article is dropped on both sides (ال; Al-, El-, and the sun-letter forms Ar, As, Ash, Ad, Az, At, An,
/// Ez ... before another word), and an Arabic article also yields a key that keeps it as "l" so that a romanisation
/// that glues it (Ālbū Kamāl ↔ البوكمال) still meets;</item>
/// <item>ة and a Latin word-final vowel + h (ah, eh) leave nothing; ة inside a construct phrase may also read t;</item>
/// <item>runs of one class collapse (doubled letters, shadda, assimilated article: Ar Raqqah ↔ الرقة → rq).</item>
/// </list>
/// Arabic letters whose romanisation varies yield several keys: ث C or s, ذ D or z, ض d or D, ظ z or D,
/// ق q, k or j (g), غ G or j (g).
/// The vocalised form keeps vowels: lower-case short (a i u), upper-case long (ا و ي; ā ī ū, ou, y, w).
/// </summary>
public static partial class Transliteration
{
    /// <summary>More readings than this of one mention are not generated (each ambiguous letter doubles them).</summary>
    public const int MaxArabicKeys = 32;

    /// <summary>Readings that take more than this many less usual choices are not generated (each costs in ranking anyway).</summary>
    public const int MaxReadingPenalty = 2;

    /// <summary>Collapses runs of one class: "rrqq" → "rq".</summary>
    internal static string CollapseRuns(ReadOnlySpan<char> skeleton)
    {
        Span<char> buffer = skeleton.Length <= 128 ? stackalloc char[skeleton.Length] : new char[skeleton.Length];
        int n = 0;
        foreach (char c in skeleton)
            if (n == 0 || buffer[n - 1] != c) buffer[n++] = c;
        return new string(buffer[..n]);
    }
}
