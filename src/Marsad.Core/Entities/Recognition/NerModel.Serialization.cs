using System.IO.Compression;
using System.Text;

namespace Marsad.Entities.Recognition;

/// <summary>
/// The model file: "MNER", then a GZip stream of: format version, feature version, tag count, the number of passes
/// (1, or 2 for a stacked model), each pass's transition weights (float32), the feature count, and per feature in
/// ascending hash order the hash delta (7-bit varint), then for each pass a bit mask of the tags with a weight and
/// those weights as float16. Sorting makes the bytes depend only on the
/// weights, so the same training run writes the same file.
/// </summary>
public sealed partial class NerModel
{
    private static readonly byte[] Magic = "MNER"u8.ToArray();
    private const int FormatVersion = 2;

    /// <summary>The name of the committed model embedded in Marsad.Core (built from models/ner).</summary>
    public const string EmbeddedResourceName = "Marsad.Entities.Recognition.marsad-ner.bin";

    public void Save(Stream stream)
    {
        stream.Write(Magic);
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8, leaveOpen: true);
        writer.Write(FormatVersion);
        writer.Write(NerFeatures.Version);
        writer.Write(T);
        int passes = IsStacked ? 2 : 1;
        writer.Write(passes);
        foreach (float t in _firstTransitions) writer.Write(t);
        if (_secondTransitions is not null) foreach (float t in _secondTransitions) writer.Write(t);
        writer.Write(_keys.Length);
        ulong previous = 0;
        Span<float> w = stackalloc float[T];
        foreach (ulong key in _keys)
        {
            writer.Write7BitEncodedInt64((long)(key - previous));
            previous = key;
            for (int pass = 0; pass < passes; pass++)
            {
                DenseRow(key, secondPass: pass == 1, w);
                ushort mask = 0;
                for (int t = 0; t < T; t++) if (w[t] != 0) mask |= (ushort)(1 << t);
                writer.Write(mask);
                for (int t = 0; t < T; t++) if (w[t] != 0) writer.Write((Half)w[t]);
            }
        }
    }

    public void Save(string path)
    {
        using var file = File.Create(path);
        Save(file);
    }

    public static NerModel Load(string path)
    {
        using var file = File.OpenRead(path);
        return Load(file);
    }

    public static NerModel Load(Stream stream)
    {
        Span<byte> magic = stackalloc byte[4];
        stream.ReadExactly(magic);
        if (!magic.SequenceEqual(Magic)) throw new InvalidDataException("not a Marsad NER model (bad magic)");
        // Inflate in one go, then read the fields off the bytes: a BinaryReader call per field costs more than the
        // inflating, and the weights go straight to the packed form the tagger reads (no dense rows in between).
        var body = new MemoryStream();
        using (var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true)) gzip.CopyTo(body);
        var reader = new SpanReader(body.GetBuffer().AsSpan(0, (int)body.Length));
        int format = reader.Int32(), features = reader.Int32(), tags = reader.Int32();
        if (format != FormatVersion) throw new InvalidDataException($"NER model format {format}; this build reads {FormatVersion}");
        if (features != NerFeatures.Version) throw new InvalidDataException($"NER model built with feature set {features}; this build extracts {NerFeatures.Version}: retrain it");
        if (tags != T) throw new InvalidDataException($"NER model has {tags} tags; expected {T}");
        int passCount = reader.Int32();
        if (passCount is not (1 or 2)) throw new InvalidDataException($"NER model has {passCount} passes; expected 1 or 2");
        var transitions = new float[passCount][];
        for (int p = 0; p < passCount; p++)
        {
            transitions[p] = new float[(T + 1) * T];
            for (int i = 0; i < transitions[p].Length; i++) transitions[p][i] = reader.Single();
        }
        int count = reader.Int32();
        if (count < 0) throw new InvalidDataException("NER model has a negative feature count");

        // First the entry count (masks only), so the packed array is allocated once at its size.
        var rows = reader;
        long total = 0;
        for (int row = 0; row < count; row++)
        {
            rows.VarInt64();
            for (int p = 0; p < passCount; p++)
            {
                int bits = System.Numerics.BitOperations.PopCount(rows.UInt16());
                rows.Skip(2 * bits);
                total += bits;
            }
        }
        var keys = new ulong[count];
        var entries = new uint[total];
        var starts = new int[count];
        var firstCounts = new byte[count];
        var secondCounts = new byte[count];
        ulong key = 0;
        int n = 0;
        for (int row = 0; row < count; row++)
        {
            key += (ulong)reader.VarInt64();
            if (row > 0 && key <= keys[row - 1]) throw new InvalidDataException("NER model feature hashes out of order");
            keys[row] = key;
            starts[row] = n;
            for (int p = 0; p < passCount; p++)
            {
                int mask = reader.UInt16();
                (p == 0 ? firstCounts : secondCounts)[row] = (byte)System.Numerics.BitOperations.PopCount((uint)mask);
                for (int t = 0; t < T; t++)
                    if ((mask & (1 << t)) != 0) entries[n++] = BitConverter.SingleToUInt32Bits((float)reader.Half()) | (uint)t;
            }
        }
        return new NerModel(keys, entries, starts, firstCounts, secondCounts, transitions[0], passCount == 2 ? transitions[1] : null);
    }

    /// <summary>Little-endian fields read off a byte span, as BinaryWriter wrote them.</summary>
    private ref struct SpanReader(ReadOnlySpan<byte> data)
    {
        private readonly ReadOnlySpan<byte> _data = data;
        private int _at;

        public int Int32() => System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(Take(4));

        public float Single() => System.Buffers.Binary.BinaryPrimitives.ReadSingleLittleEndian(Take(4));

        public ushort UInt16() => System.Buffers.Binary.BinaryPrimitives.ReadUInt16LittleEndian(Take(2));

        public Half Half() => System.Buffers.Binary.BinaryPrimitives.ReadHalfLittleEndian(Take(2));

        public void Skip(int bytes) => Take(bytes);

        /// <summary>A 7-bit encoded 64-bit integer (BinaryWriter.Write7BitEncodedInt64).</summary>
        public long VarInt64()
        {
            ulong value = 0;
            for (int shift = 0; shift < 70; shift += 7)
            {
                byte b = Take(1)[0];
                value |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80) return (long)value;
            }
            throw new InvalidDataException("NER model has a malformed 7-bit integer");
        }

        private ReadOnlySpan<byte> Take(int bytes)
        {
            if ((uint)bytes > (uint)(_data.Length - _at)) throw new InvalidDataException("NER model file is truncated");
            var span = _data.Slice(_at, bytes);
            _at += bytes;
            return span;
        }
    }

    /// <summary>The committed model shipped inside Marsad.Core.</summary>
    public static NerModel LoadEmbedded()
    {
        using var stream = typeof(NerModel).Assembly.GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new InvalidOperationException($"embedded NER model '{EmbeddedResourceName}' missing from Marsad.Core");
        return Load(stream);
    }
}
