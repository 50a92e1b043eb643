//! Variable-length views over arbitrary bytes: nothing panics, whatever `new_prefix` accepts
//! reads through every getter and writes back to the same bytes, and written records read back.

use proptest::prelude::*;
use slotmodel::View;

#[derive(View, Debug, PartialEq, Clone, Copy)]
#[view(endian = "big")]
struct Entry {
    id: u16,
    on: bool,
}

#[derive(View, Debug, PartialEq, Clone)]
#[view(endian = "big")]
struct Record {
    tag: u8,
    len: u16,
    count: i8,
    #[view(len = len)]
    data: Vec<u8>,
    #[view(count = count)]
    entries: Vec<Entry>,
    #[view(skip = 1)]
    tail: u32,
}

fn record() -> impl Strategy<Value = Record> {
    (
        any::<u8>(),
        prop::collection::vec(any::<u8>(), 0..40),
        prop::collection::vec((any::<u16>(), any::<bool>()), 0..10),
        any::<u32>(),
    )
        .prop_map(|(tag, data, entries, tail)| Record {
            tag,
            len: u16::try_from(data.len()).unwrap(),
            count: i8::try_from(entries.len()).unwrap(),
            data,
            entries: entries.into_iter().map(|(id, on)| Entry { id, on }).collect(),
            tail,
        })
}

proptest! {
    #[test]
    fn written_records_read_back(records in prop::collection::vec(record(), 0..8)) {
        let mut stream = Vec::new();
        for r in &records {
            let mut out = vec![0; r.view_len()];
            prop_assert_eq!(r.write_to(&mut out), Ok(out.len()));
            stream.extend_from_slice(&out);
        }
        let read: Vec<Record> = RecordView::records(&stream).map(|v| v.unwrap().to_owned()).collect();
        prop_assert_eq!(read, records);
    }

    #[test]
    fn changed_records_never_panic(r in record(), at in any::<prop::sample::Index>(), value in any::<u8>()) {
        let mut bytes = vec![0; r.view_len()];
        r.write_to(&mut bytes).unwrap();
        let at = at.index(bytes.len());
        bytes[at] = value;
        reads_and_writes_back(&bytes)?;
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..120)) {
        reads_and_writes_back(&bytes)?;
    }
}

fn reads_and_writes_back(bytes: &[u8]) -> Result<(), TestCaseError> {
    {
        if let Ok((view, rest)) = RecordView::new_prefix(bytes) {
            let _ = (
                view.tag(),
                view.len(),
                view.count(),
                view.data(),
                view.tail(),
                format!("{view:?}"),
            );
            prop_assert_eq!(view.entries().iter().count(), view.entries().len());
            let owned = view.to_owned();
            let mut out = vec![0; owned.view_len()];
            owned.write_to(&mut out).unwrap();
            let mut expected = view.as_bytes().to_vec();
            expected[4 + owned.data.len() + owned.entries.len() * 3] = 0; // the reserved byte
            prop_assert_eq!(out, expected);
            prop_assert_eq!(view.as_bytes().len() + rest.len(), bytes.len());
        }
        let _ = RecordView::records(bytes).count();
    }
    Ok(())
}
