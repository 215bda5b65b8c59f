# chr/ord and the integer-to-string builtins.
print(chr(65), chr(97), chr(48), chr(0x20AC), chr(0), repr(chr(10)), chr(0x10FFFF) == '\U0010FFFF')
print(ord('A'), ord('€'), ord('\n'), ord(b'a'), ord('😀'))
print(hex(0), hex(255), hex(-1), hex(2**64), oct(0), oct(64), oct(-64), bin(0), bin(10), bin(-10), bin(2**65))
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2), int(bin(-9), 0))
print(hex(True), bin(False))
for bad in [lambda: chr('a'), lambda: ord(1), lambda: hex('1'), lambda: bin(1.0), lambda: chr(-5)]:
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
