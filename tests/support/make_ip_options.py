"""Builds IPv4 packets with options and TCP segments with options with scapy, and prints one JSON
line per packet: its bytes in hex and what scapy reports (header length, option bytes, TCP data
offset and option bytes, payload), for the expression-length view tests. Exits with status 3
when scapy cannot be imported."""
import json
import sys

try:
    from scapy.all import IP, TCP, UDP, IPOption_NOP, IPOption_RR, IPOption_Router_Alert, Raw
    from scapy.config import conf
except ImportError as error:
    print(f"scapy is not importable: {error}", file=sys.stderr)
    sys.exit(3)

conf.verb = 0

packets = [
    IP(src="10.0.0.1", dst="10.0.0.2") / TCP(sport=443, dport=50000, flags="A") / Raw(b"no options"),
    IP(src="10.0.0.1", dst="10.0.0.2", options=[IPOption_Router_Alert()])
    / TCP(sport=1234, dport=80, flags="S", options=[("MSS", 1460), ("SAckOK", b""), ("Timestamp", (1, 0)), ("NOP", None), ("WScale", 7)]),
    IP(src="192.168.1.20", dst="10.0.0.1", options=[IPOption_RR(routers=["1.2.3.4", "5.6.7.8"]), IPOption_NOP()])
    / TCP(sport=80, dport=1234, flags="PA", options=[("NOP", None), ("NOP", None), ("Timestamp", (7, 9))])
    / Raw(b"GET / HTTP/1.0\r\n\r\n"),
    IP(src="10.9.8.7", dst="10.0.0.1", options=[IPOption_NOP()] * 40) / UDP(sport=53, dport=53) / Raw(b"dns"),
]

for packet in packets:
    raw = bytes(packet)
    ip = IP(raw)
    line = {
        "hex": raw.hex(),
        "ihl": ip.ihl,
        "ip_options": raw[20 : ip.ihl * 4].hex(),
        "ip_payload": raw[ip.ihl * 4 : ip.len].hex(),
        "proto": ip.proto,
    }
    if TCP in ip:
        tcp = ip[TCP]
        segment = bytes(ip.payload)
        line["dataofs"] = tcp.dataofs
        line["tcp_options"] = segment[20 : tcp.dataofs * 4].hex()
        line["tcp_payload"] = segment[tcp.dataofs * 4 :].hex()
    print(json.dumps(line))
