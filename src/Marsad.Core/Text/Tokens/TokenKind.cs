namespace Marsad.Text.Tokens;

public enum TokenKind : byte
{
    /// <summary>Arabic letters with their diacritics, tatweel and inner ZWNJ/ZWJ: <c>وَالْمُؤتمر</c>.</summary>
    ArabicWord,

    /// <summary>Latin letters and ASCII digits with inner apostrophes and hyphens: <c>al-Assad</c>, <c>F-16</c>, <c>5G</c>.</summary>
    LatinWord,

    /// <summary>Digits of one or more scripts with inner separators and a trailing percent: <c>1,200</c>, <c>٣٫٥</c>, <c>50%</c>, <c>16:45</c>.</summary>
    Number,

    /// <summary><c>#</c> followed by letters, digits and underscores, at least one a letter: <c>#دير_الزور</c>.</summary>
    Hashtag,

    /// <summary><c>@</c> followed by ASCII letters, digits and underscores: <c>@brett_mcgurk</c>.</summary>
    Mention,

    /// <summary>An address starting with <c>http://</c>, <c>https://</c> or <c>www.</c>, without trailing punctuation.</summary>
    Url,

    /// <summary>An e-mail address: <c>news@example.org</c>.</summary>
    Email,

    /// <summary>One punctuation mark; a run of full stops (<c>...</c>) is one token.</summary>
    Punctuation,

    /// <summary>A symbol (currency, maths, emoji), a stray mark, or a run of tatweel and diacritics with no letter.</summary>
    Symbol,

    /// <summary>Letters of another script (Cyrillic, Greek, Hebrew, CJK...) with their marks and digits.</summary>
    OtherWord,
}
