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
        // Inflate in one go: reading fields straight off the GZip stream costs several times more.
        var body = new MemoryStream();
        using (var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true)) gzip.CopyTo(body);
        body.Position = 0;
        using var reader = new BinaryReader(body, Encoding.UTF8);
        int format = reader.ReadInt32(), features = reader.ReadInt32(), tags = reader.ReadInt32();
        if (format != FormatVersion) throw new InvalidDataException($"NER model format {format}; this build reads {FormatVersion}");
        if (features != NerFeatures.Version) throw new InvalidDataException($"NER model built with feature set {features}; this build extracts {NerFeatures.Version}: retrain it");
        if (tags != T) throw new InvalidDataException($"NER model has {tags} tags; expected {T}");
        int passCount = reader.ReadInt32();
        if (passCount is not (1 or 2)) throw new InvalidDataException($"NER model has {passCount} passes; expected 1 or 2");
        var transitions = new float[passCount][];
        for (int p = 0; p < passCount; p++)
        {
            transitions[p] = new float[(T + 1) * T];
            for (int i = 0; i < transitions[p].Length; i++) transitions[p][i] = reader.ReadSingle();
        }
        int count = reader.ReadInt32();
        var keys = new ulong[count];
        var weights = new float[passCount][];
        for (int p = 0; p < passCount; p++) weights[p] = new float[count * T];
        ulong key = 0;
        for (int row = 0; row < count; row++)
        {
            key += (ulong)reader.Read7BitEncodedInt64();
            keys[row] = key;
            for (int p = 0; p < passCount; p++)
            {
                int mask = reader.ReadUInt16();
                for (int t = 0; t < T; t++)
                    if ((mask & (1 << t)) != 0) weights[p][row * T + t] = (float)reader.ReadHalf();
            }
        }
        return passCount == 1
            ? new NerModel(keys, weights[0], transitions[0])
            : new NerModel(keys, weights[0], transitions[0], weights[1], transitions[1]);
    }

    /// <summary>The committed model shipped inside Marsad.Core.</summary>
    public static NerModel LoadEmbedded()
    {
        using var stream = typeof(NerModel).Assembly.GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new InvalidOperationException($"embedded NER model '{EmbeddedResourceName}' missing from Marsad.Core");
        return Load(stream);
    }
}
