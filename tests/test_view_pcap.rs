//! Packet captures written by a real packet library, read through views: the pcap file header,
//! its records (a variable-length record per packet), then Ethernet, IPv4 (bit fields) and UDP
//! headers, held field by field to what scapy reports for the same file. One declaration of the
//! header and the record reads captures in both byte orders, with microsecond or nanosecond
//! timestamps: the magic, read big-endian, says the order of the rest.

#[path = "support/near_valid.rs"]
mod near_valid;
#[path = "support/tools.rs"]
mod tools;

use std::fmt::Write as _;
use std::process::Command;

use serde_json::Value;
use slotmodel::{Endian, View};

/// The pcap file header, in the byte order of the machine that wrote it, which its magic tells:
/// read big-endian, `a1b2c3d4` (microseconds) or `a1b23c4d` (nanoseconds) in a big-endian file.
#[derive(View, Debug, PartialEq)]
#[view(big_if = magic == 0xA1B2_C3D4 || magic == 0xA1B2_3C4D)]
pub struct FileHeader {
    #[view(endian = "big")]
    magic: u32,
    version_major: u16,
    version_minor: u16,
    this_zone: i32,
    sigfigs: u32,
    #[bounded(min = 1)]
    snaplen: u32,
    link_type: u32,
}

/// One pcap record, in the file header's byte order: a timestamp (seconds, then microseconds or
/// nanoseconds as the magic says), the captured and original lengths, then the captured bytes.
#[derive(View, Debug, PartialEq, Clone)]
#[view(endian = runtime)]
pub struct Record {
    ts_sec: u32,
    #[bounded(max = 999_999_999)]
    ts_frac: u32,
    incl_len: u32,
    orig_len: u32,
    #[view(len = incl_len)]
    data: Vec<u8>,
}

/// An Ethernet II header.
#[derive(View, Debug, PartialEq)]
#[view(endian = "big", size = 14)]
pub struct Ethernet {
    destination: [u8; 6],
    source: [u8; 6],
    ether_type: u16,
}

/// IPv4's fixed header (RFC 791); options, when `ihl` > 5, follow it.
#[derive(View, Debug, Clone, PartialEq)]
#[view(endian = "big", size = 20)]
pub struct Ipv4Header {
    #[view(bits = 4)]
    version: u8,
    #[view(bits = 4)]
    #[bounded(min = 5)]
    ihl: u8,
    #[view(bits = 6)]
    dscp: u8,
    #[view(bits = 2)]
    ecn: u8,
    total_length: u16,
    identification: u16,
    #[view(bits = 1)]
    reserved: bool,
    #[view(bits = 1)]
    dont_fragment: bool,
    #[view(bits = 1)]
    more_fragments: bool,
    #[view(bits = 13)]
    fragment_offset: u16,
    ttl: u8,
    protocol: u8,
    checksum: u16,
    source: [u8; 4],
    destination: [u8; 4],
}

/// A UDP header (RFC 768).
#[derive(View, Debug, PartialEq)]
#[view(endian = "big", size = 8)]
pub struct UdpHeader {
    source_port: u16,
    destination_port: u16,
    #[bounded(min = 8)]
    length: u16,
    checksum: u16,
}

const MAGIC_MICROSECONDS: u32 = 0xA1B2_C3D4;
const MAGIC_NANOSECONDS: u32 = 0xA1B2_3C4D;
const ETHER_IPV4: u16 = 0x0800;
const PROTOCOL_UDP: u8 = 17;

/// A packet as the views read it: each layer's view, or `None` where the packet has no such
/// layer (not IPv4, not UDP, or a fragment after the first, which carries no UDP header).
#[derive(Debug)]
struct Packet<'a> {
    record: RecordView<'a>,
    ethernet: EthernetView<'a>,
    ip: Option<Ip<'a>>,
    udp: Option<(UdpHeaderView<'a>, &'a [u8])>,
}

/// An IPv4 header with its options and the bytes after them (up to `total_length`).
#[derive(Debug)]
struct Ip<'a> {
    header: Ipv4HeaderView<'a>,
    options: &'a [u8],
    payload: &'a [u8],
}

/// Whether a capture's timestamps count nanoseconds, by its magic read big-endian; `None` for
/// no pcap magic.
fn nanoseconds(magic: u32) -> Option<bool> {
    match magic {
        MAGIC_MICROSECONDS => Some(false),
        MAGIC_NANOSECONDS => Some(true),
        magic if magic.swap_bytes() == MAGIC_MICROSECONDS => Some(false),
        magic if magic.swap_bytes() == MAGIC_NANOSECONDS => Some(true),
        _ => None,
    }
}

/// Reads a whole capture through the views; the first thing wrong is an error, never a panic.
fn read_capture(file: &[u8]) -> Result<(FileHeaderView<'_>, Vec<Packet<'_>>), String> {
    let (header, body) = FileHeaderView::new_prefix(file).map_err(|e| e.to_string())?;
    let Some(nano) = nanoseconds(header.magic()) else {
        return Err(format!("magic {:#010x}: not a pcap file", header.magic()));
    };
    let mut records = RecordView::records(body, header.endian());
    let mut packets = Vec::new();
    for record in records.by_ref() {
        let record = record.map_err(|e| e.to_string())?;
        if !nano && record.ts_frac() > 999_999 {
            return Err(format!("{} microseconds in a second", record.ts_frac()));
        }
        packets.push(read_packet(record)?);
    }
    if !records.remainder().is_empty() {
        return Err(format!("{} bytes after the last record", records.remainder().len()));
    }
    Ok((header, packets))
}

fn read_packet(record: RecordView<'_>) -> Result<Packet<'_>, String> {
    let (ethernet, rest) = EthernetView::new_prefix(record.data()).map_err(|e| e.to_string())?;
    let mut packet = Packet {
        record,
        ethernet,
        ip: None,
        udp: None,
    };
    if ethernet.ether_type() != ETHER_IPV4 {
        return Ok(packet);
    }
    let (header, rest) = Ipv4HeaderView::new_prefix(rest).map_err(|e| e.to_string())?;
    // `ihl` >= 5 is the header's rule, so the options' length does not underflow.
    let header_len = usize::from(header.ihl()) * 4;
    let total = usize::from(header.total_length());
    if total < header_len {
        return Err(format!(
            "IPv4 total length {total} shorter than its header of {header_len} bytes"
        ));
    }
    // Frames shorter than Ethernet's minimum are padded: the datagram ends at `total_length`.
    let (Some(options), Some(payload)) = (
        rest.get(..header_len - Ipv4HeaderView::SIZE),
        rest.get(header_len - Ipv4HeaderView::SIZE..total - Ipv4HeaderView::SIZE),
    ) else {
        return Err(format!("IPv4 total length {total} past the captured bytes"));
    };
    if header.protocol() == PROTOCOL_UDP && header.fragment_offset() == 0 {
        let (udp, data) = UdpHeaderView::new_prefix(payload).map_err(|e| e.to_string())?;
        // `length` >= 8 is the header's rule.
        let data = data
            .get(..usize::from(udp.length()) - UdpHeaderView::SIZE)
            .ok_or_else(|| format!("UDP length {} past the IPv4 payload", udp.length()))?;
        packet.udp = Some((udp, data));
    }
    packet.ip = Some(Ip {
        header,
        options,
        payload,
    });
    Ok(packet)
}

/// The internet checksum (RFC 1071) of `parts`, one after another, as 16-bit big-endian words.
fn internet_checksum(parts: &[&[u8]]) -> u16 {
    let bytes: Vec<u8> = parts.concat();
    let mut sum: u32 = bytes
        .chunks(2)
        .map(|pair| u32::from(u16::from_be_bytes([pair[0], pair.get(1).copied().unwrap_or(0)])))
        .sum();
    while sum > 0xFFFF {
        sum = (sum & 0xFFFF) + (sum >> 16);
    }
    !u16::try_from(sum).unwrap()
}

fn mac(bytes: [u8; 6]) -> String {
    bytes.map(|b| format!("{b:02x}")).join(":")
}

fn ipv4(bytes: [u8; 4]) -> String {
    std::net::Ipv4Addr::from(bytes).to_string()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().fold(String::new(), |mut text, b| {
        let _ = write!(text, "{b:02x}");
        text
    })
}

/// Runs `tests/support/make_pcap.py`: the capture's bytes and scapy's report, or `None` after
/// saying why the comparison is skipped (a missing `python3` or scapy; a failure in CI).
fn capture_written_by_scapy(
    test: &str,
    dir: &std::path::Path,
    endianness: &str,
    unit: &str,
) -> Option<(Vec<u8>, Vec<Value>)> {
    let path = dir.join(format!(
        "capture-{unit}-{}.pcap",
        if endianness == "<" { "le" } else { "be" }
    ));
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/support/make_pcap.py");
    let output = match Command::new("python3")
        .arg(script)
        .arg(&path)
        .args([endianness, unit])
        .output()
    {
        Ok(output) if output.status.code() == Some(3) => {
            // The script's status when scapy cannot be imported.
            let why = String::from_utf8_lossy(&output.stderr);
            tools::missing(
                test,
                why.trim(),
                "install it with `python3 -m pip install scapy==2.6.1`",
            );
            return None;
        }
        Ok(output) => output,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            tools::missing(
                test,
                "python3 is not installed",
                "install it with `apt-get install python3`",
            );
            return None;
        }
        Err(error) => panic!("python3 did not start: {error}"),
    };
    // A script that ran and failed is a failure, not a reason to skip.
    assert!(
        output.status.success(),
        "{script} ({}): {}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    let report = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    Some((std::fs::read(&path).unwrap(), report))
}

fn number<T: TryFrom<u64>>(value: &Value) -> T
where
    T::Error: std::fmt::Debug,
{
    T::try_from(value.as_u64().unwrap_or_else(|| panic!("{value} is not a number"))).unwrap()
}

/// The record's and the Ethernet header's fields against scapy's report of packet `i`.
fn compare_record_and_ethernet(i: usize, packet: &Packet<'_>, expected: &Value) {
    let record = packet.record;
    assert_eq!(record.ts_sec(), number::<u32>(&expected["ts_sec"]), "packet {i} ts_sec");
    assert_eq!(
        record.ts_frac(),
        number::<u32>(&expected["ts_frac"]),
        "packet {i} ts_frac"
    );
    assert_eq!(
        record.incl_len(),
        number::<u32>(&expected["caplen"]),
        "packet {i} caplen"
    );
    assert_eq!(
        record.orig_len(),
        number::<u32>(&expected["wirelen"]),
        "packet {i} wirelen"
    );
    assert_eq!(
        record.data().len(),
        number::<usize>(&expected["caplen"]),
        "packet {i} data"
    );
    let ethernet = packet.ethernet;
    assert_eq!(mac(*ethernet.source()), expected["eth_src"], "packet {i} Ether src");
    assert_eq!(
        mac(*ethernet.destination()),
        expected["eth_dst"],
        "packet {i} Ether dst"
    );
    assert_eq!(
        ethernet.ether_type(),
        number::<u16>(&expected["eth_type"]),
        "packet {i} Ether type"
    );
}

/// Every IPv4 header field against scapy's, and the header checksum recomputed over the view.
fn compare_ipv4(i: usize, ip: &Ip<'_>, want: &Value) {
    let header = ip.header;
    assert_eq!(header.version(), number::<u8>(&want["version"]), "packet {i} version");
    assert_eq!(header.ihl(), number::<u8>(&want["ihl"]), "packet {i} ihl");
    assert_eq!(
        (header.dscp() << 2) | header.ecn(),
        number::<u8>(&want["tos"]),
        "packet {i} tos"
    );
    assert_eq!(header.total_length(), number::<u16>(&want["len"]), "packet {i} len");
    assert_eq!(header.identification(), number::<u16>(&want["id"]), "packet {i} id");
    // scapy's flags: bit 0 MF, bit 1 DF, bit 2 the reserved ("evil") bit.
    let flags =
        u8::from(header.reserved()) << 2 | u8::from(header.dont_fragment()) << 1 | u8::from(header.more_fragments());
    assert_eq!(flags, number::<u8>(&want["flags"]), "packet {i} flags");
    assert_eq!(
        header.fragment_offset(),
        number::<u16>(&want["frag"]),
        "packet {i} frag"
    );
    assert_eq!(header.ttl(), number::<u8>(&want["ttl"]), "packet {i} ttl");
    assert_eq!(header.protocol(), number::<u8>(&want["proto"]), "packet {i} proto");
    assert_eq!(header.checksum(), number::<u16>(&want["chksum"]), "packet {i} chksum");
    assert_eq!(ipv4(*header.source()), want["src"], "packet {i} src");
    assert_eq!(ipv4(*header.destination()), want["dst"], "packet {i} dst");
    assert_eq!(hex(ip.payload), want["payload"], "packet {i} IPv4 payload");
    assert_eq!(
        ip.options.len(),
        usize::from(header.ihl() - 5) * 4,
        "packet {i} options"
    );
    // The checksum over the header as the view sees it, its own field left out.
    let bytes = header.as_bytes();
    let computed = internet_checksum(&[&bytes[..10], &bytes[12..], ip.options]);
    assert_eq!(computed, header.checksum(), "packet {i} header checksum recomputed");
}

/// Every UDP header field and the payload against scapy's, and the UDP checksum recomputed.
fn compare_udp(i: usize, ip: Ipv4HeaderView<'_>, udp: UdpHeaderView<'_>, data: &[u8], want: &Value) {
    assert_eq!(udp.source_port(), number::<u16>(&want["sport"]), "packet {i} sport");
    assert_eq!(
        udp.destination_port(),
        number::<u16>(&want["dport"]),
        "packet {i} dport"
    );
    assert_eq!(udp.length(), number::<u16>(&want["len"]), "packet {i} UDP len");
    assert_eq!(udp.checksum(), number::<u16>(&want["chksum"]), "packet {i} UDP chksum");
    assert_eq!(hex(data), want["payload"], "packet {i} payload");
    // Over the pseudo-header, the UDP header without its checksum, and the data.
    let pseudo = [&[0, PROTOCOL_UDP][..], &udp.length().to_be_bytes()].concat();
    let computed = internet_checksum(&[ip.source(), ip.destination(), &pseudo, &udp.as_bytes()[..6], data]);
    assert_eq!(computed, udp.checksum(), "packet {i} UDP checksum recomputed");
}

#[test]
fn captures_written_by_scapy_in_both_orders_and_units_read_as_scapy_reads_them() {
    const TEST: &str = "captures_written_by_scapy_in_both_orders_and_units_read_as_scapy_reads_them";
    let dir = tempfile::tempdir().unwrap();
    for (endianness, unit) in [("<", "us"), (">", "us"), ("<", "ns"), (">", "ns")] {
        let Some((file, report)) = capture_written_by_scapy(TEST, dir.path(), endianness, unit) else {
            return;
        };
        compare_capture(&file, &report, endianness == ">", unit == "ns");
    }
}

#[test]
fn captures_rewritten_by_libpcap_read_as_scapy_reads_the_originals() {
    const TEST: &str = "captures_rewritten_by_libpcap_read_as_scapy_reads_the_originals";
    let dir = tempfile::tempdir().unwrap();
    for unit in ["us", "ns"] {
        let Some((_, mut report)) = capture_written_by_scapy(TEST, dir.path(), ">", unit) else {
            return;
        };
        // tcpdump reads scapy's big-endian capture and libpcap writes it again, in this
        // machine's order and the same timestamp unit.
        let (original, rewritten) = (
            dir.path().join(format!("capture-{unit}-be.pcap")),
            dir.path().join(format!("libpcap-{unit}.pcap")),
        );
        let mut tcpdump = Command::new("tcpdump");
        if unit == "ns" {
            tcpdump.arg("--time-stamp-precision=nano");
        }
        tcpdump.arg("-r").arg(&original).arg("-w").arg(&rewritten);
        if tools::output(TEST, &mut tcpdump, "install it with `apt-get install tcpdump`").is_none() {
            return;
        }
        let big = cfg!(target_endian = "big");
        report[0]["endian"] = Value::from(if big { ">" } else { "<" });
        compare_capture(&std::fs::read(&rewritten).unwrap(), &report, big, unit == "ns");
    }
}

/// A capture against scapy's report of it, then written back through the owned records.
fn compare_capture(file: &[u8], report: &[Value], big: bool, nano: bool) {
    let (header, packets) = read_capture(file).unwrap();
    let file_report = &report[0];
    assert_eq!(file_report["endian"], if big { ">" } else { "<" });
    assert_eq!(file_report["nano"], nano);
    assert_eq!(header.endian(), Endian::big_if(big));
    let magic = if nano { MAGIC_NANOSECONDS } else { MAGIC_MICROSECONDS };
    let written = if big { magic.to_be_bytes() } else { magic.to_le_bytes() };
    assert_eq!(file[..4], written, "the magic, in the file's order");
    assert_eq!(
        header.magic(),
        u32::from_be_bytes(written),
        "the magic, read big-endian"
    );
    assert_eq!((header.version_major(), header.version_minor()), (2, 4));
    assert_eq!((header.this_zone(), header.sigfigs()), (0, 0));
    assert_eq!(header.snaplen(), number::<u32>(&file_report["snaplen"]));
    assert_eq!(header.link_type(), number::<u32>(&file_report["linktype"]));

    let report = &report[1..];
    assert_eq!(packets.len(), report.len(), "one record per packet");
    assert_eq!(packets.len(), 7);
    let mut udp_seen = 0;
    for (i, (packet, expected)) in packets.iter().zip(report).enumerate() {
        compare_record_and_ethernet(i, packet, expected);
        assert_eq!(packet.ip.is_some(), expected.get("ip").is_some(), "packet {i} is IPv4");
        if let Some(ip) = &packet.ip {
            compare_ipv4(i, ip, &expected["ip"]);
        }
        assert_eq!(packet.udp.is_some(), expected.get("udp").is_some(), "packet {i} is UDP");
        if let (Some((udp, data)), Some(ip)) = (packet.udp, &packet.ip) {
            udp_seen += 1;
            compare_udp(i, ip.header, udp, data, &expected["udp"]);
        }
    }
    assert_eq!(
        udp_seen, 4,
        "four UDP datagrams, a fragment, a TCP segment and an ARP frame"
    );
    let lengths: Vec<usize> = packets
        .iter()
        .filter_map(|p| p.udp.map(|(_, data)| data.len()))
        .collect();
    assert_eq!(lengths, [11, 0, 201, 3], "payloads of odd, empty and even length");

    // Written back through the owned header and records, in the header's order, they are the file.
    let owned = header.to_owned();
    let mut out = vec![0; owned.view_len()];
    owned.write_to(&mut out).unwrap();
    for packet in &packets {
        let owned = packet.record.to_owned();
        let at = out.len();
        out.resize(at + owned.view_len(), 0);
        owned.write_to(&mut out[at..], header.endian()).unwrap();
    }
    assert_eq!(out, file);
}

#[test]
fn the_checksum_of_a_known_header_and_a_changed_one() {
    // The worked example of RFC 1071's sum in common references: 192.168.0.1 to 192.168.0.199.
    let mut bytes = [
        0x45, 0x00, 0x00, 0x73, 0x00, 0x00, 0x40, 0x00, 0x40, 0x11, 0xB8, 0x61, 0xC0, 0xA8, 0x00, 0x01, 0xC0, 0xA8,
        0x00, 0xC7,
    ];
    let header = Ipv4HeaderView::new(&bytes).unwrap();
    let b = header.as_bytes();
    assert_eq!(internet_checksum(&[&b[..10], &b[12..]]), 0xB861);
    assert_eq!(
        internet_checksum(&[&b[..]]),
        0,
        "a header with its checksum sums to zero"
    );
    let mut header = Ipv4HeaderViewMut::new(&mut bytes).unwrap();
    header.set_ttl(63);
    let b = header.as_bytes();
    assert_ne!(internet_checksum(&[&b[..10], &b[12..]]), header.checksum());
}

#[test]
fn damaged_captures_are_refused_with_the_reason() {
    let mut file = vec![0xD4, 0xC3, 0xB2, 0xA1, 2, 0, 4, 0];
    file.extend_from_slice(&[0; 8]);
    file.extend_from_slice(&65_535_u32.to_le_bytes());
    file.extend_from_slice(&1_u32.to_le_bytes());
    assert_eq!(read_capture(&file).map(|(_, p)| p.len()), Ok(0));

    let record = Record {
        ts_sec: 1,
        ts_frac: 2,
        incl_len: 3,
        orig_len: 3,
        data: vec![1, 2, 3],
    };
    let mut bytes = vec![0; record.view_len()];
    record.write_to(&mut bytes, Endian::Little).unwrap();
    let mut with_record = file.clone();
    with_record.extend_from_slice(&bytes);
    assert_eq!(
        read_capture(&with_record).err().unwrap(),
        "Ethernet needs 14 bytes, got 3",
        "a frame shorter than an Ethernet header"
    );
    bytes[4..8].copy_from_slice(&1_000_000_000_u32.to_le_bytes());
    assert_eq!(
        RecordView::new(&bytes, Endian::Little).unwrap_err().to_string(),
        "Record.ts_frac at byte 4 must be <= 999999999, got 1000000000"
    );
    let mut microseconds = file.clone();
    bytes[4..8].copy_from_slice(&1_000_000_u32.to_le_bytes());
    microseconds.extend_from_slice(&bytes);
    assert_eq!(
        read_capture(&microseconds).err().unwrap(),
        "1000000 microseconds in a second"
    );
    let mut not_pcap = file.clone();
    not_pcap[..4].copy_from_slice(&[1, 2, 3, 4]);
    assert_eq!(
        read_capture(&not_pcap).err().unwrap(),
        "magic 0x01020304: not a pcap file"
    );
    // The same capture big-endian reads the same.
    let mut big_endian = vec![0xA1, 0xB2, 0xC3, 0xD4, 0, 2, 0, 4];
    big_endian.extend_from_slice(&[0; 8]);
    big_endian.extend_from_slice(&65_535_u32.to_be_bytes());
    big_endian.extend_from_slice(&1_u32.to_be_bytes());
    let mut record_bytes = vec![0; record.view_len()];
    record.write_to(&mut record_bytes, Endian::Big).unwrap();
    big_endian.extend_from_slice(&record_bytes);
    assert_eq!(
        read_capture(&big_endian).err().unwrap(),
        "Ethernet needs 14 bytes, got 3"
    );
    assert_eq!(record_bytes[..8], [0, 0, 0, 1, 0, 0, 0, 2]);
    file.push(0);
    assert_eq!(
        read_capture(&file).err().unwrap(),
        "Record.ts_sec at byte 0 needs 4 bytes, 1 remains"
    );
}

mod properties {
    use proptest::prelude::*;

    use slotmodel::Endian;

    use super::near_valid::{self, Mutation};
    use super::{read_capture, RecordView};

    /// A record in the byte order `big` whose `incl_len` is the length of its data, its
    /// fraction of a second most often under a second, now and then around the rule's edge.
    fn record(big: bool) -> impl Strategy<Value = Vec<u8>> {
        (
            any::<u32>(),
            prop_oneof![4 => 0..=999_999_999_u32, 1 => 999_999_990..=1_000_000_010_u32],
            any::<u32>(),
            prop::collection::vec(any::<u8>(), 0..40),
        )
            .prop_map(move |(ts_sec, ts_frac, orig_len, data)| {
                let incl_len = u32::try_from(data.len()).unwrap();
                [ts_sec, ts_frac, incl_len, orig_len]
                    .iter()
                    .flat_map(|word| if big { word.to_be_bytes() } else { word.to_le_bytes() })
                    .chain(data)
                    .collect()
            })
    }

    /// The number of whole valid records `bytes` start with in the order `big` and the bytes
    /// they take, by the format's rules written out by hand.
    fn leading_records(mut bytes: &[u8], big: bool) -> (usize, usize) {
        let (mut count, mut taken) = (0, 0);
        while bytes.len() >= 16 {
            let word = |at: usize| {
                let word = bytes[at..at + 4].try_into().unwrap();
                if big {
                    u32::from_be_bytes(word)
                } else {
                    u32::from_le_bytes(word)
                }
            };
            let len = usize::try_from(word(8)).unwrap();
            if word(4) > 999_999_999 || bytes.len() - 16 < len {
                break;
            }
            count += 1;
            taken += 16 + len;
            bytes = &bytes[16 + len..];
        }
        (count, taken)
    }

    /// Streams of records in either byte order as made, mutated ones, and now and then bytes of
    /// no shape at all; with the order they are read in.
    fn near_valid_streams() -> impl Strategy<Value = (Vec<u8>, bool)> {
        any::<bool>().prop_flat_map(|big| {
            prop_oneof![
                8 => (prop::collection::vec(record(big), 1..4), Mutation::any())
                    .prop_map(|(records, mutation)| mutation.apply(records.concat())),
                1 => prop::collection::vec(any::<u8>(), 0..200),
            ]
            .prop_map(move |bytes| (bytes, big))
        })
    }

    /// No input panics, in either byte order; the records read are the valid records the bytes
    /// start with, and each reads through every getter and writes back, in the order it was
    /// read in, to the same bytes.
    #[test]
    fn near_valid_streams_read_as_their_valid_records() {
        near_valid::check(
            "near_valid_streams_read_as_their_valid_records",
            file!(),
            near_valid_streams(),
            "the round trip of an accepted record",
            0.5,
            |(bytes, big)| {
                let order = Endian::big_if(big);
                let (count, taken) = leading_records(&bytes, big);
                let mut records = RecordView::records(&bytes, order);
                let mut read = 0;
                for record in records.by_ref() {
                    let Ok(record) = record else { break };
                    prop_assert_eq!(record.endian(), order);
                    prop_assert!(record.ts_frac() <= 999_999_999);
                    prop_assert_eq!(record.data().len(), record.incl_len() as usize);
                    let _ = (record.ts_sec(), record.orig_len(), format!("{record:?}"));
                    let owned = record.to_owned();
                    let mut out = vec![0; owned.view_len()];
                    prop_assert_eq!(owned.write_to(&mut out, order), Ok(out.len()));
                    prop_assert_eq!(&out[..], record.as_bytes());
                    read += 1;
                }
                prop_assert_eq!(read, count, "records read");
                prop_assert_eq!(records.remainder().len(), bytes.len() - taken);
                if let Ok((record, rest)) = RecordView::new_prefix(&bytes, order) {
                    prop_assert_eq!(record.as_bytes().len() + rest.len(), bytes.len());
                    prop_assert_eq!(
                        RecordView::new(record.as_bytes(), order).map(|r| r.incl_len()),
                        Ok(record.incl_len())
                    );
                }
                Ok(read > 0)
            },
        );
    }

    /// A valid Ethernet frame holding an IPv4 datagram (with or without options, perhaps a
    /// fragment) holding a UDP datagram, padded as short frames are; and the UDP payload.
    fn valid_udp_frame() -> impl Strategy<Value = (Vec<u8>, Vec<u8>)> {
        (
            any::<[u8; 12]>(),
            any::<bool>(),
            any::<[u8; 5]>(),
            prop_oneof![3 => Just(0_u16), 1 => 1..0x2000_u16],
            any::<[u8; 8]>(),
            any::<[u8; 8]>(),
            prop::collection::vec(any::<u8>(), 0..30),
            0..4_usize,
        )
            .prop_map(
                |(macs, options, tos_id_ttl, fragment, addresses, ports, payload, padding)| {
                    let ihl = if options { 6 } else { 5 };
                    let udp_len = u16::try_from(8 + payload.len()).unwrap();
                    let total = u16::from(ihl) * 4 + udp_len;
                    let mut frame = macs.to_vec();
                    frame.extend([0x08, 0x00, 0x40 | ihl, tos_id_ttl[0]]);
                    frame.extend(total.to_be_bytes());
                    frame.extend(&tos_id_ttl[1..3]);
                    frame.extend(fragment.to_be_bytes());
                    frame.extend([tos_id_ttl[3], 17, tos_id_ttl[4], 0]);
                    frame.extend(addresses);
                    if options {
                        frame.extend([1; 4]);
                    }
                    frame.extend(&ports[..4]);
                    frame.extend(udp_len.to_be_bytes());
                    frame.extend(&ports[6..]);
                    frame.extend(&payload);
                    frame.resize(frame.len() + padding, 0);
                    (frame, payload)
                },
            )
    }

    /// A frame of a capture, valid or mutated.
    #[derive(Debug, Clone)]
    struct Frame {
        bytes: Vec<u8>,
        /// Whether the bytes are the valid frame as it was made.
        kept: bool,
        /// The UDP payload a kept frame carries, `None` for a fragment after the first (which
        /// carries no UDP header) or a mutated frame.
        payload: Option<Vec<u8>>,
    }

    /// The frames of a capture, most of them valid, the others mutated.
    fn near_valid_frames() -> impl Strategy<Value = Vec<Frame>> {
        let frame = (
            valid_udp_frame(),
            prop_oneof![3 => Just(Mutation::Keep), 1 => Mutation::any()],
        )
            .prop_map(|((frame, payload), mutation)| {
                let bytes = mutation.apply(frame.clone());
                let kept = bytes == frame;
                let fragment_offset = u16::from_be_bytes([frame[20], frame[21]]) & 0x1FFF;
                let first = fragment_offset == 0;
                Frame {
                    bytes,
                    kept,
                    payload: (kept && first).then_some(payload),
                }
            });
        prop::collection::vec(frame, 0..4)
    }

    /// The whole reader (records, Ethernet, IPv4 with options, UDP) never panics on frames
    /// near valid ones, reads a capture of valid frames whole, and reads each UDP datagram of
    /// a kept frame with the payload it was written with.
    #[test]
    fn near_valid_packets_read_as_written() {
        near_valid::check(
            "near_valid_packets_read_as_written",
            file!(),
            near_valid_frames(),
            "the payload of a UDP datagram read",
            0.4,
            |frames| {
                let mut file = vec![
                    0xD4, 0xC3, 0xB2, 0xA1, 2, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0, 0, 1, 0, 0, 0,
                ];
                for frame in &frames {
                    let len = u32::try_from(frame.bytes.len()).unwrap().to_le_bytes();
                    file.extend_from_slice(&[0; 8]);
                    file.extend_from_slice(&len);
                    file.extend_from_slice(&len);
                    file.extend_from_slice(&frame.bytes);
                }
                let packets = match read_capture(&file) {
                    Ok((_, packets)) => packets,
                    Err(error) => {
                        prop_assert!(!frames.iter().all(|f| f.kept), "a valid capture refused: {}", error);
                        return Ok(false);
                    }
                };
                prop_assert_eq!(packets.len(), frames.len());
                let mut compared = false;
                for (packet, frame) in packets.iter().zip(&frames) {
                    if let Some((udp, data)) = packet.udp {
                        prop_assert_eq!(usize::from(udp.length()), data.len() + 8);
                    }
                    if frame.kept {
                        prop_assert_eq!(packet.udp.map(|(_, data)| data), frame.payload.as_deref());
                        compared |= frame.payload.is_some();
                    }
                }
                Ok(compared)
            },
        );
    }
}
