using System.IO.Hashing;
using System.Text;

namespace Marsad.Storage;

/// <summary>The identity of a text: XxHash128 of its UTF-8 bytes. The same article read as UTF-8 or windows-1256,
/// from a file or a page, hashes the same.</summary>
public static class ContentHash
{
    public static byte[] Of(string text)
    {
        int max = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (max <= 1024 * 1024)
        {
            var rented = System.Buffers.ArrayPool<byte>.Shared.Rent(max);
            try
            {
                int n = Encoding.UTF8.GetBytes(text, rented);
                return XxHash128.Hash(rented.AsSpan(0, n));
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(rented);
            }
        }
        return XxHash128.Hash(Encoding.UTF8.GetBytes(text));
    }

    public static string ToHex(byte[] hash) => Convert.ToHexStringLower(hash);
}
