"""Writes a small Ethernet capture with scapy (`PcapWriter`), reads it back with scapy's
`PcapReader`, and prints as JSON what scapy reports: the file header on the first line, then one
line per packet, for the view tests to compare field by field. Exits with status 3 when scapy
cannot be imported.

Usage: make_pcap.py FILE [ENDIANNESS [UNIT]], ENDIANNESS `<` (little, the default) or `>` (big),
UNIT `us` (microsecond timestamps, the default) or `ns` (nanosecond ones)."""
import json
import sys
from decimal import Decimal

try:
    from scapy.all import ARP, IP, TCP, UDP, Ether, IPOption_NOP, PcapReader, PcapWriter, Raw
    from scapy.config import conf
except ImportError as error:
    print(f"scapy is not importable: {error}", file=sys.stderr)
    sys.exit(3)

conf.verb = 0
A = "02:00:00:00:00:0a"
B = "02:00:00:00:00:0b"


def udp(payload, **ip):
    return Ether(src=A, dst=B) / IP(src="10.0.0.1", dst="192.168.1.20", **ip) / UDP(sport=5353, dport=53) / Raw(payload)


packets = [
    (udp(b"hello, view", ttl=64, id=1, flags="DF"), "1700000000.000001"),
    (udp(b"", ttl=1, id=2, tos=0xB8), "1700000000.250000"),
    (udp(b"odd", ttl=255, id=0xBEEF, flags="MF", frag=185, tos=0x03), "1700000001.999999"),
    (Ether(src=B, dst=A) / IP(src="192.168.1.20", dst="10.0.0.1", ttl=128) / UDP(sport=53, dport=5353) / Raw(bytes(range(201))), "1700000002.5"),
    # IHL 6: one word of options (four NOPs) between the header and UDP.
    (Ether(src=A, dst=B) / IP(src="10.0.0.1", dst="10.0.0.2", ttl=17, options=[IPOption_NOP()] * 4) / UDP(sport=1, dport=2) / Raw(b"opt"), "1700000003"),
    (Ether(src=A, dst=B) / IP(src="10.0.0.1", dst="10.0.0.3", ttl=64) / TCP(sport=40000, dport=80, flags="S"), "1700000004.000123"),
    (Ether(src=A, dst="ff:ff:ff:ff:ff:ff") / ARP(psrc="10.0.0.1", pdst="10.0.0.2"), "1700000005.5"),
]

endianness = sys.argv[2] if len(sys.argv) > 2 else "<"
nano = len(sys.argv) > 3 and sys.argv[3] == "ns"
if nano:
    # A time only nanoseconds hold.
    packets[5] = (packets[5][0], "1700000004.000123456")
scale = 1_000_000_000 if nano else 1_000_000

writer = PcapWriter(sys.argv[1], linktype=1, endianness=endianness, nano=nano, sync=True)
for packet, time in packets:
    packet.time = Decimal(time)
    writer.write(packet)
writer.close()

reader = PcapReader(sys.argv[1])
print(json.dumps({"endian": reader.endian, "nano": reader.nano, "snaplen": reader.snaplen, "linktype": reader.linktype}))
for packet in reader:
    seconds = int(packet.time)
    report = {
        "ts_sec": seconds,
        "ts_frac": int(round((packet.time - seconds) * scale)),
        "caplen": len(packet),
        "wirelen": packet.wirelen if packet.wirelen is not None else len(packet),
        "eth_src": packet[Ether].src,
        "eth_dst": packet[Ether].dst,
        "eth_type": packet[Ether].type,
    }
    if IP in packet:
        ip = packet[IP]
        report["ip"] = {
            "version": ip.version,
            "ihl": ip.ihl,
            "tos": ip.tos,
            "len": ip.len,
            "id": ip.id,
            "flags": int(ip.flags),
            "frag": ip.frag,
            "ttl": ip.ttl,
            "proto": ip.proto,
            "chksum": ip.chksum,
            "src": ip.src,
            "dst": ip.dst,
            "payload": bytes(ip.payload).hex(),
        }
    if UDP in packet:
        datagram = packet[UDP]
        report["udp"] = {
            "sport": datagram.sport,
            "dport": datagram.dport,
            "len": datagram.len,
            "chksum": datagram.chksum,
            "payload": bytes(datagram.payload).hex(),
        }
    print(json.dumps(report))
reader.close()
