//! Ethernet / IPv4 / TCP-or-UDP frames built by `etherparse`'s `PacketBuilder` and read through
//! the views of `support/packet_views.rs` (the ones the `pcap parse` benchmark times), held field
//! by field to `etherparse`'s strict `SlicedPacket::from_ethernet`; and near-valid frames, which
//! the views accept exactly when `etherparse` does.

#[path = "support/near_valid.rs"]
mod near_valid;
#[path = "support/packet_views.rs"]
mod packet_views;

use etherparse::{
    IpHeaders, Ipv4Header, Ipv4Options, LinkSlice, NetSlice, PacketBuilder, SlicedPacket, TcpOptionElement,
    TransportSlice,
};
use packet_views::{parse, NetworkView, Packet, Segment, TransportView, ETHER_IPV4};

const SOURCE_MAC: [u8; 6] = [0x02, 0, 0, 0, 0, 0x0A];
const DESTINATION_MAC: [u8; 6] = [0x02, 0, 0, 0, 0, 0x0B];

/// An IPv4 header with `options` (a multiple of 4 bytes); `PacketBuilder` fills in the lengths,
/// the protocol and the checksum.
fn ipv4(options: &[u8], ttl: u8) -> IpHeaders {
    let header = Ipv4Header {
        source: [192, 168, 1, 10],
        destination: [10, 0, 0, 2],
        time_to_live: ttl,
        options: Ipv4Options::try_from(options).unwrap(),
        ..Ipv4Header::default()
    };
    IpHeaders::Ipv4(header, etherparse::Ipv4Extensions::default())
}

/// The payload of `len` bytes.
fn payload(len: usize) -> Vec<u8> {
    (0..len).map(|i| u8::try_from(i % 251).unwrap()).collect()
}

/// UDP and TCP frames, with and without IPv4 and TCP options, of several payload sizes; one
/// padded to Ethernet's 60-byte minimum.
fn frames() -> Vec<Vec<u8>> {
    // Router alert (4 bytes), then a record route with room for one address (8 bytes).
    let ip_options: [&[u8]; 3] = [&[], &[0x94, 4, 0, 0], &[0x07, 7, 4, 0, 0, 0, 0, 0x01]];
    let tcp_options: [&[TcpOptionElement]; 3] = [
        &[],
        &[TcpOptionElement::MaximumSegmentSize(1460)],
        &[
            TcpOptionElement::MaximumSegmentSize(1460),
            TcpOptionElement::SelectiveAcknowledgementPermitted,
            TcpOptionElement::Timestamp(0x0102_0304, 0),
            TcpOptionElement::Noop,
            TcpOptionElement::WindowScale(7),
        ],
    ];
    let mut frames = Vec::new();
    for (i, options) in ip_options.iter().enumerate() {
        for len in [0, 1, 17, 300] {
            let builder = PacketBuilder::ethernet2(SOURCE_MAC, DESTINATION_MAC)
                .ip(ipv4(options, 64))
                .udp(5353 + u16::try_from(i).unwrap(), 53);
            let mut frame = Vec::with_capacity(builder.size(len));
            builder.write(&mut frame, &payload(len)).unwrap();
            frames.push(frame);
        }
        for (j, tcp) in tcp_options.iter().enumerate() {
            for len in [0, 5, 1000] {
                let builder = PacketBuilder::ethernet2(SOURCE_MAC, DESTINATION_MAC)
                    .ip(ipv4(options, 57))
                    .tcp(40_000 + u16::try_from(j).unwrap(), 443, 7, 64_240)
                    .syn()
                    .options(tcp)
                    .unwrap();
                let mut frame = Vec::with_capacity(builder.size(len));
                builder.write(&mut frame, &payload(len)).unwrap();
                frames.push(frame);
            }
        }
    }
    // A short datagram padded as Ethernet pads it: the bytes after the IPv4 total are not the
    // packet's.
    let mut padded = frames[1].clone();
    assert!(padded.len() < 60);
    padded.resize(60, 0);
    frames.push(padded);
    frames
}

/// Asserts that every field both read agrees.
fn agree(packet: &Packet<'_>, sliced: &SlicedPacket<'_>) {
    let Some(LinkSlice::Ethernet2(ethernet)) = &sliced.link else {
        panic!("etherparse read no Ethernet header: {sliced:?}");
    };
    assert_eq!(*packet.ethernet.source(), ethernet.source());
    assert_eq!(*packet.ethernet.destination(), ethernet.destination());
    assert_eq!(packet.ethernet.ether_type(), ethernet.ether_type().0);
    let (ip, net) = match (&packet.ip, &sliced.net) {
        (Some(ip), Some(NetSlice::Ipv4(net))) => (ip, net),
        (None, None) => {
            assert!(packet.transport.is_none() && sliced.transport.is_none());
            return;
        }
        other => panic!("the network layers differ: {other:?}"),
    };
    let header = net.header();
    let NetworkView::Ipv4(variant) = packet.ethernet.network() else {
        panic!("an IPv4 packet without the IPv4 variant")
    };
    assert_eq!(variant.as_bytes(), ip.as_bytes());
    assert_eq!(*ip.source(), header.source());
    assert_eq!(*ip.destination(), header.destination());
    assert_eq!(ip.total_length(), header.total_len());
    assert_eq!(ip.version_ihl() & 0x0F, header.ihl());
    assert_eq!(ip.protocol(), header.protocol().0);
    assert_eq!(ip.ttl(), header.ttl());
    assert_eq!(ip.options(), header.options());
    assert_eq!(ip.payload(), net.payload().payload);
    match (&packet.transport, &sliced.transport) {
        (Some(Segment::Tcp(tcp, data)), Some(TransportSlice::Tcp(theirs))) => {
            assert!(matches!(ip.transport(), TransportView::Tcp));
            assert_eq!(tcp.source_port(), theirs.source_port());
            assert_eq!(tcp.destination_port(), theirs.destination_port());
            assert_eq!(tcp.sequence(), theirs.sequence_number());
            assert_eq!(tcp.offset_reserved() >> 4, theirs.data_offset());
            assert_eq!(tcp.options(), theirs.options());
            assert_eq!(*data, theirs.payload());
        }
        (Some(Segment::Udp(udp, rest)), Some(TransportSlice::Udp(theirs))) => {
            assert!(matches!(ip.transport(), TransportView::Udp));
            assert_eq!(udp.source_port(), theirs.source_port());
            assert_eq!(udp.destination_port(), theirs.destination_port());
            assert_eq!(udp.length(), theirs.length());
            // A length of 0 takes the whole IPv4 payload: its data is what follows the header.
            let data = if udp.length() == 0 { rest } else { udp.payload() };
            assert_eq!(data, theirs.payload());
        }
        (None, None) => assert!(!matches!(ip.transport(), TransportView::Tcp | TransportView::Udp)),
        other => panic!("the transport layers differ: {other:?}"),
    }
}

#[test]
fn frames_built_by_etherparse_read_as_etherparse_reads_them() {
    let frames = frames();
    let (mut tcp, mut udp, mut with_options) = (0, 0, 0);
    for frame in &frames {
        let packet = parse(frame).unwrap();
        let sliced = SlicedPacket::from_ethernet(frame).unwrap();
        agree(&packet, &sliced);
        let ip = packet.ip.unwrap();
        with_options += usize::from(!ip.options().is_empty());
        match packet.transport.unwrap() {
            Segment::Tcp(..) => tcp += 1,
            Segment::Udp(..) => udp += 1,
        }
    }
    assert_eq!((tcp, udp, with_options), (27, 13, 26));
}

#[test]
fn a_fragment_is_read_without_its_transport() {
    let mut frame = frames()[2].clone();
    // The fragment offset (8 bytes) of the packet's second fragment.
    frame[20] = 0;
    frame[21] = 1;
    let packet = parse(&frame).unwrap();
    assert!(matches!(packet.ip.unwrap().transport(), TransportView::Other));
    assert!(packet.transport.is_none());
    agree(&packet, &SlicedPacket::from_ethernet(&frame).unwrap());
    // "More fragments" alone: the first fragment.
    frame[20] = 0x20;
    frame[21] = 0;
    assert!(parse(&frame).unwrap().transport.is_none());
    assert!(SlicedPacket::from_ethernet(&frame).unwrap().transport.is_none());
}

#[test]
fn the_strict_checks_are_refused_with_the_field_named() {
    let frame = frames()[5].clone(); // TCP without options
    let mut bad = frame.clone();
    bad[14] = 0x44; // IHL 4
    assert_eq!(
        parse(&bad).unwrap_err().to_string(),
        "EthernetFrame.network.Ipv4.version_ihl at byte 14 must be >= 69, got 68"
    );
    let mut bad = frame.clone();
    bad[16..18].copy_from_slice(&19_u16.to_be_bytes()); // a total length shorter than the header
    assert_eq!(
        parse(&bad).unwrap_err().to_string(),
        "EthernetFrame.network.Ipv4.payload at byte 34 has the length `total_length - (version_ihl & 0x0F) * 4` = -1, which is negative"
    );
    let mut bad = frame.clone();
    bad[14 + 20 + 12] = 0x40; // TCP data offset 4
    assert_eq!(
        parse(&bad).unwrap_err().to_string(),
        "Tcp.offset_reserved at byte 12 must be >= 80, got 64"
    );
    let mut bad = frames()[0].clone(); // UDP
    bad[14 + 20 + 4..14 + 20 + 6].copy_from_slice(&7_u16.to_be_bytes());
    assert_eq!(
        parse(&bad).unwrap_err().to_string(),
        "Udp.payload at byte 8 has the length `(length - 8) * ((length + 0xFFFF) >> 16)` = -1, which is negative"
    );
    for bad in [&bad[..], &frames()[5][..50]] {
        assert!(SlicedPacket::from_ethernet(bad).is_err());
    }
    assert_eq!(frame[12..14], ETHER_IPV4.to_be_bytes());
}

/// Whether `etherparse` reads a layer of `frame` the views take as `Other`: an ether type other
/// than IPv4 that it parses (VLAN tags, `MACsec`, ARP, IPv6), or an unfragmented IPv4 packet whose
/// protocol it parses beyond TCP and UDP (`ICMPv4`, IGMP, the authentication header, `ICMPv6`).
fn beyond_the_views(frame: &[u8]) -> bool {
    let (Some(&[high, low]), Some(ip)) = (frame.get(12..14), frame.get(14..)) else {
        return false;
    };
    match u16::from_be_bytes([high, low]) {
        0x8100 | 0x88A8 | 0x9100 | 0x88E5 | 0x0806 | 0x86DD => true,
        ETHER_IPV4 => match (ip.get(6..8), ip.get(9)) {
            (Some(&[flags, offset]), Some(protocol)) => {
                // Neither "more fragments" nor an offset: the low 14 bits are zero.
                let whole = u16::from_be_bytes([flags, offset]).trailing_zeros() >= 14;
                whole && [1, 2, 51, 58].contains(protocol)
            }
            _ => false,
        },
        _ => false,
    }
}

/// Whether the layers both read hold for a frame [`beyond_the_views`]: the Ethernet header, and
/// for IPv4 the header and total length `etherparse` checks, by its own header slice.
fn layers_below_hold(frame: &[u8]) -> bool {
    let Some(ip) = frame.get(14..) else {
        return false;
    };
    if frame[12..14] != ETHER_IPV4.to_be_bytes() {
        return true;
    }
    etherparse::Ipv4HeaderSlice::from_slice(ip).is_ok_and(|header| {
        let total = usize::from(header.total_len());
        total >= header.slice().len() && total <= ip.len()
    })
}

mod properties {
    use proptest::prelude::*;

    use super::near_valid::{self, Mutation};
    use super::{agree, beyond_the_views, frames, layers_below_hold, parse, SlicedPacket};

    /// The views accept exactly the frames `etherparse` accepts, and then read what it reads;
    /// a frame with a layer only `etherparse` reads is accepted when the layers below hold.
    #[test]
    fn near_valid_frames_read_exactly_when_etherparse_reads_them() {
        let frames = frames();
        let strategy = (0..frames.len(), Mutation::any(), Mutation::any())
            .prop_map(move |(i, first, second)| second.apply(first.apply(frames[i].clone())));
        near_valid::check(
            "near_valid_frames_read_exactly_when_etherparse_reads_them",
            file!(),
            strategy,
            "the field-by-field agreement",
            0.3,
            |frame| {
                let (views, theirs) = (parse(&frame), SlicedPacket::from_ethernet(&frame));
                if beyond_the_views(&frame) {
                    prop_assert_eq!(views.is_ok(), layers_below_hold(&frame), "{:?}: {:?}", frame, views);
                    if let Ok(packet) = views {
                        prop_assert!(packet.transport.is_none());
                    }
                    return Ok(false);
                }
                prop_assert_eq!(views.is_ok(), theirs.is_ok(), "{:?}: {:?} / {:?}", frame, views, theirs);
                let (Ok(packet), Ok(sliced)) = (views, theirs) else {
                    return Ok(false);
                };
                agree(&packet, &sliced);
                Ok(true)
            },
        );
    }

    proptest! {
        #[test]
        fn any_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..96)) {
            if let Ok(packet) = parse(&bytes) {
                let _ = packet.ip.map(|ip| (ip.to_owned(), ip.transport()));
            }
        }
    }
}
