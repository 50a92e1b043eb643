//! Byte orders chosen at run time: `#[view(endian = runtime)]` (the caller gives the order) and
//! `#[view(big_if = ..)]` (a field read in a fixed order gives it).

use slotmodel::{Endian, View, ViewError, ViewReader};

/// A record whose order the caller gives.
#[derive(View, Debug, PartialEq, Clone)]
#[view(endian = runtime)]
struct Sample {
    id: u16,
    #[bounded(max = 1000)]
    value: u32,
    #[view(skip = 1)]
    flags: [u8; 2],
    ratio: f32,
}

/// A variable-length record whose order the caller gives.
#[derive(View, Debug, PartialEq, Clone)]
#[view(endian = runtime)]
struct Block {
    count: u16,
    #[view(count = count)]
    words: Vec<u32>,
    #[view(when = count > 1)]
    extra: Option<u16>,
}

/// A header whose magic, read big-endian, says the order of the rest.
#[derive(View, Debug, PartialEq, Clone)]
#[view(big_if = magic == 0xFEFF)]
struct Header {
    #[view(endian = "big")]
    magic: u16,
    version: u16,
    length: u32,
}

#[test]
fn a_record_reads_in_the_order_the_caller_gives() {
    let bytes = [0x01, 0x02, 0, 0, 0x03, 0xE8, 9, 0xAA, 0xBB, 0x3F, 0x80, 0, 0];
    let big = SampleView::new(&bytes, Endian::Big).unwrap();
    assert_eq!(
        (big.id(), big.value(), big.flags(), big.ratio()),
        (0x0102, 1000, &[0xAA, 0xBB], 1.0)
    );
    assert_eq!(big.endian(), Endian::Big);
    let error = SampleView::new(&bytes, Endian::Little).unwrap_err();
    assert_eq!(
        error.to_string(),
        "Sample.value at byte 2 must be <= 1000, got 3892510720"
    );
    let little = [0x02, 0x01, 0xE8, 0x03, 0, 0, 9, 0xAA, 0xBB, 0, 0, 0x80, 0x3F];
    let view = SampleView::new(&little, Endian::Little).unwrap();
    assert_eq!(view.to_owned(), big.to_owned());
    assert_eq!(view.endian(), Endian::Little);
    assert_eq!(
        format!("{view:?}"),
        "SampleView { id: 258, value: 1000, flags: [170, 187], ratio: 1.0 }"
    );

    // Written back in either order: the reserved byte is zero.
    let owned = big.to_owned();
    let mut out = vec![0xFF; owned.view_len()];
    assert_eq!(owned.write_to(&mut out, Endian::Little), Ok(13));
    let mut expected = little;
    expected[6] = 0;
    assert_eq!(out, expected);
    owned.write_to(&mut out, Endian::Big).unwrap();
    assert_eq!(&out[..6], &bytes[..6]);
}

#[test]
fn variable_length_records_in_either_order() {
    let big = [0, 2, 0, 0, 0, 1, 0, 0, 0, 2, 0, 7];
    let little = [2, 0, 1, 0, 0, 0, 2, 0, 0, 0, 7, 0];
    for (bytes, order) in [(&big, Endian::Big), (&little, Endian::Little)] {
        let block = BlockView::new(bytes, order).unwrap();
        assert_eq!(block.words().iter().collect::<Vec<_>>(), [1, 2]);
        assert_eq!(block.extra(), Some(7));
        let owned = block.to_owned();
        let mut out = vec![0; owned.view_len()];
        owned.write_to(&mut out, order).unwrap();
        assert_eq!(&out, bytes);
    }
    let stream = [1, 0, 5, 0, 0, 0, 0, 0, 9];
    let mut records = BlockView::records(&stream, Endian::Little);
    assert_eq!(records.next().unwrap().unwrap().words().get(0), Some(5));
    assert_eq!(records.next().unwrap().unwrap().count(), 0);
    assert!(records.next().unwrap().is_err());
    assert_eq!(records.remainder(), &[9]);

    let mut reader = ViewReader::new(&big[..]);
    let block = reader.next_in::<BlockView>(Endian::Big).unwrap().unwrap();
    assert_eq!(block.extra(), Some(7));
}

#[test]
fn a_field_read_in_a_fixed_order_chooses_the_order() {
    let big = [0xFE, 0xFF, 0, 2, 0, 0, 0, 9];
    let little = [0xFF, 0xFE, 2, 0, 9, 0, 0, 0];
    let header = HeaderView::new(&big).unwrap();
    assert_eq!(
        (header.endian(), header.version(), header.length()),
        (Endian::Big, 2, 9)
    );
    let other = HeaderView::new(&little).unwrap();
    assert_eq!(
        (other.endian(), other.magic(), other.version(), other.length()),
        (Endian::Little, 0xFFFE, 2, 9)
    );
    let mut out = [0; 8];
    header.to_owned().write_to(&mut out).unwrap();
    assert_eq!(out, big);
    other.to_owned().write_to(&mut out).unwrap();
    assert_eq!(out, little);
    assert_eq!(
        HeaderView::new(&[0xFE]).unwrap_err(),
        ViewError::Short {
            type_name: "Header",
            field: "magic",
            offset: 0,
            needed: 2,
            available: 1
        }
    );
    let mut reader = ViewReader::new(&big[..]);
    let header: HeaderView = reader.next().unwrap().unwrap();
    assert_eq!(header.length(), 9);
}

/// A point nested in records of either order: it takes theirs.
#[derive(View, Debug, PartialEq, Clone, Copy)]
#[view(endian = runtime)]
struct Point {
    #[bounded(max = 1000)]
    x: u16,
    y: u16,
}

/// A fixed-order part, nested: it keeps its own order.
#[derive(View, Debug, PartialEq, Clone, Copy)]
#[view(endian = "big")]
struct Tag {
    code: u16,
}

#[repr(u16)]
#[derive(View, Debug, PartialEq, Clone, Copy)]
enum Shape {
    Dot = 1,
    Line = 2,
}

#[derive(View, Debug, PartialEq, Clone)]
#[view(endian = runtime)]
struct Figure {
    shape: Shape,
    tag: Tag,
    #[view(skip = 2)]
    start: Point,
    end: Point,
    count: u8,
    #[view(count = count)]
    points: Vec<Point>,
}

#[test]
fn nested_records_take_the_order_of_the_record_they_are_in() {
    let figure = Figure {
        shape: Shape::Line,
        tag: Tag { code: 0x0102 },
        start: Point { x: 1, y: 2 },
        end: Point { x: 3, y: 4 },
        count: 1,
        points: vec![Point { x: 5, y: 6 }],
    };
    let mut big = vec![0; figure.view_len()];
    figure.write_to(&mut big, Endian::Big).unwrap();
    assert_eq!(big, [0, 2, 1, 2, 0, 0, 0, 1, 0, 2, 0, 3, 0, 4, 1, 0, 5, 0, 6]);
    let mut little = vec![0; figure.view_len()];
    figure.write_to(&mut little, Endian::Little).unwrap();
    assert_eq!(little, [2, 0, 1, 2, 0, 0, 1, 0, 2, 0, 3, 0, 4, 0, 1, 5, 0, 6, 0]);
    for (bytes, order) in [(&big, Endian::Big), (&little, Endian::Little)] {
        let view = FigureView::new(bytes, order).unwrap();
        assert_eq!(view.start().endian(), order);
        assert_eq!(
            (view.shape(), view.tag().code(), view.end().y()),
            (Shape::Line, 0x0102, 4)
        );
        assert_eq!(view.points().get(0).map(|p| p.x()), Some(5));
        assert_eq!(view.to_owned(), figure);
    }
    // A nested record's rules hold in either order, and when writing.
    little[6..8].copy_from_slice(&1001_u16.to_le_bytes());
    assert_eq!(
        FigureView::new(&little, Endian::Little).unwrap_err().to_string(),
        "Figure.start.x at byte 6 must be <= 1000, got 1001"
    );
    let mut wrong = figure.clone();
    wrong.end.x = 2000;
    assert!(wrong.write_to(&mut big, Endian::Big).is_err());
}

/// A fixed-order record holding a run-time-order one: the nested record takes the fixed order.
#[derive(View, Debug, PartialEq, Clone, Copy)]
#[view(endian = "big", size = 5)]
struct Marker {
    id: u8,
    at: Point,
}

#[test]
fn a_run_time_order_record_nested_in_a_fixed_one_takes_its_order() {
    let mut bytes = [7, 0, 1, 0, 2];
    let marker = MarkerView::new(&bytes).unwrap();
    assert_eq!(
        (marker.at().x(), marker.at().y(), marker.at().endian()),
        (1, 2, Endian::Big)
    );
    let mut marker = MarkerViewMut::new(&mut bytes).unwrap();
    marker.set_at(Point { x: 3, y: 4 }).unwrap();
    assert!(marker.set_at(Point { x: 1001, y: 4 }).is_err());
    assert_eq!(bytes, [7, 0, 3, 0, 4]);
}
