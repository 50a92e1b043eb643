//! Opening packed files and variable-length views from arbitrary bytes: no input panics, and
//! whatever is accepted is exactly what writing its records produces.

use slotmodel::{Compact, PackedSlice, PackedVec, View};

#[derive(Compact, Debug, Clone, Copy, PartialEq)]
enum Mode {
    A,
    B,
    C,
}

#[derive(Compact, Debug, Clone, Copy, PartialEq)]
struct Record {
    #[bounded(-4000..=4000)]
    level: i16,
    mode: Mode,
    #[bounded(1..=100)]
    percent: Option<u8>,
    code: char,
}

#[derive(View, Debug, PartialEq, Clone, Copy)]
#[view(endian = "big")]
struct Entry {
    id: u16,
    on: bool,
}

#[derive(View, Debug, PartialEq, Clone)]
#[view(endian = "big")]
struct Chunk {
    len: u16,
    count: i8,
    #[view(len = len)]
    data: Vec<u8>,
    #[view(count = count)]
    entries: Vec<Entry>,
    crc: u32,
}

/// The first byte picks how the rest is read: as a whole file, behind a valid header, or as a
/// stream of variable-length records.
pub fn packed_file(data: &[u8]) {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    match mode % 3 {
        0 => open(rest),
        1 => {
            let mut file = PackedVec::<Record>::new().to_file_bytes();
            file.truncate(file.len() - 8); // the count, replaced by the input's
            file.extend_from_slice(rest);
            open(&file);
        }
        _ => chunks(rest),
    }
}

fn open(file: &[u8]) {
    if let Ok(slice) = PackedSlice::<Record>::from_file(file) {
        let again = PackedVec::<Record>::try_from_iter(slice.iter()).expect("accepted records pass their rules");
        assert_eq!(
            again.to_file_bytes(),
            file,
            "an accepted file is what its records write"
        );
    }
}

fn chunks(stream: &[u8]) {
    let mut records = ChunkView::records(stream);
    for chunk in records.by_ref() {
        let Ok(chunk) = chunk else { break };
        let owned = chunk.to_owned();
        assert_eq!(usize::from(chunk.len()), chunk.data().len());
        assert_eq!(chunk.entries().iter().count(), owned.entries.len());
        let mut out = vec![0; owned.view_len()];
        assert_eq!(owned.write_to(&mut out), Ok(out.len()));
        assert_eq!(out, chunk.as_bytes(), "an accepted chunk is what writing it produces");
    }
    assert!(records.remainder().len() <= stream.len());
}
