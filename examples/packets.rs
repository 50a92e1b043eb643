//! `memoryview`, typed: read binary packets in place.
//!
//! Python's `memoryview` slices a buffer without copying; every field is still raw bytes, and a
//! small view silently keeps a large buffer alive. Here a checked, typed view decodes fields
//! straight from the buffer, the borrow checker keeps the buffer alive for exactly as long as a
//! view exists, and `to_owned()` is the explicit copy that lets the buffer go.
//!
//! Run: `cargo run --release --example packets` (an optional argument sets the repetitions;
//! 10,000 by default, as in the Python comparison).

use std::hint::black_box;
use std::time::{Duration, Instant};

use slotmodel::View;

/// One packet of the seed protocol: a header, a payload and a big-endian checksum.
#[derive(View, Debug, PartialEq)]
#[view(endian = "big", size = 1028)]
pub struct Packet {
    header: [u8; 12],
    payload: [u8; 1012],
    checksum: u32,
}

/// The seed's `parse_packet_zero_copy`: header and payload borrowed, checksum decoded.
fn parse_packet_zero_copy(data: &[u8]) -> Result<(&[u8; 12], &[u8; 1012], u32), slotmodel::ViewError> {
    let view = PacketView::new(data)?;
    Ok((view.header(), view.payload(), view.checksum()))
}

fn stream_of(count: usize) -> Vec<u8> {
    let mut stream = Vec::with_capacity(count * PacketView::SIZE);
    for i in 0..count {
        let mut packet = [0_u8; 1028];
        packet[..4].copy_from_slice(&u32::try_from(i).unwrap_or(u32::MAX).to_be_bytes());
        let sum = packet[..1024].iter().map(|b| u32::from(*b)).sum::<u32>();
        packet[1024..].copy_from_slice(&sum.to_be_bytes());
        stream.extend_from_slice(&packet);
    }
    stream
}

fn per_op(total: Duration, count: u32) -> f64 {
    total.as_secs_f64() * 1e9 / f64::from(count)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let repetitions: u32 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(10_000);

    let stream = stream_of(4);
    let (header, payload, checksum) = parse_packet_zero_copy(&stream[..1028])?;
    println!(
        "packet 0: header {:02x?}, payload {} bytes, checksum {checksum:#x}",
        &header[..4],
        payload.len()
    );
    let mut records = PacketView::records(&stream[..3000]);
    for packet in records.by_ref() {
        let packet = packet?;
        println!(
            "  record {} checksum {:#x}",
            u32::from_be_bytes(packet.header()[..4].try_into()?),
            packet.checksum()
        );
    }
    println!(
        "  {} bytes left over after the whole records",
        records.remainder().len()
    );
    match PacketView::new(&stream[..1000]) {
        Ok(_) => return Err("PacketView::new accepted a buffer of 1000 bytes for a 1028-byte packet".into()),
        Err(err) => println!("PacketView::new(&buf[..1000]) -> Err: {err}"),
    }
    let owned: Packet = PacketView::new(&stream[..1028])?.to_owned();
    println!(
        "to_owned() copies the packet out (checksum {:#x}); the buffer may now be dropped",
        owned.checksum
    );

    // The seed benchmark: the first 5 MB of a 10 MB buffer, sliced against copied. A Rust slice
    // is a pointer and a length, as a sliced `memoryview` is in Python: neither reads a byte, so
    // the ratio is what slicing costs against copying, not a figure of slotmodel's views. The
    // checked table of the packets in the same bytes is slotmodel's figure (the packet has no
    // field rules, so its check is of the length).
    let buffer = vec![7_u8; 10 * 1024 * 1024];
    let half = 5 * 1024 * 1024;
    let whole_packets = half / PacketView::SIZE * PacketView::SIZE;
    let start = Instant::now();
    for _ in 0..repetitions {
        black_box(black_box(&buffer[..])[..half].len());
    }
    let slices = start.elapsed();
    let start = Instant::now();
    for _ in 0..repetitions {
        black_box(PacketView::slice(&black_box(&buffer[..])[..whole_packets])?.len());
    }
    let tables = start.elapsed();
    let start = Instant::now();
    for _ in 0..repetitions {
        black_box(black_box(&buffer[..])[..half].to_vec());
    }
    let copies = start.elapsed();
    println!("\n{repetitions} times the first 5 MB of a 10 MB buffer:");
    let table = format!("PacketView::slice ({} packets)", whole_packets / PacketView::SIZE);
    for (what, total) in [
        ("slice (&buf[..5 MB])", slices),
        (table.as_str(), tables),
        ("copy (.to_vec())", copies),
    ] {
        println!(
            "  {what:<32} {:>12.1} ns each, {:>10.3} ms in all",
            per_op(total, repetitions),
            total.as_secs_f64() * 1e3
        );
    }
    println!(
        "  slicing is {:.0}x faster than copying: what a slice costs in Rust, a pointer and a length \
         with no byte read (slicing a memoryview in Python: 1079x)",
        copies.as_secs_f64() / slices.as_secs_f64().max(1e-12)
    );
    println!(
        "  the checked table of packet views is {:.1}x faster than copying",
        copies.as_secs_f64() / tables.as_secs_f64().max(1e-12)
    );
    Ok(())
}
