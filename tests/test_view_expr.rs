//! Lengths and tags computed from earlier fields (`#[view(len = (ihl - 5) * 4)]`): IPv4 and TCP
//! options held to what scapy reports for the same packets, checked arithmetic whose overflow
//! or negative result is an error naming the field, and owned records whose lengths disagree
//! with their `Vec`s refused before they are written.

#[path = "support/near_valid.rs"]
mod near_valid;
#[path = "support/tools.rs"]
mod tools;

use std::process::Command;

use serde_json::Value;
use slotmodel::{View, ViewError};

/// An IPv4 header, its options (`IHL` words less the fixed 20 bytes) and its payload (the total
/// length less the header), with no length arithmetic written by hand.
#[derive(View, Debug, Clone, PartialEq)]
#[view(endian = "big")]
pub struct Ipv4 {
    version_ihl: u8,
    tos: u8,
    total_length: u16,
    id: u16,
    flags_fragment: u16,
    ttl: u8,
    protocol: u8,
    checksum: u16,
    source: [u8; 4],
    destination: [u8; 4],
    #[view(len = (version_ihl & 0x0F) * 4 - 20)]
    options: Vec<u8>,
    #[view(len = total_length - (version_ihl & 0x0F) * 4)]
    payload: Vec<u8>,
}

/// A TCP header and its options (`data offset` words less 20 bytes); the segment's data follows.
#[derive(View, Debug, Clone, PartialEq)]
#[view(endian = "big")]
pub struct Tcp {
    source_port: u16,
    destination_port: u16,
    sequence: u32,
    acknowledgement: u32,
    offset_flags: u16,
    window: u16,
    checksum: u16,
    urgent: u16,
    #[view(len = (offset_flags >> 12) * 4 - 20)]
    options: Vec<u8>,
}

fn hex(value: &Value) -> Vec<u8> {
    let text = value.as_str().expect("a hex string");
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).unwrap())
        .collect()
}

#[test]
fn ip_and_tcp_options_read_as_scapy_reports_them() {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/support/make_ip_options.py");
    let output = match Command::new("python3").arg(script).output() {
        Ok(output) => output,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            return tools::missing(
                "ip_and_tcp_options_read_as_scapy_reports_them",
                "python3 is not installed",
                "install it with `apt-get install python3`",
            );
        }
        Err(error) => panic!("python3 did not start: {error}"),
    };
    if output.status.code() == Some(3) {
        return tools::missing(
            "ip_and_tcp_options_read_as_scapy_reports_them",
            "scapy is not importable by python3",
            "install it with `python3 -m pip install scapy==2.6.1`",
        );
    }
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let mut tcp_seen = 0;
    for line in String::from_utf8(output.stdout).unwrap().lines() {
        let report: Value = serde_json::from_str(line).unwrap();
        let packet = hex(&report["hex"]);
        let ip = Ipv4View::new(&packet).unwrap();
        assert_eq!(u64::from(ip.version_ihl() & 0x0F), report["ihl"].as_u64().unwrap());
        assert_eq!(ip.options(), hex(&report["ip_options"]));
        assert_eq!(ip.payload(), hex(&report["ip_payload"]));
        let owned = ip.to_owned();
        let mut out = vec![0; owned.view_len()];
        assert_eq!(owned.write_to(&mut out), Ok(packet.len()));
        assert_eq!(out, packet);
        if ip.protocol() == 6 {
            let (tcp, data) = TcpView::new_prefix(ip.payload()).unwrap();
            assert_eq!(u64::from(tcp.offset_flags() >> 12), report["dataofs"].as_u64().unwrap());
            assert_eq!(tcp.options(), hex(&report["tcp_options"]));
            assert_eq!(data, hex(&report["tcp_payload"]));
            tcp_seen += 1;
        }
    }
    assert_eq!(tcp_seen, 3);
}

fn header(version_ihl: u8, total_length: u16) -> Vec<u8> {
    let mut bytes = vec![version_ihl, 0];
    bytes.extend(total_length.to_be_bytes());
    bytes.extend([0; 16]);
    bytes
}

#[test]
fn a_negative_or_overflowing_length_is_an_error_naming_the_field() {
    // IHL 4: a header shorter than its fixed part.
    let error = Ipv4View::new(&header(0x44, 20)).unwrap_err();
    assert_eq!(
        error.to_string(),
        "Ipv4.options at byte 20 has the length `(version_ihl & 0x0F) * 4 - 20` = -4, which is negative"
    );
    // A total length shorter than the header.
    let error = Ipv4View::new(&header(0x45, 12)).unwrap_err();
    assert_eq!(
        error.to_string(),
        "Ipv4.payload at byte 20 has the length `total_length - (version_ihl & 0x0F) * 4` = -8, which is negative"
    );
    // A length past the end is the usual short error.
    let error = Ipv4View::new(&header(0x46, 24)).unwrap_err();
    assert!(
        matches!(
            error,
            ViewError::Short {
                field: "options",
                needed: 4,
                available: 0,
                ..
            }
        ),
        "{error}"
    );

    let error = ProductView::new(&[0xFF; 8]).unwrap_err();
    assert_eq!(
        error.to_string(),
        "Product.items at byte 8 has the length `rows * columns * 4` = 73786976260478468100, which is too large"
    );
    let mut bytes = [0_u8; 17];
    bytes[..8].copy_from_slice(&u64::MAX.to_be_bytes());
    bytes[8..16].copy_from_slice(&2_u64.to_be_bytes());
    let error = SquareView::new(&bytes).unwrap_err();
    assert_eq!(
        error.to_string(),
        "Square.items at byte 16 has the length `side * side * side * scale`, which overflows or divides by zero"
    );
    let error = RatioView::new(&[8, 0]).unwrap_err();
    assert_eq!(
        error.to_string(),
        "Ratio.items at byte 2 has the length `total / parts`, which overflows or divides by zero"
    );
    assert_eq!(RatioView::new(&[8, 2, 1, 2, 3, 4]).unwrap().items(), [1, 2, 3, 4]);
}

/// A count that a product of two wide fields gives.
#[derive(View, Debug, Clone, PartialEq)]
#[view(endian = "big")]
pub struct Product {
    rows: u32,
    columns: u32,
    #[view(len = rows * columns * 4)]
    items: Vec<u8>,
}

/// A count past `i128`.
#[derive(View, Debug, Clone, PartialEq)]
#[view(endian = "big")]
pub struct Square {
    side: u64,
    scale: u64,
    #[view(count = side * side * side * scale)]
    items: Vec<u8>,
}

/// A count by division, which may divide by zero.
#[derive(View, Debug, Clone, PartialEq)]
pub struct Ratio {
    total: u8,
    parts: u8,
    #[view(count = total / parts)]
    items: Vec<u8>,
}

#[test]
fn an_owned_record_whose_lengths_disagree_is_refused_before_it_is_written() {
    let packet = {
        let mut bytes = header(0x46, 27);
        bytes.extend([0x94, 4, 0, 0, b'a', b'b', b'c']);
        bytes
    };
    let owned = Ipv4View::new(&packet).unwrap().to_owned();
    assert_eq!(owned.payload, b"abc");
    let longer = Ipv4 {
        options: vec![1; 8],
        ..owned.clone()
    };
    let mut out = vec![0; longer.view_len()];
    assert_eq!(
        longer.write_to(&mut out).unwrap_err().to_string(),
        "Ipv4.options at byte 20 holds 8 elements, but its length `(version_ihl & 0x0F) * 4 - 20` is 4: set the fields it reads so that it is 8"
    );
    let fixed = Ipv4 {
        version_ihl: 0x47,
        total_length: 31,
        ..longer
    };
    let mut out = vec![0; fixed.view_len()];
    assert_eq!(fixed.write_to(&mut out), Ok(31));
    assert_eq!(Ipv4View::new(&out).unwrap().to_owned(), fixed);
}

/// The payload of a packet whose version, in the high nibble of its first byte, chooses it.
#[derive(View, Debug, Clone, PartialEq)]
pub enum Versioned {
    /// IPv4: a word.
    #[view(tag = 4)]
    V4(u32),
    /// IPv6: two words.
    #[view(tag = 6)]
    V6(u64),
}

/// A tag computed from part of a field.
#[derive(View, Debug, Clone, PartialEq)]
#[view(endian = "big")]
pub struct Tagged {
    version_flags: u8,
    #[view(tag = version_flags >> 4)]
    body: Versioned,
}

#[test]
fn a_tag_from_an_expression_chooses_the_variant() {
    let view = TaggedView::new(&[0x4A, 0, 0, 0, 7]).unwrap();
    assert!(matches!(view.body(), VersionedView::V4(7)));
    let view = TaggedView::new(&[0x61, 0, 0, 0, 0, 0, 0, 0, 9]).unwrap();
    assert!(matches!(view.body(), VersionedView::V6(9)));
    assert_eq!(
        TaggedView::new(&[0x50, 0]).unwrap_err().to_string(),
        "Tagged.body at byte 1 has no variant for tag 5: the tags of Versioned are 4, 6"
    );
    let owned = Tagged {
        version_flags: 0x4A,
        body: Versioned::V6(1),
    };
    assert_eq!(
        owned.write_to(&mut [0; 9]).unwrap_err().to_string(),
        "Tagged.version_flags >> 4 at byte 0 is 4, but `body` holds the variant of tag 6: set it to 6"
    );
}

mod properties {
    use proptest::prelude::*;

    use super::near_valid::{self, Mutation};
    use super::{Ipv4, Ipv4View, TcpView};

    /// Whether `bytes` are one valid IPv4 record, by the lengths written out by hand.
    fn valid(bytes: &[u8]) -> bool {
        let [version_ihl, _, high, low, ..] = *bytes else {
            return false;
        };
        let header = usize::from(version_ihl & 0x0F) * 4;
        let total = usize::from(u16::from_be_bytes([high, low]));
        header >= 20 && total >= header && bytes.len() == total
    }

    /// A valid packet: IHL 5 to 15, options and payload as long as the header says.
    fn packet() -> impl Strategy<Value = Vec<u8>> {
        (5_u8..=15, prop::collection::vec(any::<u8>(), 0..12), any::<[u8; 16]>()).prop_map(|(ihl, payload, fixed)| {
            let header = usize::from(ihl) * 4;
            let total = u16::try_from(header + payload.len()).unwrap();
            let mut bytes = vec![0x40 | ihl, fixed[0]];
            bytes.extend(total.to_be_bytes());
            bytes.extend(&fixed[..16]);
            bytes.extend((20..header).map(|i| u8::try_from(i).unwrap()));
            bytes.extend(payload);
            bytes
        })
    }

    #[test]
    fn near_valid_packets_view_exactly_when_valid_and_write_back() {
        let strategy = (packet(), Mutation::any()).prop_map(|(bytes, mutation)| mutation.apply(bytes));
        near_valid::check(
            "near_valid_packets_view_exactly_when_valid_and_write_back",
            file!(),
            strategy,
            "read and written back",
            0.4,
            |bytes| {
                let read = Ipv4View::new(&bytes);
                prop_assert_eq!(read.is_ok(), valid(&bytes), "{:?}: {:?}", bytes, read);
                let Ok(view) = read else { return Ok(false) };
                let owned: Ipv4 = view.to_owned();
                let mut out = vec![0; owned.view_len()];
                prop_assert_eq!(owned.write_to(&mut out), Ok(bytes.len()));
                prop_assert_eq!(out, bytes);
                Ok(true)
            },
        );
    }

    proptest! {
        #[test]
        fn any_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..64)) {
            let _ = Ipv4View::new(&bytes).map(|view| view.to_owned());
            let _ = TcpView::new_prefix(&bytes).map(|(view, _)| view.to_owned());
        }
    }
}
