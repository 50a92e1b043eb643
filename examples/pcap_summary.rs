//! Summarizes a packet capture (pcap in either byte order, Ethernet), read in place through views:
//! one line per packet (time, source and destination, protocol, length, flags), then the totals.
//! Without a file, it builds a small big-endian capture of its own with the views'
//! `to_bytes`/`write_to`. One declaration of the file header and of the record reads both byte
//! orders: the header's magic, read big-endian, gives the order of the rest.
//!
//! The capture is read as a stream, record by record through one refilled buffer, so a capture
//! piped from another program or larger than memory is read in bounded memory.
//!
//! Run: `cargo run --example pcap_summary -- FILE` (`-` reads standard input, e.g.
//! `tcpdump -w - | cargo run --example pcap_summary -- -`; `--quiet` prints the totals alone).

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{Cursor, Read, Write};
use std::net::Ipv4Addr;

use slotmodel::{Endian, StreamError, View, ViewError, ViewReader};

/// The pcap file header, in the order of the machine that wrote it: its magic, read big-endian,
/// is `a1b2c3d4` (microseconds) or `a1b23c4d` (nanoseconds) in a big-endian file.
#[derive(View, Debug, PartialEq)]
#[view(big_if = magic == 0xA1B2_C3D4 || magic == 0xA1B2_3C4D)]
pub struct FileHeader {
    #[view(endian = "big")]
    magic: u32,
    version_major: u16,
    version_minor: u16,
    this_zone: i32,
    sigfigs: u32,
    snaplen: u32,
    link_type: u32,
}

/// One pcap record, in the file header's order: a timestamp, the captured and original
/// lengths, then the captured bytes.
#[derive(View, Debug, PartialEq)]
#[view(endian = runtime)]
pub struct Record {
    ts_sec: u32,
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
#[derive(View, Debug, PartialEq)]
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

/// A TCP header without options (RFC 9293), its flags as bit fields.
#[expect(
    clippy::struct_excessive_bools,
    reason = "TCP's eight flags are one bit each in the header"
)]
#[derive(View, Debug, PartialEq)]
#[view(endian = "big", size = 20)]
pub struct TcpHeader {
    source_port: u16,
    destination_port: u16,
    sequence: u32,
    acknowledgment: u32,
    #[view(bits = 4)]
    #[bounded(min = 5)]
    data_offset: u8,
    #[view(bits = 4)]
    reserved: u8,
    #[view(bits = 1)]
    cwr: bool,
    #[view(bits = 1)]
    ece: bool,
    #[view(bits = 1)]
    urg: bool,
    #[view(bits = 1)]
    ack: bool,
    #[view(bits = 1)]
    psh: bool,
    #[view(bits = 1)]
    rst: bool,
    #[view(bits = 1)]
    syn: bool,
    #[view(bits = 1)]
    fin: bool,
    window: u16,
    checksum: u16,
    urgent_pointer: u16,
}

const MAGIC_MICROSECONDS: u32 = 0xA1B2_C3D4;
const MAGIC_NANOSECONDS: u32 = 0xA1B2_3C4D;
const LINK_ETHERNET: u32 = 1;
const ETHER_IPV4: u16 = 0x0800;
const ETHER_ARP: u16 = 0x0806;
const ETHER_IPV6: u16 = 0x86DD;

type Error = Box<dyn std::error::Error>;

fn main() -> Result<(), Error> {
    let source: Box<dyn Read> = match std::env::args().nth(1).as_deref() {
        Some("-") => Box::new(std::io::stdin().lock()),
        Some(path) => Box::new(File::open(path)?),
        None => {
            println!("(no file given: summarizing a capture of four packets built by this example)");
            Box::new(Cursor::new(tiny_capture()?))
        }
    };
    let quiet = std::env::args().any(|arg| arg == "--quiet");
    // One buffer, refilled: memory stays near the largest packet however long the capture is.
    let mut reader = ViewReader::new(source);
    let header: FileHeaderView = reader.next().ok_or("an empty capture: no pcap header")??;
    let digits = match header.magic() {
        magic if magic == MAGIC_MICROSECONDS || magic.swap_bytes() == MAGIC_MICROSECONDS => 6,
        magic if magic == MAGIC_NANOSECONDS || magic.swap_bytes() == MAGIC_NANOSECONDS => 9,
        magic => return Err(format!("not a pcap file (magic {magic:#010x})").into()),
    };
    let order = header.endian();
    if header.link_type() != LINK_ETHERNET {
        return Err(format!("link type {}: this example reads Ethernet captures", header.link_type()).into());
    }
    let mut packets = 0_usize;
    let mut bytes_on_wire = 0_u64;
    let mut per_protocol: BTreeMap<&str, usize> = BTreeMap::new();
    let mut out = std::io::stdout().lock();
    while let Some(record) = reader.next_in::<RecordView>(order) {
        let record = match record {
            Ok(record) => record,
            // The capture ends inside a record: libpcap stops there too.
            Err(StreamError::View {
                at,
                error: ViewError::Short { .. } | ViewError::Length { .. },
            }) => {
                println!("the capture ends inside the record at byte {at}");
                break;
            }
            Err(error) => return Err(error.into()),
        };
        let summary = summarize(record.data());
        if !quiet {
            let line = format!(
                "{}.{:0digits$}  {:<43} {:<5} {:>5} bytes  {}",
                record.ts_sec(),
                record.ts_frac(),
                summary.route,
                summary.protocol,
                record.orig_len(),
                summary.flags.join(" "),
            );
            writeln!(out, "{}", line.trim_end())?;
        }
        packets += 1;
        bytes_on_wire += u64::from(record.orig_len());
        *per_protocol.entry(summary.protocol).or_default() += 1;
    }
    let counts: Vec<String> = per_protocol.iter().map(|(name, n)| format!("{name} {n}")).collect();
    writeln!(out, "{packets} packets, {bytes_on_wire} bytes: {}", counts.join(", "))?;
    if let (true, Some(peak)) = (quiet, peak_memory_kib()) {
        writeln!(out, "peak resident memory: {peak} KiB")?;
    }
    Ok(())
}

/// The process's peak resident memory, where the system reports it (Linux's `VmHWM`).
fn peak_memory_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// What one line says about a packet.
struct Summary {
    route: String,
    protocol: &'static str,
    flags: Vec<&'static str>,
}

/// Reads a frame's headers through the views; a header that does not fit says so in `protocol`.
fn summarize(frame: &[u8]) -> Summary {
    let mut summary = Summary {
        route: String::new(),
        protocol: "short",
        flags: Vec::new(),
    };
    let Ok((ethernet, rest)) = EthernetView::new_prefix(frame) else {
        return summary;
    };
    summary.route = format!("{} -> {}", mac(*ethernet.source()), mac(*ethernet.destination()));
    summary.protocol = match ethernet.ether_type() {
        ETHER_IPV4 => "IPv4",
        ETHER_ARP => "ARP",
        ETHER_IPV6 => "IPv6",
        _ => "other",
    };
    if ethernet.ether_type() != ETHER_IPV4 {
        return summary;
    }
    let Ok((ip, rest)) = Ipv4HeaderView::new_prefix(rest) else {
        summary.protocol = "bad IPv4";
        return summary;
    };
    let (source, destination) = (Ipv4Addr::from(*ip.source()), Ipv4Addr::from(*ip.destination()));
    summary.route = format!("{source} -> {destination}");
    for (set, name) in [(ip.dont_fragment(), "DF"), (ip.more_fragments(), "MF")] {
        if set {
            summary.flags.push(name);
        }
    }
    summary.protocol = match ip.protocol() {
        1 => "ICMP",
        6 => "TCP",
        17 => "UDP",
        _ => "IPv4",
    };
    if ip.fragment_offset() != 0 {
        // A later fragment carries no transport header.
        summary.flags.push("fragment");
        return summary;
    }
    let transport = rest
        .get(usize::from(ip.ihl()) * 4 - Ipv4HeaderView::SIZE..)
        .unwrap_or_default();
    if let (17, Ok((udp, _))) = (ip.protocol(), UdpHeaderView::new_prefix(transport)) {
        summary.route = format!(
            "{source}:{} -> {destination}:{}",
            udp.source_port(),
            udp.destination_port()
        );
    }
    if let (6, Ok((tcp, _))) = (ip.protocol(), TcpHeaderView::new_prefix(transport)) {
        summary.route = format!(
            "{source}:{} -> {destination}:{}",
            tcp.source_port(),
            tcp.destination_port()
        );
        let flags = [
            (tcp.syn(), "SYN"),
            (tcp.ack(), "ACK"),
            (tcp.fin(), "FIN"),
            (tcp.rst(), "RST"),
            (tcp.psh(), "PSH"),
            (tcp.urg(), "URG"),
            (tcp.ece(), "ECE"),
            (tcp.cwr(), "CWR"),
        ];
        summary
            .flags
            .extend(flags.iter().filter(|(set, _)| *set).map(|(_, name)| *name));
    }
    summary
}

fn mac(bytes: [u8; 6]) -> String {
    bytes.map(|b| format!("{b:02x}")).join(":")
}

/// The internet checksum (RFC 1071) of `bytes`.
fn internet_checksum(bytes: &[u8]) -> u16 {
    let mut sum: u32 = bytes
        .chunks(2)
        .map(|pair| u32::from(u16::from_be_bytes([pair[0], pair.get(1).copied().unwrap_or(0)])))
        .sum();
    while sum > 0xFFFF {
        sum = (sum & 0xFFFF) + (sum >> 16);
    }
    !u16::try_from(sum).unwrap_or(u16::MAX)
}

/// An IPv4 packet in an Ethernet frame: the headers written by the views, the checksum filled in.
fn frame(protocol: u8, ttl: u8, dont_fragment: bool, transport: &[u8]) -> Result<Vec<u8>, Error> {
    let ethernet = Ethernet {
        destination: [0x02, 0, 0, 0, 0, 0x0B],
        source: [0x02, 0, 0, 0, 0, 0x0A],
        ether_type: ETHER_IPV4,
    };
    let mut ip = Ipv4Header {
        version: 4,
        ihl: 5,
        dscp: 0,
        ecn: 0,
        total_length: u16::try_from(Ipv4HeaderView::SIZE + transport.len())?,
        identification: 1,
        reserved: false,
        dont_fragment,
        more_fragments: false,
        fragment_offset: 0,
        ttl,
        protocol,
        checksum: 0,
        source: [10, 0, 0, 1],
        destination: [10, 0, 0, 2],
    };
    ip.checksum = internet_checksum(&ip.to_bytes()?);
    Ok([&ethernet.to_bytes()?[..], &ip.to_bytes()?, transport].concat())
}

/// A capture of a DNS-like UDP exchange, a TCP handshake's first segment and an ARP request.
fn tiny_capture() -> Result<Vec<u8>, Error> {
    let udp = |source_port, destination_port, payload: &[u8]| -> Result<Vec<u8>, Error> {
        let header = UdpHeader {
            source_port,
            destination_port,
            length: u16::try_from(UdpHeaderView::SIZE + payload.len())?,
            checksum: 0, // optional over IPv4
        };
        Ok([&header.to_bytes()?[..], payload].concat())
    };
    let syn = TcpHeader {
        source_port: 40_000,
        destination_port: 80,
        sequence: 1,
        acknowledgment: 0,
        data_offset: 5,
        reserved: 0,
        cwr: false,
        ece: false,
        urg: false,
        ack: false,
        psh: false,
        rst: false,
        syn: true,
        fin: false,
        window: 64_240,
        checksum: 0,
        urgent_pointer: 0,
    };
    let arp = [
        &[0xFF; 6][..],
        &[0x02, 0, 0, 0, 0, 0x0A],
        &ETHER_ARP.to_be_bytes(),
        &[
            0, 1, 8, 0, 6, 4, 0, 1, 2, 0, 0, 0, 0, 0x0A, 10, 0, 0, 1, 0, 0, 0, 0, 0, 0, 10, 0, 0, 2,
        ],
    ]
    .concat();
    let frames = [
        frame(17, 64, true, &udp(5353, 53, b"query")?)?,
        frame(17, 57, false, &udp(53, 5353, b"answer!")?)?,
        frame(6, 64, true, &syn.to_bytes()?)?,
        arp,
    ];
    let header = FileHeader {
        magic: MAGIC_MICROSECONDS,
        version_major: 2,
        version_minor: 4,
        this_zone: 0,
        sigfigs: 0,
        snaplen: 65_535,
        link_type: LINK_ETHERNET,
    };
    let mut capture = vec![0; header.view_len()];
    header.write_to(&mut capture)?;
    for (i, data) in (0_u32..).zip(frames) {
        let record = Record {
            ts_sec: 1_700_000_000 + i,
            ts_frac: i * 250_000,
            incl_len: u32::try_from(data.len())?,
            orig_len: u32::try_from(data.len())?,
            data,
        };
        let at = capture.len();
        capture.resize(at + record.view_len(), 0);
        record.write_to(&mut capture[at..], Endian::Big)?;
    }
    Ok(capture)
}
