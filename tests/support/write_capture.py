import struct, sys
# Writes a pcap capture (little-endian, microseconds, Ethernet) of UDP/IPv4 frames of mixed
# sizes to standard output: `python3 write_capture.py BYTES`. It feeds pcap_summary through a
# pipe in CI, to show that the stream is read in bounded memory.
total = int(sys.argv[1])
out = sys.stdout.buffer
out.write(struct.pack('<IHHiIII', 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1))
block = bytearray()
for i, size in enumerate([60, 590, 1514, 128, 9000, 42]):
    payload = bytes(max(0, size - 42))
    ip = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 28 + len(payload), i, 0x4000, 64, 17, 0, bytes([10,0,0,1]), bytes([10,0,0,2]))
    udp = struct.pack('!HHHH', 5000 + i, 53, 8 + len(payload), 0)
    frame = bytes([0xff]*6) + bytes([2,0,0,0,0,1]) + b'\x08\x00' + ip + udp + payload
    block += struct.pack('<IIII', 1700000000 + i, i * 1000, len(frame), len(frame)) + frame
block = bytes(block) * 64
written = 24
while written < total:
    out.write(block)
    written += len(block)
