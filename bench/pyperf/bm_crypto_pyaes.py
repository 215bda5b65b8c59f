"""Pure-Python AES (CTR mode) in the style of pyperformance's
bm_crypto_pyaes (pyaes by Richard Moore); the tables are computed at
import instead of written out."""
import time


def _xtime(a):
    a <<= 1
    if a & 0x100:
        a ^= 0x11b
    return a


def _gmul(a, b):
    r = 0
    while b:
        if b & 1:
            r ^= a
        a = _xtime(a)
        b >>= 1
    return r


def _make_sbox():
    inv = [0] * 256
    for i in range(1, 256):
        for j in range(1, 256):
            if _gmul(i, j) == 1:
                inv[i] = j
                break
    S = []
    for i in range(256):
        b = inv[i]
        s = b
        for k in range(1, 5):
            s ^= ((b << k) | (b >> (8 - k))) & 0xff
        S.append(s ^ 0x63)
    return S


S = _make_sbox()
Si = [0] * 256
for _i, _s in enumerate(S):
    Si[_s] = _i
rcon = [0x01]
while len(rcon) < 30:
    rcon.append(_xtime(rcon[-1]))

T1 = [(_gmul(s, 2) << 24) | (s << 16) | (s << 8) | _gmul(s, 3) for s in S]
T2 = [((t >> 8) | (t << 24)) & 0xFFFFFFFF for t in T1]
T3 = [((t >> 8) | (t << 24)) & 0xFFFFFFFF for t in T2]
T4 = [((t >> 8) | (t << 24)) & 0xFFFFFFFF for t in T3]


def _compact_word(word):
    return (word[0] << 24) | (word[1] << 16) | (word[2] << 8) | word[3]


class AES(object):
    '''Encapsulates the AES block cipher.'''

    # Number of rounds by keysize
    number_of_rounds = {16: 10, 24: 12, 32: 14}

    def __init__(self, key):

        if len(key) not in (16, 24, 32):
            raise ValueError('Invalid key size')

        rounds = self.number_of_rounds[len(key)]

        # Encryption round keys
        self._Ke = [[0] * 4 for i in range(rounds + 1)]

        round_key_count = (rounds + 1) * 4
        KC = len(key) // 4

        # Convert the key into ints
        tk = [struct_unpack_be(key[i:i + 4]) for i in range(0, len(key), 4)]

        # Copy values into round key arrays
        for i in range(0, KC):
            self._Ke[i // 4][i % 4] = tk[i]

        # Key expansion (fips-197 section 5.2)
        rconpointer = 0
        t = KC
        while t < round_key_count:

            tt = tk[KC - 1]
            tk[0] ^= ((S[(tt >> 16) & 0xFF] << 24) ^
                      (S[(tt >> 8) & 0xFF] << 16) ^
                      (S[tt & 0xFF] << 8) ^
                      S[(tt >> 24) & 0xFF] ^
                      (rcon[rconpointer] << 24))
            rconpointer += 1

            if KC != 8:
                for i in range(1, KC):
                    tk[i] ^= tk[i - 1]

            # Key expansion for 256-bit keys is "slightly different" (fips-197)
            else:
                for i in range(1, KC // 2):
                    tk[i] ^= tk[i - 1]
                tt = tk[KC // 2 - 1]

                tk[KC // 2] ^= (S[tt & 0xFF] ^
                                (S[(tt >> 8) & 0xFF] << 8) ^
                                (S[(tt >> 16) & 0xFF] << 16) ^
                                (S[(tt >> 24) & 0xFF] << 24))

                for i in range(KC // 2 + 1, KC):
                    tk[i] ^= tk[i - 1]

            # Copy values into round key arrays
            j = 0
            while j < KC and t < round_key_count:
                self._Ke[t // 4][t % 4] = tk[j]
                j += 1
                t += 1

    def encrypt(self, plaintext):
        'Encrypt a block of plain text using the AES block cipher.'

        if len(plaintext) != 16:
            raise ValueError('wrong block length')

        rounds = len(self._Ke) - 1
        (s1, s2, s3) = [1, 2, 3]
        a = [0, 0, 0, 0]

        # Convert plaintext to (ints ^ key)
        t = [(_compact_word(plaintext[4 * i:4 * i + 4]) ^ self._Ke[0][i]) for i in range(0, 4)]

        # Apply round transforms
        for r in range(1, rounds):
            for i in range(0, 4):
                a[i] = (T1[(t[i] >> 24) & 0xFF] ^
                        T2[(t[(i + s1) % 4] >> 16) & 0xFF] ^
                        T3[(t[(i + s2) % 4] >> 8) & 0xFF] ^
                        T4[t[(i + s3) % 4] & 0xFF] ^
                        self._Ke[r][i])
            t = a[:]

        # The last round is special
        result = []
        for i in range(0, 4):
            tt = self._Ke[rounds][i]
            result.append((S[(t[i] >> 24) & 0xFF] ^ (tt >> 24)) & 0xFF)
            result.append((S[(t[(i + s1) % 4] >> 16) & 0xFF] ^ (tt >> 16)) & 0xFF)
            result.append((S[(t[(i + s2) % 4] >> 8) & 0xFF] ^ (tt >> 8)) & 0xFF)
            result.append((S[t[(i + s3) % 4] & 0xFF] ^ tt) & 0xFF)

        return result


def struct_unpack_be(b):
    return int.from_bytes(b, 'big')


class Counter(object):
    '''A counter object for the Counter (CTR) mode of operation.'''

    def __init__(self, initial_value=1):
        # Convert the value into an array of bytes long
        self._counter = [((initial_value >> i) % 256) for i in range(128 - 8, -1, -8)]

    value = property(lambda s: s._counter)

    def increment(self):
        '''Increment the counter (overflow rolls back to 0).'''
        for i in range(len(self._counter) - 1, -1, -1):
            self._counter[i] += 1
            if self._counter[i] < 256:
                break
            # Carry the one
            self._counter[i] = 0
        else:
            # Overflow
            self._counter = [0] * len(self._counter)


class AESModeOfOperationCTR(object):

    def __init__(self, key, counter=None):
        self._aes = AES(key)
        if counter is None:
            counter = Counter()
        self._counter = counter
        self._remaining_counter = []

    def encrypt(self, plaintext):
        while len(self._remaining_counter) < len(plaintext):
            self._remaining_counter += self._aes.encrypt(self._counter.value)
            self._counter.increment()

        plaintext = list(plaintext)
        encrypted = [(p ^ c) for (p, c) in zip(plaintext, self._remaining_counter)]
        self._remaining_counter = self._remaining_counter[len(encrypted):]

        return bytes(encrypted)

    def decrypt(self, crypttext):
        # AES-CTR is symetric
        return self.encrypt(crypttext)


CLEARTEXT = b"This is a test. What could possibly go wrong? " * 100
KEY = b'\xa1\xf6%\x8c\x87}_\xcd\x89dHE8\xbf\xc9,'


def bench_pyaes(loops):
    range_it = range(loops)
    t0 = time.perf_counter()
    for loops in range_it:
        aes = AESModeOfOperationCTR(KEY)
        ciphertext = aes.encrypt(CLEARTEXT)

        # need to reset IV for decryption
        aes = AESModeOfOperationCTR(KEY)
        plaintext = aes.decrypt(ciphertext)

        # explicitly destroy the pyaes object
        aes = None

    dt = time.perf_counter() - t0
    if plaintext != CLEARTEXT:
        raise Exception("decrypt error!")
    return dt, ciphertext


def main():
    # FIPS-197 appendix C.1 test vector
    k = bytes(range(16))
    pt = bytes.fromhex('00112233445566778899aabbccddeeff')
    print(bytes(AES(k).encrypt(pt)).hex())
    dt, ct = bench_pyaes(30)
    print(len(ct), ct[:16].hex(), sum(ct))


if __name__ == "__main__":
    main()
