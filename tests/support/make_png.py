"""Writes a small RGB PNG with Python's zlib and struct, and prints each chunk as
`type length crc` (CRC as Python computes it), one per line, for the view tests to compare."""
import struct
import sys
import zlib

width, height = 7, 5
rows = b"".join(b"\x00" + bytes((x * 30 + y) % 256 for x in range(width * 3)) for y in range(height))
chunks = [
    (b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)),
    (b"tEXt", b"Comment\x00written by Python zlib"),
    (b"IDAT", zlib.compress(rows, 9)),
    (b"IEND", b""),
]
out = bytearray(b"\x89PNG\r\n\x1a\n")
for kind, data in chunks:
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    out += struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)
    print(kind.decode(), len(data), crc)
with open(sys.argv[1], "wb") as f:
    f.write(out)
