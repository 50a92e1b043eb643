//! `#[derive(View)]`: checked, zero-copy views over byte buffers.

use slotmodel::{View, ViewError};

#[derive(View, Debug, PartialEq, Clone)]
#[view(endian = "big", size = 1028)]
struct Packet {
    header: [u8; 12],
    payload: [u8; 1012],
    checksum: u32,
}

fn packet_bytes(seed: u8) -> Vec<u8> {
    let mut bytes: Vec<u8> = (0..=255_u8).cycle().take(1024).map(|b| b.wrapping_add(seed)).collect();
    bytes.extend_from_slice(&0xDEAD_BEEF_u32.to_be_bytes());
    bytes
}

#[test]
fn the_seed_packet_is_viewed_in_place() {
    let buf = packet_bytes(0);
    let view = PacketView::new(&buf).unwrap();
    assert_eq!(PacketView::SIZE, 1028);
    let header: &[u8; 12] = view.header();
    assert!(
        std::ptr::eq(header.as_ptr(), buf.as_ptr()),
        "the header is borrowed, not copied"
    );
    assert_eq!(view.checksum(), 0xDEAD_BEEF);
    assert_eq!(view.payload()[0], 12);
    let owned: Packet = view.to_owned();
    assert_eq!(owned.checksum, 0xDEAD_BEEF);
    assert_eq!(&owned.header, header);
}

#[test]
fn lengths_other_than_a_record_are_refused() {
    let buf = packet_bytes(0);
    assert_eq!(
        PacketView::new(&buf[..1027]).unwrap_err(),
        ViewError::Length {
            type_name: "Packet",
            needed: 1028,
            given: 1027
        }
    );
    let mut longer = buf.clone();
    longer.push(0);
    assert_eq!(
        PacketView::new(&longer).unwrap_err().to_string(),
        "Packet needs 1028 bytes, got 1029"
    );
    let (view, rest) = PacketView::new_prefix(&longer).unwrap();
    assert_eq!((view.checksum(), rest), (0xDEAD_BEEF, &[0][..]));
    assert!(PacketView::new_prefix(&buf[..10]).is_err());
}

#[test]
fn writes_go_to_the_buffer() {
    let mut buf = packet_bytes(0);
    let mut view = PacketViewMut::new(&mut buf).unwrap();
    view.set_checksum(0x0102_0304);
    view.header_mut()[0] = 0xFF;
    view.set_payload([7; 1012]);
    assert_eq!(view.checksum(), 0x0102_0304);
    assert_eq!(&buf[1024..], &[1, 2, 3, 4]);
    assert_eq!((buf[0], buf[12], buf[1023]), (0xFF, 7, 7));
}

#[test]
fn records_walk_a_stream_and_keep_the_tail() {
    let mut stream = Vec::new();
    for seed in 0..3 {
        stream.extend(packet_bytes(seed));
    }
    let sums: Vec<u32> = PacketView::records(&stream).map(|r| r.unwrap().checksum()).collect();
    assert_eq!(sums, [0xDEAD_BEEF; 3]);
    stream.extend([1, 2, 3]);
    let mut records = PacketView::records(&stream);
    assert_eq!(records.len(), 3);
    assert_eq!(records.by_ref().count(), 3);
    assert_eq!(records.remainder(), &[1, 2, 3]);
    assert_eq!(PacketView::records(&stream[..100]).count(), 0);
}

#[derive(View, Debug, Clone, Copy, PartialEq)]
#[repr(u8)]
enum Kind {
    Data = 1,
    Ack = 2,
    Reset = 9,
}

#[derive(View, Debug, Clone, PartialEq)]
struct Header {
    kind: Kind,
    #[bounded(1..=64)]
    hops: u8,
}

/// Every field type, little-endian by default, with overrides and reserved bytes.
#[derive(View, Debug, Clone, PartialEq)]
struct Everything {
    a: u8,
    b: u16,
    c: u32,
    d: u64,
    e: u128,
    f: i8,
    g: i16,
    h: i32,
    i: i64,
    j: i128,
    k: f32,
    l: f64,
    m: bool,
    bytes: [u8; 3],
    #[view(endian = "big")]
    words: [u16; 4],
    #[view(skip = 2)]
    floats: [f32; 2],
    header: Header,
    #[view(endian = "big")]
    big: u32,
    #[bounded(-100..=100)]
    level: i16,
}

// Byte positions counted by hand from the declaration above, field by field (`a` at 0, `b` at 1,
// `c` at 3, `d` at 7, `e` at 15, `f` at 31, `g` at 32, `h` at 34, `i` at 38, `j` at 46, `k` at 62,
// `l` at 66, `m` at 74, `bytes` at 75, `words` at 78, two reserved bytes at 86, `floats` at 88,
// `header` at 96, `big` at 98, `level` at 102, 104 bytes in all), not read from the derive.
const M_AT: usize = 74;
const WORDS_AT: usize = 78;
const FLOATS_AT: usize = 88;
const HEADER_AT: usize = 96;
const BIG_AT: usize = 98;
const LEVEL_AT: usize = 102;

fn everything() -> Everything {
    Everything {
        a: 0xAB,
        b: 0xBEEF,
        c: 0xDEAD_BEEF,
        d: u64::MAX - 5,
        e: u128::MAX / 3,
        f: i8::MIN,
        g: -2,
        h: i32::MIN + 7,
        i: -1,
        j: i128::MIN,
        k: -1.5,
        l: f64::EPSILON,
        m: true,
        bytes: [1, 2, 3],
        words: [1, 0x0203, 4, 0xFFFF],
        floats: [0.25, f32::MAX],
        header: Header {
            kind: Kind::Reset,
            hops: 64,
        },
        big: 0x0A0B_0C0D,
        level: -100,
    }
}

#[test]
fn every_field_type_round_trips_in_both_byte_orders() {
    let expected_size = 1 + 2 + 4 + 8 + 16 + 1 + 2 + 4 + 8 + 16 + 4 + 8 + 1 + 3 + 8 + 2 + 8 + 2 + 4 + 2;
    assert_eq!(EverythingView::SIZE, expected_size);
    let value = everything();
    for offset in [0, 1, 3, 7] {
        let mut backing = vec![0_u8; offset + EverythingView::SIZE];
        // Header bytes must hold a valid kind and hops before the view can exist.
        let record = &mut backing[offset..];
        record[HEADER_AT] = 1;
        record[HEADER_AT + 1] = 1;
        {
            let mut view = EverythingViewMut::new(record).unwrap();
            view.set_a(value.a);
            view.set_b(value.b);
            view.set_c(value.c);
            view.set_d(value.d);
            view.set_e(value.e);
            view.set_f(value.f);
            view.set_g(value.g);
            view.set_h(value.h);
            view.set_i(value.i);
            view.set_j(value.j);
            view.set_k(value.k);
            view.set_l(value.l);
            view.set_m(value.m);
            view.set_bytes(value.bytes);
            view.set_words(value.words);
            view.set_floats(value.floats);
            view.set_header(value.header.clone()).unwrap();
            view.set_big(value.big);
            view.set_level(value.level).unwrap();
        }
        let view = EverythingView::new(&backing[offset..]).unwrap();
        assert_eq!(view.to_owned(), value, "at offset {offset}");
        assert_eq!(view.header().kind(), Kind::Reset);
        assert_eq!(view.words(), [1, 0x0203, 4, 0xFFFF]);
        // Byte orders as declared: `b` little-endian, `big` and `words` big-endian.
        let record = view.as_bytes();
        assert_eq!(&record[1..3], &[0xEF, 0xBE]);
        assert_eq!(&record[BIG_AT..BIG_AT + 4], &[0x0A, 0x0B, 0x0C, 0x0D]);
        assert_eq!(&record[WORDS_AT..WORDS_AT + 4], &[0, 1, 2, 3]);
        assert_eq!(&record[FLOATS_AT - 2..FLOATS_AT], &[0, 0], "two reserved bytes");
        assert_eq!(&record[FLOATS_AT..FLOATS_AT + 4], &0.25_f32.to_le_bytes());
        assert_eq!(&record[HEADER_AT..HEADER_AT + 2], &[9, 64], "Reset, 64 hops");
        assert_eq!(&record[LEVEL_AT..], &(-100_i16).to_le_bytes());
    }
}

#[test]
fn invalid_values_are_refused_by_new_with_their_place() {
    let mut record = vec![0_u8; EverythingView::SIZE];
    record[HEADER_AT] = 1;
    record[HEADER_AT + 1] = 1;
    assert!(EverythingView::new(&record).is_ok());

    record[M_AT] = 2;
    assert_eq!(
        EverythingView::new(&record).unwrap_err().to_string(),
        "Everything.m at byte 74 must be 0 or 1, got 2"
    );
    record[M_AT] = 1;

    record[HEADER_AT] = 3;
    assert_eq!(
        EverythingView::new(&record).unwrap_err().to_string(),
        "Everything.header.kind at byte 96 is not a Kind discriminant, got 3"
    );
    record[HEADER_AT] = 2;

    record[HEADER_AT + 1] = 65;
    assert_eq!(
        EverythingView::new(&record).unwrap_err().to_string(),
        "Everything.header.hops at byte 97 must be <= 64, got 65"
    );
    record[HEADER_AT + 1] = 64;

    record[LEVEL_AT..LEVEL_AT + 2].copy_from_slice(&101_i16.to_le_bytes());
    let err = EverythingView::new(&record).unwrap_err();
    assert_eq!(err.to_string(), "Everything.level at byte 102 must be <= 100, got 101");
    assert!(matches!(err, ViewError::InvalidField { offset: LEVEL_AT, .. }));
}

#[test]
fn refused_writes_leave_the_buffer_unchanged() {
    let mut record = vec![0_u8; EverythingView::SIZE];
    record[HEADER_AT] = 1;
    record[HEADER_AT + 1] = 1;
    let before = record.clone();
    let mut view = EverythingViewMut::new(&mut record).unwrap();
    assert_eq!(
        view.set_level(101).unwrap_err().to_string(),
        "Everything.level must be <= 100, got 101"
    );
    let err = view
        .set_header(Header {
            kind: Kind::Ack,
            hops: 0,
        })
        .unwrap_err();
    assert_eq!(err.to_string(), "Everything.header.hops at byte 97 must be >= 1, got 0");
    assert_eq!(record, before);
}

#[test]
fn debug_prints_fields() {
    let mut record = [0_u8; 2];
    record[0] = 2;
    record[1] = 5;
    let view = HeaderView::new(&record).unwrap();
    assert_eq!(format!("{view:?}"), "HeaderView { kind: Ack, hops: 5 }");
}

/// The same fields in big-endian by default.
#[derive(View, Debug, Clone, PartialEq)]
#[view(endian = "big")]
struct EverythingBig {
    a: u8,
    b: u16,
    c: u32,
    d: u64,
    e: u128,
    f: i8,
    g: i16,
    h: i32,
    i: i64,
    j: i128,
    k: f32,
    l: f64,
    m: bool,
    bytes: [u8; 3],
    #[view(endian = "little")]
    words: [u16; 4],
    #[view(skip = 2)]
    floats: [f32; 2],
    header: Header,
    #[bounded(-100..=100)]
    level: i16,
}

#[test]
fn every_field_type_round_trips_big_endian() {
    use slotmodel::ViewItem;
    let value = EverythingBig {
        a: 0xAB,
        b: 0xBEEF,
        c: 0xDEAD_BEEF,
        d: u64::MAX - 5,
        e: u128::MAX / 3,
        f: i8::MIN,
        g: -2,
        h: i32::MIN + 7,
        i: -1,
        j: i128::MIN,
        k: -1.5,
        l: f64::EPSILON,
        m: true,
        bytes: [1, 2, 3],
        words: [1, 0x0203, 4, 0xFFFF],
        floats: [0.25, f32::MAX],
        header: Header {
            kind: Kind::Data,
            hops: 1,
        },
        level: 100,
    };
    for offset in [0, 1, 3, 7] {
        let mut backing = vec![0_u8; offset + EverythingBigView::SIZE];
        value.write::<true>(&mut backing[offset..]);
        let view = EverythingBigView::new(&backing[offset..]).unwrap();
        assert_eq!(view.to_owned(), value, "at offset {offset}");
        let record = view.as_bytes();
        assert_eq!(&record[1..3], &[0xBE, 0xEF], "u16 big-endian");
        assert_eq!(&record[3..7], &[0xDE, 0xAD, 0xBE, 0xEF], "u32 big-endian");
        // The same positions as `Everything`'s up to `header`; `level` follows it at 98.
        assert_eq!(
            &record[WORDS_AT..WORDS_AT + 4],
            &[1, 0, 3, 2],
            "the override stays little-endian"
        );
        assert_eq!(&record[HEADER_AT..HEADER_AT + 2], &[1, 1], "Data, 1 hop");
        assert_eq!(&record[98..], &100_i16.to_be_bytes(), "`level`, the last two bytes");
    }
}

#[test]
fn a_refused_field_carries_its_rule_as_data() {
    #[derive(View, Debug, PartialEq)]
    struct Reading {
        #[bounded(max = 100)]
        level: u8,
        on: bool,
    }
    let err = ReadingView::new(&[101, 1]).unwrap_err();
    assert_eq!(err.to_string(), "Reading.level at byte 0 must be <= 100, got 101");
    let ViewError::InvalidField {
        field, offset, kind, ..
    } = err
    else {
        panic!("a field error, got {err:?}");
    };
    assert_eq!((field.as_ref(), offset), ("level", 0));
    assert_eq!(
        *kind,
        slotmodel::ErrorKind::AboveMax {
            max: slotmodel::Number::Unsigned(100),
            inclusive: true,
            got: slotmodel::Number::Unsigned(101)
        }
    );
    let err = ReadingView::new(&[1, 7]).unwrap_err();
    assert!(
        matches!(err.kind(), Some(slotmodel::ErrorKind::Custom { message }) if message == "must be 0 or 1, got 7"),
        "{err:?}"
    );
}
