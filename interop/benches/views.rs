//! Zero-copy views side by side: (1) the seed benchmark, slices of the first 5 MB of a 10 MB
//! buffer (what slicing costs in Rust, as slicing a `memoryview` in Python) against copies; (2) summing `checksum` over a stream of packets through
//! `PacketView::records`, a hand-written loop, decoding into owned `Packet`s, and `zerocopy`;
//! (3) summing the CRCs of variable-length, PNG-like chunks through `ChunkView::records`, a
//! hand-written parser, `binrw`, which copies each chunk's data into a `Vec`, and the same chunk
//! declared with a byte order chosen at run time (`ChunkInView::records(.., Endian::Big)`); (4) reading
//! 100,000 Ethernet/IPv4/TCP-or-UDP frames through the views of `tests/support/packet_views.rs`
//! and through `etherparse`'s strict `SlicedPacket::from_ethernet`.
#![allow(missing_docs)]
#![allow(clippy::semicolon_if_nothing_returned, reason = "measurement closures")]

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use slotmodel::{Endian, View};
use zerocopy::byteorder::big_endian::U32;

#[path = "../../tests/support/packet_views.rs"]
#[allow(dead_code, reason = "the test reads every layer; the benchmark what a summary needs")]
mod packet_views;
use zerocopy::{FromBytes, Immutable, KnownLayout, Unaligned};

#[derive(View, Debug, PartialEq)]
#[view(endian = "big", size = 1028)]
pub struct Packet {
    header: [u8; 12],
    payload: [u8; 1012],
    checksum: u32,
}

#[derive(FromBytes, KnownLayout, Immutable, Unaligned)]
#[repr(C)]
pub struct ZerocopyPacket {
    header: [u8; 12],
    payload: [u8; 1012],
    checksum: U32,
}

/// A PNG chunk: a big-endian length, a type, that many bytes of data, and a CRC.
#[derive(View, Debug, PartialEq)]
#[view(endian = "big")]
pub struct Chunk {
    length: u32,
    kind: [u8; 4],
    #[view(len = length)]
    data: Vec<u8>,
    crc: u32,
}

/// The same chunk, its byte order given at run time.
#[derive(View, Debug, PartialEq)]
#[view(endian = runtime)]
pub struct ChunkIn {
    length: u32,
    kind: [u8; 4],
    #[view(len = length)]
    data: Vec<u8>,
    crc: u32,
}

/// The same chunk for `binrw`.
#[allow(dead_code, reason = "read in full, as binrw does, though only the CRC is summed")]
#[binrw::binread]
#[br(big)]
pub struct BinrwChunk {
    #[br(temp)]
    length: u32,
    kind: [u8; 4],
    #[br(count = length)]
    data: Vec<u8>,
    crc: u32,
}

/// 1,000,000 chunks of 0 to 99 bytes of data (about 60 MB): small enough that reading the
/// headers, not memory, sets the pace.
fn chunks() -> Vec<u8> {
    let mut stream = Vec::new();
    for i in 0..CHUNKS {
        let len = (i % 100) * 37 % 100;
        stream.extend_from_slice(&len.to_be_bytes());
        stream.extend_from_slice(b"IDAT");
        stream.resize(stream.len() + len as usize, (i % 251) as u8);
        stream.extend_from_slice(&i.to_be_bytes());
    }
    stream
}

/// A careful hand-written reader: every length checked against the buffer.
fn hand_written_crc_sum(mut rest: &[u8]) -> u64 {
    let mut sum = 0;
    while let Some((length, after)) = rest.split_first_chunk::<4>() {
        let len = u32::from_be_bytes(*length) as usize;
        let Some(crc) = after.get(4 + len..8 + len) else { break };
        sum += u64::from(u32::from_be_bytes(crc.try_into().unwrap()));
        rest = &after[8 + len..];
    }
    sum
}

const CHUNKS: u32 = 1_000_000;

fn variable_length(c: &mut Criterion) {
    let stream = chunks();
    let mut group = c.benchmark_group("sum CRC over 1,000,000 variable-length chunks");
    group.throughput(Throughput::Elements(u64::from(CHUNKS)));
    group.sample_size(30);
    group.bench_function("ChunkView::records", |b| {
        b.iter(|| {
            ChunkView::records(black_box(&stream))
                .map(|c| u64::from(c.map_or(0, |c| c.crc())))
                .sum::<u64>()
        })
    });
    group.bench_function("ChunkInView::records (order given at run time)", |b| {
        b.iter(|| {
            ChunkInView::records(black_box(&stream), Endian::Big)
                .map(|c| u64::from(c.map_or(0, |c| c.crc())))
                .sum::<u64>()
        })
    });
    group.bench_function("hand-written parser", |b| {
        b.iter(|| hand_written_crc_sum(black_box(&stream)))
    });
    group.bench_function("binrw (copies the data)", |b| {
        b.iter(|| {
            let mut reader = std::io::Cursor::new(black_box(&stream[..]));
            let mut sum = 0_u64;
            while let Ok(chunk) = <BinrwChunk as binrw::BinRead>::read(&mut reader) {
                sum += u64::from(chunk.crc);
            }
            sum
        })
    });
    group.finish();
}

/// 100,000 packets (about 100 MB).
const PACKETS: usize = 100_000;

fn stream() -> Vec<u8> {
    let mut stream = vec![0_u8; PACKETS * 1028];
    for (i, packet) in stream.chunks_exact_mut(1028).enumerate() {
        packet[1024..].copy_from_slice(&u32::try_from(i).unwrap_or(0).to_be_bytes());
    }
    stream
}

fn slices(c: &mut Criterion) {
    let buffer = vec![7_u8; 10 * 1024 * 1024];
    let half = 5 * 1024 * 1024;
    let mut group = c.benchmark_group("first 5 MB of a 10 MB buffer");
    group.bench_function("slice (&buf[..5 MB], no byte read)", |b| {
        b.iter(|| black_box(&black_box(&buffer)[..half]).len())
    });
    group.bench_function("copy (to_vec)", |b| {
        b.iter_batched(
            || (),
            |()| black_box(black_box(&buffer)[..half].to_vec()),
            BatchSize::PerIteration,
        )
    });
    group.bench_function("PacketView::new over the first packet", |b| {
        b.iter(|| PacketView::new(black_box(&buffer[..1028])).unwrap().checksum())
    });
    group.finish();
}

fn checksums(c: &mut Criterion) {
    let stream = stream();
    let mut group = c.benchmark_group("sum checksum over 100,000 packets");
    group.throughput(Throughput::Elements(PACKETS as u64));
    group.sample_size(30);
    group.bench_function("PacketView::records", |b| {
        b.iter(|| {
            PacketView::records(black_box(&stream))
                .map(|p| u64::from(p.map_or(0, |p| p.checksum())))
                .sum::<u64>()
        })
    });
    group.bench_function("hand-written from_be_bytes", |b| {
        b.iter(|| {
            black_box(&stream)
                .chunks_exact(1028)
                .map(|rec| u64::from(u32::from_be_bytes(rec[1024..1028].try_into().unwrap())))
                .sum::<u64>()
        })
    });
    group.bench_function("zerocopy", |b| {
        b.iter(|| {
            let packets = <[ZerocopyPacket]>::ref_from_bytes(black_box(&stream)).unwrap();
            packets.iter().map(|p| u64::from(p.checksum.get())).sum::<u64>()
        })
    });
    group.bench_function("decode to owned Packet", |b| {
        b.iter(|| {
            PacketView::records(black_box(&stream))
                .map(|p| p.map_or(0, |p| u64::from(black_box(p.to_owned()).checksum)))
                .sum::<u64>()
        })
    });
    group.finish();
}

/// 100,000 frames, as a capture holds them: UDP and TCP, with and without IPv4 and TCP options,
/// 0 to 1,399 bytes of payload, every 50th a fragment.
fn capture() -> Vec<Vec<u8>> {
    use etherparse::{IpHeaders, Ipv4Extensions, Ipv4Header, Ipv4Options, PacketBuilder, TcpOptionElement};
    let payload = vec![0x5A_u8; 1400];
    let mss = [
        TcpOptionElement::MaximumSegmentSize(1460),
        TcpOptionElement::WindowScale(7),
    ];
    (0..FRAMES)
        .map(|i| {
            let i = u32::try_from(i).unwrap_or(0);
            let options: &[u8] = if i % 5 == 0 { &[0x94, 4, 0, 0] } else { &[] };
            let mut header = Ipv4Header {
                source: (0x0A00_0000 + i % 1000).to_be_bytes(),
                destination: [192, 168, 1, 1],
                time_to_live: 64,
                options: Ipv4Options::try_from(options).unwrap_or_default(),
                ..Ipv4Header::default()
            };
            header.more_fragments = i % 50 == 49;
            let ip = PacketBuilder::ethernet2([2, 0, 0, 0, 0, 1], [2, 0, 0, 0, 0, 2])
                .ip(IpHeaders::Ipv4(header, Ipv4Extensions::default()));
            let port = u16::try_from(1024 + i % 60_000).unwrap_or(0);
            let len = usize::try_from(i).unwrap_or(0) * 131 % 1400;
            let mut frame = Vec::new();
            let written = if i % 3 == 0 {
                ip.udp(port, 53).write(&mut frame, &payload[..len])
            } else {
                let tcp = ip.tcp(port, 443, i, 64_240);
                let tcp = if i % 2 == 0 {
                    tcp.options(&mss).unwrap_or_else(|_| unreachable!())
                } else {
                    tcp
                };
                tcp.write(&mut frame, &payload[..len])
            };
            written.unwrap_or_else(|error| panic!("frame {i}: {error}"));
            frame
        })
        .collect()
}

const FRAMES: usize = 100_000;

/// What a summary reads of a frame (addresses, ports, lengths), folded into a sum.
fn views_summary(frames: &[Vec<u8>]) -> u64 {
    use packet_views::Segment;
    let mut sum = 0_u64;
    for frame in frames {
        let Ok(packet) = packet_views::parse(frame) else {
            continue;
        };
        let Some(ip) = packet.ip else { continue };
        sum += u64::from(u32::from_be_bytes(*ip.source()) ^ u32::from_be_bytes(*ip.destination()));
        sum += u64::from(ip.total_length());
        sum += match packet.transport {
            Some(Segment::Tcp(tcp, data)) => {
                u64::from(tcp.source_port())
                    + u64::from(tcp.destination_port())
                    + u64::try_from(data.len()).unwrap_or(0)
            }
            Some(Segment::Udp(udp, _)) => {
                u64::from(udp.source_port()) + u64::from(udp.destination_port()) + u64::from(udp.length())
            }
            None => 0,
        };
    }
    sum
}

/// The same fields through `etherparse`.
fn etherparse_summary(frames: &[Vec<u8>]) -> u64 {
    use etherparse::{NetSlice, SlicedPacket, TransportSlice};
    let mut sum = 0_u64;
    for frame in frames {
        let Ok(packet) = SlicedPacket::from_ethernet(frame) else {
            continue;
        };
        let Some(NetSlice::Ipv4(ip)) = &packet.net else {
            continue;
        };
        let header = ip.header();
        sum += u64::from(u32::from_be_bytes(header.source()) ^ u32::from_be_bytes(header.destination()));
        sum += u64::from(header.total_len());
        sum += match &packet.transport {
            Some(TransportSlice::Tcp(tcp)) => {
                u64::from(tcp.source_port())
                    + u64::from(tcp.destination_port())
                    + u64::try_from(tcp.payload().len()).unwrap_or(0)
            }
            Some(TransportSlice::Udp(udp)) => {
                u64::from(udp.source_port()) + u64::from(udp.destination_port()) + u64::from(udp.length())
            }
            _ => 0,
        };
    }
    sum
}

fn pcap_parse(c: &mut Criterion) {
    let frames = capture();
    assert_eq!(
        views_summary(&frames),
        etherparse_summary(&frames),
        "the two read the same fields"
    );
    let mut group = c.benchmark_group("pcap parse");
    group.throughput(Throughput::Elements(FRAMES as u64));
    group.sample_size(30);
    group.bench_function("views (packet_views::parse)", |b| {
        b.iter(|| views_summary(black_box(&frames)))
    });
    group.bench_function("etherparse 0.21 SlicedPacket::from_ethernet", |b| {
        b.iter(|| etherparse_summary(black_box(&frames)))
    });
    group.finish();
}

criterion_group!(benches, slices, checksums, variable_length, pcap_parse);
criterion_main!(benches);
