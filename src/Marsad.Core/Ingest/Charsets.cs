using System.Text;
using UtfUnknown;

namespace Marsad.Ingest;

/// <summary>Turns bytes into text: a byte-order mark, then the declared charset (HTTP header, then
/// <c>&lt;meta charset&gt;</c> or the XML declaration), then strict UTF-8, then statistical detection (UTF.Unknown).
/// Arabic legacy pages (windows-1256, ISO-8859-6) decode to the same text as their UTF-8 twins.</summary>
public static class Charsets
{
    static Charsets() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Touching this makes sure the code-page encodings are registered.</summary>
    public static void EnsureRegistered() { }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="declared"/> is a charset named outside the bytes
    /// (an HTTP Content-Type parameter). Returns the text and the charset used, or the reason it is not text.</summary>
    public static (string? Text, string Charset, string? Error) Decode(ReadOnlySpan<byte> bytes, string? declared = null)
    {
        if (bytes.IsEmpty) return (null, "", "file is empty");
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            return Finish(StrictOrLenientUtf8(bytes[3..]), "utf-8");
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            return Finish(Encoding.Unicode.GetString(bytes[2..]), "utf-16le");
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            return Finish(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be");
        if (Utf16WithoutMark(bytes) is { } utf16)
            return Finish(utf16.GetString(bytes), utf16.WebName);

        bool validUtf8 = IsValidUtf8(bytes, out bool hasNonAscii);
        var named = FromName(declared) ?? FromName(DeclaredInDocument(bytes));
        // A declared single-byte charset over bytes that are valid multi-byte UTF-8 is almost always a stale
        // declaration: legacy text is practically never valid UTF-8 by accident.
        if (named is not null && !(validUtf8 && hasNonAscii && named.IsSingleByte))
            return Finish(named.GetString(bytes), named.WebName);
        if (validUtf8) return Finish(StrictOrLenientUtf8(bytes), "utf-8");
        if (LooksBinary(bytes)) return (null, "", "file is binary, not text");

        var detected = Detect(bytes);
        return Finish(detected.GetString(bytes), detected.WebName);
    }

    private static (string? Text, string Charset, string? Error) Finish(string text, string charset) =>
        string.IsNullOrWhiteSpace(text) ? (null, charset, "file holds only whitespace") : (text, charset, null);

    private static string StrictOrLenientUtf8(ReadOnlySpan<byte> bytes)
    {
        try { return StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException) { return Encoding.UTF8.GetString(bytes); }
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes, out bool hasNonAscii)
    {
        hasNonAscii = System.Text.Unicode.Utf8.IsValid(bytes) && bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0;
        return System.Text.Unicode.Utf8.IsValid(bytes);
    }

    /// <summary>UTF-16 without a mark shows as a NUL in every other byte of Latin text (markup, XML).</summary>
    private static Encoding? Utf16WithoutMark(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 512) & ~1)];
        if (sample.Length < 4) return null;
        int evenNul = 0, oddNul = 0;
        for (int i = 0; i < sample.Length; i += 2)
        {
            if (sample[i] == 0) evenNul++;
            if (sample[i + 1] == 0) oddNul++;
        }
        int pairs = sample.Length / 2;
        if (oddNul * 10 > pairs * 3 && evenNul * 10 < pairs) return Encoding.Unicode;
        if (evenNul * 10 > pairs * 3 && oddNul * 10 < pairs) return Encoding.BigEndianUnicode;
        return null;
    }

    /// <summary>Maps a charset label to an encoding; unknown labels are ignored rather than trusted.</summary>
    public static Encoding? FromName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var label = name.Trim().Trim('"', '\'').ToLowerInvariant();
        label = label switch
        {
            "utf8" => "utf-8",
            "arabic" or "iso-8859-6-i" or "iso-8859-6-e" or "iso_8859-6" or "asmo-708" => "iso-8859-6",
            "cp1256" or "windows1256" or "x-cp1256" => "windows-1256",
            _ => label,
        };
        try { return Encoding.GetEncoding(label); }
        catch (ArgumentException) { return null; }
    }

    /// <summary>Finds <c>&lt;meta charset&gt;</c>, <c>http-equiv content-type</c> or the XML declaration's encoding
    /// in the first bytes, which are ASCII in every charset this can name.</summary>
    public static string? DeclaredInDocument(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        if (head.StartsWith("<?xml", StringComparison.Ordinal))
        {
            int end = head.IndexOf("?>", StringComparison.Ordinal);
            var declaration = end > 0 ? head[..end] : head;
            if (AttributeValue(declaration, "encoding") is { } xmlEncoding) return xmlEncoding;
        }
        int at = 0;
        while ((at = head.IndexOf("<meta", at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            int end = head.IndexOf('>', at);
            if (end < 0) break;
            var tag = head[at..end];
            if (AttributeValue(tag, "charset") is { } charset) return charset;
            int cs = tag.IndexOf("charset=", StringComparison.OrdinalIgnoreCase);
            if (cs >= 0 && tag.Contains("content-type", StringComparison.OrdinalIgnoreCase))
            {
                var rest = tag[(cs + 8)..];
                int stop = rest.IndexOfAny(['"', '\'', ';', ' ', '/']);
                return stop < 0 ? rest : rest[..stop];
            }
            at = end;
        }
        return null;
    }

    private static string? AttributeValue(string tag, string name)
    {
        int at = 0;
        while ((at = tag.IndexOf(name, at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            int i = at + name.Length;
            at = i;
            while (i < tag.Length && tag[i] == ' ') i++;
            if (i >= tag.Length || tag[i] != '=') continue;
            i++;
            while (i < tag.Length && tag[i] == ' ') i++;
            if (i >= tag.Length) return null;
            char quote = tag[i];
            if (quote is '"' or '\'')
            {
                int close = tag.IndexOf(quote, i + 1);
                return close < 0 ? null : tag[(i + 1)..close];
            }
            int stop = tag.IndexOfAny([' ', '/', '>', ';'], i);
            return stop < 0 ? tag[i..] : tag[i..stop];
        }
        return null;
    }

    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        int control = 0;
        foreach (var b in sample)
        {
            if (b == 0) return true;
            if (b < 0x20 && b != (byte)'\n' && b != (byte)'\r' && b != (byte)'\t' && b != 0x0C) control++;
        }
        return control * 20 > sample.Length;
    }

    private static readonly string[] ArabicCodePages = ["windows-1256", "iso-8859-6"];

    /// <summary>Statistical detection. A confident non-Arabic answer is taken; otherwise the Arabic code pages are
    /// tried and the one that yields the most Arabic letters and the fewest impossible characters wins.</summary>
    private static Encoding Detect(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 64 * 1024)].ToArray();
        var detected = CharsetDetector.DetectFromBytes(sample).Detected;
        var guess = detected?.Encoding;
        if (guess is not null && detected!.Confidence >= 0.5 && !ArabicCodePages.Contains(guess.WebName, StringComparer.OrdinalIgnoreCase)
            && !LooksArabicLegacy(sample))
            return guess;
        Encoding best = Encoding.GetEncoding("windows-1256");
        int bestScore = int.MinValue;
        foreach (var name in ArabicCodePages)
        {
            var encoding = Encoding.GetEncoding(name);
            int score = ArabicScore(encoding.GetString(sample));
            if (score > bestScore) (best, bestScore) = (encoding, score);
        }
        return best;
    }

    private static bool LooksArabicLegacy(ReadOnlySpan<byte> bytes)
    {
        int high = 0, arabicRange = 0;
        foreach (var b in bytes)
        {
            if (b < 0x80) continue;
            high++;
            if (b is >= 0xC1 and <= 0xDA or >= 0xDC and <= 0xED) arabicRange++;
        }
        return high > 0 && arabicRange * 10 > high * 7;
    }

    private static int ArabicScore(string text)
    {
        int score = 0;
        foreach (char c in text)
        {
            if (c is >= '\u0621' and <= '\u064A') score++;
            else if (c == '\uFFFD' || c is >= '\u0080' and <= '\u009F' || c is >= '\u00C0' and <= '\u00FF') score -= 4;
        }
        return score;
    }
}
