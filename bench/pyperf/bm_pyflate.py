"""Pure-Python DEFLATE decoder (bit streams, Huffman tables, LZ77 copies),
in the spirit of pyperformance's bm_pyflate."""
import time
import zlib


class BitfieldBase(object):

    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.bitfield = 0
        self.bits = 0

    def _more(self):
        c = self.data[self.pos]
        self.pos += 1
        self.bitfield |= c << self.bits
        self.bits += 8

    def readbits(self, n):
        while self.bits < n:
            self._more()
        r = self.bitfield & ((1 << n) - 1)
        self.bitfield >>= n
        self.bits -= n
        return r

    def align(self):
        self.bitfield = 0
        self.bits = 0

    def tellbits(self):
        return self.pos * 8 - self.bits


class HuffmanTable(object):

    def __init__(self, lengths):
        self.counts = [0] * 16
        for l in lengths:
            self.counts[l] += 1
        self.counts[0] = 0
        offs = [0] * 16
        for i in range(1, 16):
            offs[i] = offs[i - 1] + self.counts[i - 1]
        self.symbols = [0] * len(lengths)
        for sym, l in enumerate(lengths):
            if l:
                self.symbols[offs[l]] = sym
                offs[l] += 1

    def decode(self, bf):
        code = first = index = 0
        counts = self.counts
        for length in range(1, 16):
            code |= bf.readbits(1)
            count = counts[length]
            if code - count < first:
                return self.symbols[index + (code - first)]
            index += count
            first += count
            first <<= 1
            code <<= 1
        raise ValueError("bad Huffman code")


LBASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
         35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
LEXT = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
        3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
DBASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193,
         257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
         8193, 12289, 16385, 24577]
DEXT = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6,
        7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
CLORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]


def fixed_tables():
    lengths = [8] * 144 + [9] * 112 + [7] * 24 + [8] * 8
    return HuffmanTable(lengths), HuffmanTable([5] * 30)


def dynamic_tables(bf):
    hlit = bf.readbits(5) + 257
    hdist = bf.readbits(5) + 1
    hclen = bf.readbits(4) + 4
    cl = [0] * 19
    for i in range(hclen):
        cl[CLORDER[i]] = bf.readbits(3)
    clt = HuffmanTable(cl)
    lengths = []
    while len(lengths) < hlit + hdist:
        sym = clt.decode(bf)
        if sym < 16:
            lengths.append(sym)
        elif sym == 16:
            prev = lengths[-1]
            lengths.extend([prev] * (3 + bf.readbits(2)))
        elif sym == 17:
            lengths.extend([0] * (3 + bf.readbits(3)))
        else:
            lengths.extend([0] * (11 + bf.readbits(7)))
    return HuffmanTable(lengths[:hlit]), HuffmanTable(lengths[hlit:])


def inflate(bf):
    out = bytearray()
    final = 0
    blocks = {0: 0, 1: 0, 2: 0}
    while not final:
        final = bf.readbits(1)
        btype = bf.readbits(2)
        blocks[btype] += 1
        if btype == 0:
            bf.align()
            n = bf.data[bf.pos] | (bf.data[bf.pos + 1] << 8)
            bf.pos += 4
            out += bf.data[bf.pos:bf.pos + n]
            bf.pos += n
            continue
        if btype == 1:
            lit, dist = fixed_tables()
        elif btype == 2:
            lit, dist = dynamic_tables(bf)
        else:
            raise ValueError("bad block type %d" % btype)
        while True:
            sym = lit.decode(bf)
            if sym < 256:
                out.append(sym)
            elif sym == 256:
                break
            else:
                sym -= 257
                length = LBASE[sym] + bf.readbits(LEXT[sym])
                dsym = dist.decode(bf)
                d = DBASE[dsym] + bf.readbits(DEXT[dsym])
                start = len(out) - d
                for i in range(length):
                    out.append(out[start + i])
    return bytes(out), blocks


def make_data():
    words = ["spindle", "python", "thread", "huffman", "deflate", "bits",
             "benchmark", "the", "a", "of", "zlib", "pyflate", "tree"]
    parts = []
    x = 12345
    for i in range(30000):
        x = (x * 1103515245 + 12345) & 0x7fffffff
        parts.append(words[x % len(words)])
        if x % 7 == 0:
            parts.append(str(x % 1000))
    return ' '.join(parts).encode('ascii')


def main():
    data = make_data()
    comp = zlib.compress(data, 9)
    t0 = time.perf_counter()
    for _ in range(2):
        bf = BitfieldBase(comp)
        cmf = bf.readbits(8)
        flg = bf.readbits(8)
        out, blocks = inflate(bf)
    time.perf_counter() - t0
    print(len(data), cmf & 15, len(out), out == data, blocks[1] + blocks[2] > 0)
    print(zlib.adler32(out), zlib.crc32(out))
    raw = zlib.compress(b'abc' * 10, 0)
    bf = BitfieldBase(raw)
    bf.readbits(16)
    print(inflate(bf)[0])


if __name__ == "__main__":
    main()
