using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;

namespace LawGov.Indicators.Calendars;

/// <summary>
/// Interns group keys as UTF-8 bytes: an open-addressing hash table from the key's bytes to a dense group id, so a
/// record's key costs a hash and a comparison, with no string per record. Memory grows with the number of distinct
/// keys only. Not thread-safe: each worker has its own.
/// </summary>
internal sealed class GroupKeyTable
{
    private byte[] arena = new byte[4096];
    private int arenaLength;
    private int[] offsets = new int[64];
    private int[] lengths = new int[64];
    private int[] hashes = new int[64];
    private ulong[] packedKeys = new ulong[64];
    private int[] buckets = new int[128]; // group id + 1; 0 = empty
    private int count;
    private readonly ulong seed = (ulong)Random.Shared.NextInt64();

    internal int Count => count;

    /// <summary>The id of <paramref name="key"/>, or -1 when the key is new and not valid UTF-8 (it is not added).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal int GetOrAdd(ReadOnlySpan<byte> key)
    {
        // Keys of up to 8 bytes (most unit codes) are identified by their length and a packed 64-bit word, so a
        // lookup compares one word; longer keys compare their bytes.
        bool isShort = key.Length <= 8;
        ulong packed = isShort ? Pack(key) : 0;
        int hash = isShort ? Mix(packed ^ ((ulong)key.Length << 59)) : HashLong(key);
        int mask = buckets.Length - 1;
        int slot = hash & mask;
        while (true)
        {
            int entry = buckets[slot] - 1;
            if (entry < 0)
            {
                break;
            }
            if (hashes[entry] == hash && lengths[entry] == key.Length
                && (isShort ? packedKeys[entry] == packed : key.SequenceEqual(arena.AsSpan(offsets[entry], key.Length))))
            {
                return entry;
            }
            slot = (slot + 1) & mask;
        }
        if (!System.Text.Unicode.Utf8.IsValid(key))
        {
            return -1;
        }
        return Add(key, packed, hash, slot);
    }

    /// <summary>
    /// Packs a key of 0 to 8 bytes into a word that, with the length, identifies it: two overlapping 4-byte reads for
    /// 4 to 8 bytes, the first, middle and last byte for 1 to 3.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Pack(ReadOnlySpan<byte> key)
    {
        if (key.Length >= 4)
        {
            return BinaryPrimitives.ReadUInt32LittleEndian(key) | ((ulong)BinaryPrimitives.ReadUInt32LittleEndian(key[^4..]) << 32);
        }
        return key.IsEmpty ? 0 : key[0] | ((ulong)key[key.Length >> 1] << 8) | ((ulong)key[^1] << 16);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Mix(ulong value)
    {
        ulong h = (value ^ seed) * 0x9E3779B97F4A7C15UL;
        h ^= h >> 29;
        h *= 0xBF58476D1CE4E5B9UL;
        return (int)(h >> 32);
    }

    /// <summary>A multiplicative hash over 8-byte words, seeded per table so crafted keys cannot force collisions.</summary>
    private int HashLong(ReadOnlySpan<byte> key)
    {
        const ulong Multiplier = 0x9E3779B97F4A7C15UL;
        ulong h = seed ^ ((ulong)key.Length * Multiplier);
        while (key.Length >= 8)
        {
            h = BitOperations.RotateLeft((h ^ BinaryPrimitives.ReadUInt64LittleEndian(key)) * Multiplier, 29);
            key = key[8..];
        }
        return Mix(h ^ (key.IsEmpty ? 0 : Pack(key)));
    }

    internal string KeyAt(int id) => Encoding.UTF8.GetString(arena, offsets[id], lengths[id]);

    private int Add(ReadOnlySpan<byte> key, ulong packed, int hash, int slot)
    {
        if (arenaLength + key.Length > arena.Length)
        {
            Array.Resize(ref arena, Math.Max(arena.Length * 2, arenaLength + key.Length));
        }
        if (count == offsets.Length)
        {
            Array.Resize(ref offsets, count * 2);
            Array.Resize(ref lengths, count * 2);
            Array.Resize(ref hashes, count * 2);
            Array.Resize(ref packedKeys, count * 2);
        }
        key.CopyTo(arena.AsSpan(arenaLength));
        int id = count++;
        offsets[id] = arenaLength;
        lengths[id] = key.Length;
        hashes[id] = hash;
        packedKeys[id] = packed;
        arenaLength += key.Length;
        buckets[slot] = id + 1;
        if (count * 2 > buckets.Length)
        {
            Rehash();
        }
        return id;
    }

    private void Rehash()
    {
        buckets = new int[buckets.Length * 2];
        int mask = buckets.Length - 1;
        for (int id = 0; id < count; id++)
        {
            int slot = hashes[id] & mask;
            while (buckets[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }
            buckets[slot] = id + 1;
        }
    }
}
