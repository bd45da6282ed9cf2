using System.Text;
using Marsad.Pipeline;

namespace Marsad.Ingest;

/// <summary>Reads a plain-text article file, refusing what is not text rather than guessing.</summary>
public static class PlainTextReader
{
    /// <summary>Files larger than this are refused: a news article is kilobytes, not hundreds of megabytes.</summary>
    public const long MaxBytes = 50L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ReadResult Read(string path)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) return ReadResult.Fail(path, "no such file");
            if (info.Length > MaxBytes) return ReadResult.Fail(path, $"file is {info.Length / (1024 * 1024)} MB, over the {MaxBytes / (1024 * 1024)} MB limit for one article");
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ReadResult.Fail(path, $"cannot be read ({e.Message})");
        }
        var id = Path.GetFileNameWithoutExtension(path);
        var (text, error) = Decode(bytes, path);
        return text is not null ? ReadResult.Ok(new SourceDocument(id, path, text)) : ReadResult.Fail(path, error!);
    }

    /// <summary>Decodes UTF-8 (with or without BOM) or BOM-marked UTF-16; explains anything else.</summary>
    public static (string? Text, string? Error) Decode(ReadOnlySpan<byte> bytes, string source)
    {
        if (bytes.IsEmpty) return (null, "file is empty");
        string text;
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            var encoding = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            text = encoding.GetString(bytes[2..]);
        }
        else
        {
            if (LooksBinary(bytes)) return (null, "file is binary, not text");
            if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) bytes = bytes[3..];
            try
            {
                text = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException e)
            {
                var at = e.Index >= 0 ? $" at byte {e.Index}" : "";
                return (null, $"not valid UTF-8{at}; {GuessLegacyCharset(bytes)}");
            }
        }
        if (string.IsNullOrWhiteSpace(text)) return (null, "file holds only whitespace");
        return (text, null);
    }

    /// <summary>NUL bytes or many C0 control characters mean a binary file (UTF-16 without a BOM included).</summary>
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

    /// <summary>A hint for the user: bytes in 0xC1–0xDA/0xE1–0xED with few valid UTF-8 sequences are typical of windows-1256 Arabic.</summary>
    private static string GuessLegacyCharset(ReadOnlySpan<byte> bytes)
    {
        int high = 0, arabic1256 = 0;
        foreach (var b in bytes)
        {
            if (b < 0x80) continue;
            high++;
            if (b is >= 0xC1 and <= 0xDA or >= 0xDC and <= 0xED) arabic1256++;
        }
        return high > 0 && arabic1256 * 2 > high
            ? "it looks like a legacy Arabic code page (windows-1256 or ISO-8859-6): convert it to UTF-8"
            : "convert it to UTF-8";
    }
}
