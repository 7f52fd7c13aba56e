using System.Text;
using Reporting.Core.Aggregation;

namespace Reporting.Data;

/// <summary>
/// How carriers' shares are kept in table <c>stored_shares</c>: carriers spread over <see cref="Count"/> buckets by a hash
/// of their code that is the same in every process, each bucket one row in a compact binary form (a string table of the
/// codes, whole numbers as variable-length integers): a keep writes 64 rows, an update after a file reads and writes one.
/// </summary>
public static class ShareBuckets
{
    /// <summary>
    /// Buckets per kept period: about 80 carriers, 50 KB, each at 5,000 agencies; fewer would make an update read and
    /// write more, more would make a keep write more rows.
    /// </summary>
    public const int Count = 64;

    private const byte FormatVersion = 1;

    /// <summary>The bucket of <paramref name="carrier"/> (FNV-1a of its code: string hashes differ between processes).</summary>
    public static int Of(string carrier)
    {
        ArgumentNullException.ThrowIfNull(carrier);
        var hash = 2166136261u;
        foreach (var c in carrier)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return (int)(hash % Count);
    }

    public static byte[] Write(IReadOnlyCollection<CarrierShares> carriers)
    {
        ArgumentNullException.ThrowIfNull(carriers);
        var codes = carriers.SelectMany(c => c.Shares.Select(s => s.IndicatorCode).Concat(c.Shares.SelectMany(s => s.Predecessors)).Prepend(c.Carrier))
            .Distinct(StringComparer.Ordinal).ToList();
        var index = codes.Select((code, i) => (code, i)).ToDictionary(p => p.code, p => p.i, StringComparer.Ordinal);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(FormatVersion);
            writer.Write7BitEncodedInt(codes.Count);
            codes.ForEach(writer.Write);
            writer.Write7BitEncodedInt(carriers.Count);
            foreach (var carrier in carriers)
            {
                writer.Write7BitEncodedInt(index[carrier.Carrier]);
                writer.Write7BitEncodedInt(carrier.Shares.Count);
                foreach (var share in carrier.Shares)
                {
                    writer.Write7BitEncodedInt(index[share.IndicatorCode]);
                    WriteDecimal(writer, share.Sum);
                    foreach (var whole in new[] { share.Yes, share.Count, share.Estimated, share.SourceCount, share.Reported, share.Expected })
                    {
                        writer.Write7BitEncodedInt(whole);
                    }

                    writer.Write(share.Complete);
                    writer.Write7BitEncodedInt(share.Predecessors.Count);
                    foreach (var predecessor in share.Predecessors)
                    {
                        writer.Write7BitEncodedInt(index[predecessor]);
                    }
                }
            }
        }

        return stream.ToArray();
    }

    /// <returns>Null when the bucket cannot be read (damaged, or of another format): shares are derived, never a source,
    /// so the figures are then aggregated again rather than failing the command.</returns>
    public static List<CarrierShares>? Read(byte[] bucket)
    {
        ArgumentNullException.ThrowIfNull(bucket);
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bucket, writable: false), Encoding.UTF8);
            if (reader.ReadByte() != FormatVersion)
            {
                return null;
            }

            var codes = new string[reader.Read7BitEncodedInt()];
            for (var i = 0; i < codes.Length; i++)
            {
                codes[i] = reader.ReadString();
            }

            var carriers = new List<CarrierShares>(reader.Read7BitEncodedInt());
            for (var c = carriers.Capacity; c > 0; c--)
            {
                var carrier = codes[reader.Read7BitEncodedInt()];
                var shares = new List<IndicatorShare>(reader.Read7BitEncodedInt());
                for (var s = shares.Capacity; s > 0; s--)
                {
                    var (code, sum) = (codes[reader.Read7BitEncodedInt()], ReadDecimal(reader));
                    var (yes, count, estimated) = (reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt());
                    var (sourceCount, reported, expected) = (reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt());
                    var complete = reader.ReadBoolean();
                    var predecessors = new string[reader.Read7BitEncodedInt()];
                    for (var p = 0; p < predecessors.Length; p++)
                    {
                        predecessors[p] = codes[reader.Read7BitEncodedInt()];
                    }

                    shares.Add(new IndicatorShare(code, sum, yes, count, estimated, sourceCount, reported, expected, complete, predecessors));
                }

                carriers.Add(new CarrierShares(carrier, shares));
            }

            return reader.BaseStream.Position == bucket.Length ? carriers : null;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException or IndexOutOfRangeException or ArgumentException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>A decimal as its sign and scale in one byte, then its 96-bit integer in as few bytes as it needs: most sums are small.</summary>
    private static void WriteDecimal(BinaryWriter writer, decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        writer.Write((byte)(((bits[3] >> 16) & 0x7F) | (bits[3] < 0 ? 0x80 : 0)));
        writer.Write7BitEncodedInt64(unchecked((long)(((ulong)(uint)bits[1] << 32) | (uint)bits[0])));
        writer.Write7BitEncodedInt(bits[2]);
    }

    private static decimal ReadDecimal(BinaryReader reader)
    {
        var signAndScale = reader.ReadByte();
        var low64 = unchecked((ulong)reader.Read7BitEncodedInt64());
        var high = reader.Read7BitEncodedInt();
        return new decimal(unchecked((int)(uint)low64), unchecked((int)(uint)(low64 >> 32)), high, (signAndScale & 0x80) != 0, (byte)(signAndScale & 0x7F));
    }
}
