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
    private int[] buckets = new int[128]; // group id + 1; 0 = empty
    private int count;

    internal int Count => count;

    /// <summary>The id of <paramref name="key"/>, or -1 when the key is new and not valid UTF-8 (it is not added).</summary>
    internal int GetOrAdd(ReadOnlySpan<byte> key)
    {
        var hasher = default(HashCode);
        hasher.AddBytes(key);
        int hash = hasher.ToHashCode();
        int mask = buckets.Length - 1;
        int slot = hash & mask;
        while (true)
        {
            int entry = buckets[slot] - 1;
            if (entry < 0)
            {
                break;
            }
            if (hashes[entry] == hash && key.SequenceEqual(arena.AsSpan(offsets[entry], lengths[entry])))
            {
                return entry;
            }
            slot = (slot + 1) & mask;
        }
        if (!System.Text.Unicode.Utf8.IsValid(key))
        {
            return -1;
        }
        return Add(key, hash, slot);
    }

    internal string KeyAt(int id) => Encoding.UTF8.GetString(arena, offsets[id], lengths[id]);

    private int Add(ReadOnlySpan<byte> key, int hash, int slot)
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
        }
        key.CopyTo(arena.AsSpan(arenaLength));
        int id = count++;
        offsets[id] = arenaLength;
        lengths[id] = key.Length;
        hashes[id] = hash;
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
