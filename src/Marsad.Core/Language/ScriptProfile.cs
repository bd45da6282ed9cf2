using Marsad.Text;

namespace Marsad.Language;

/// <summary>Letter counts by script: enough to say "this text has no Arabic" before a language model is asked.</summary>
public readonly record struct ScriptProfile(int ArabicLetters, int LatinLetters, int OtherLetters)
{
    public int Letters => ArabicLetters + LatinLetters + OtherLetters;

    public double ArabicShare => Letters == 0 ? 0 : (double)ArabicLetters / Letters;

    public static ScriptProfile Of(ReadOnlySpan<char> text)
    {
        int arabic = 0, latin = 0, other = 0;
        foreach (char c in text)
        {
            if (ArabicChars.IsArabicLetter(c)) arabic++;
            else if (ArabicChars.IsLatinLetter(c)) latin++;
            else if (char.IsLetter(c)) other++;
        }
        return new ScriptProfile(arabic, latin, other);
    }
}
