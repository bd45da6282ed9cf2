namespace Marsad.Dedup;

public sealed partial class LshIndex
{
    const int FormatMagic = 0x4853_4C4D; // "MLSH"
    const int FormatVersion = 1;

    /// <summary>Writes the whole index state (band tables and chains) as little-endian bytes.</summary>
    public void WriteTo(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(FormatMagic);
        writer.Write(FormatVersion);
        writer.Write(Bands);
        writer.Write(Rows);
        writer.Write(Count);
        for (int i = 0; i < Count * Bands; i++) writer.Write(next[i]);
        foreach (var table in tables)
        {
            writer.Write(table.Slots.Length);
            writer.Write(table.Used);
            foreach (ulong slot in table.Slots) writer.Write(slot);
        }
    }

    /// <summary>Reads an index written by <see cref="WriteTo"/>; documents keep their numbers.</summary>
    public static LshIndex ReadFrom(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != FormatMagic) throw new InvalidDataException("not an LSH index");
        int version = reader.ReadInt32();
        if (version != FormatVersion) throw new InvalidDataException($"unsupported LSH index version {version}");
        int bands = reader.ReadInt32(), rows = reader.ReadInt32(), count = reader.ReadInt32();
        var index = new LshIndex(bands, rows) { Count = count };
        index.next = new int[Math.Max(bands * 64, count * bands)];
        for (int i = 0; i < count * bands; i++) index.next[i] = reader.ReadInt32();
        for (int b = 0; b < bands; b++)
        {
            int length = reader.ReadInt32();
            var table = new BandTable(length) { Used = reader.ReadInt32() };
            for (int i = 0; i < length; i++) table.Slots[i] = reader.ReadUInt64();
            index.tables[b] = table;
        }
        return index;
    }
}
