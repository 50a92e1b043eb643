//! A conditional field in a format no one here wrote: `SQLite`'s b-tree pages, whose header is 8
//! bytes on a leaf and 12 on an interior page, which adds the right-most child's page number
//! (`#[view(when = kind == 2 || kind == 5)]`). The database is written by `SQLite` through
//! Python's `sqlite3` module, and every page is held to what `SQLite`'s `dbstat` table reports:
//! its kind, its cell count, and which page each child pointer leads to.

#[path = "support/tools.rs"]
mod tools;

use std::collections::HashMap;
use std::process::Command;

use slotmodel::View;

/// The 100-byte header at the start of a database file (the fields this test reads, then the rest).
#[derive(View, Debug)]
#[view(endian = "big")]
pub struct DatabaseHeader {
    magic: [u8; 16],
    page_size: u16,
    write_version: u8,
    read_version: u8,
    reserved_per_page: u8,
    #[view(skip = 3)]
    change_counter: u32,
    page_count: u32,
    rest: [u8; 68],
}

/// A b-tree page's header and its cell pointers (offsets from the start of the page).
#[derive(View, Debug, PartialEq, Clone)]
#[view(endian = "big")]
pub struct BTreePage {
    /// 2: interior index page, 5: interior table page, 10: leaf index page, 13: leaf table page.
    kind: u8,
    first_freeblock: u16,
    cells: u16,
    content_start: u16,
    fragmented_bytes: u8,
    #[view(when = kind == 2 || kind == 5)]
    right_most: Option<u32>,
    #[view(count = cells)]
    cell_pointers: Vec<u16>,
}

/// What `dbstat` says of one page.
#[derive(Debug)]
struct Reported {
    interior: bool,
    cells: u16,
    /// The page's place in its tree: `/` for the root, `/000/` for its first child.
    path: String,
    tree: String,
}

/// Writes the database into `dir`; its bytes and the `dbstat` rows by page number, or `None`
/// when python3 is missing (reported as skipped).
fn database(test: &str, dir: &std::path::Path) -> Option<(Vec<u8>, HashMap<u32, Reported>)> {
    let path = dir.join("readings.db");
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/support/write_sqlite.py");
    let install = "install it with `apt-get install python3`";
    let output = tools::output(test, Command::new("python3").arg(script).arg(&path), install)?;
    let pages = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|line| {
            let [pageno, kind, cells, path, tree] = line.split(' ').collect::<Vec<_>>()[..] else {
                panic!("unexpected dbstat line {line:?}")
            };
            let page = Reported {
                interior: kind == "internal",
                cells: cells.parse().unwrap(),
                path: path.to_owned(),
                tree: tree.to_owned(),
            };
            (pageno.parse().unwrap(), page)
        })
        .collect();
    Some((std::fs::read(path).unwrap(), pages))
}

#[test]
fn every_b_tree_page_sqlite_wrote_reads_as_dbstat_reports_it() {
    const TEST: &str = "every_b_tree_page_sqlite_wrote_reads_as_dbstat_reports_it";
    let dir = tempfile::tempdir().unwrap();
    let Some((file, reported)) = database(TEST, dir.path()) else {
        return;
    };
    let header = DatabaseHeaderView::new(&file[..100]).unwrap();
    assert_eq!(header.magic(), b"SQLite format 3\0");
    let page_size = usize::from(header.page_size());
    assert_eq!(page_size, 1024);
    assert_eq!(file.len(), page_size * header.page_count() as usize);
    let by_path: HashMap<(&str, &str), u32> = reported
        .iter()
        .map(|(&page, r)| ((r.tree.as_str(), r.path.as_str()), page))
        .collect();

    let (mut interior, mut leaves, mut deepest) = (0, 0, 0);
    for (&number, expected) in &reported {
        let start = (number as usize - 1) * page_size;
        let page = &file[start..start + page_size];
        // Page 1 holds the file header first; its offsets still count from the page's start.
        let at = if number == 1 { 100 } else { 0 };
        let (view, _) = BTreePageView::new_prefix(&page[at..]).unwrap();
        assert_eq!(view.cells(), expected.cells, "page {number}");
        assert_eq!(
            view.right_most().is_some(),
            expected.interior,
            "page {number}: {view:?}"
        );
        assert_eq!(view.right_most().is_some(), matches!(view.kind(), 2 | 5));
        deepest = deepest.max(expected.path.matches('/').count() - 1);
        let child = |index: usize| {
            by_path[&(
                expected.tree.as_str(),
                format!("{}{index:03x}/", expected.path).as_str(),
            )]
        };
        if let Some(right_most) = view.right_most() {
            interior += 1;
            assert_eq!(right_most, child(usize::from(view.cells())), "page {number}");
            // An interior cell starts with its left child's page number.
            for (index, pointer) in view.cell_pointers().iter().enumerate() {
                let cell = usize::from(pointer);
                let left = u32::from_be_bytes(page[cell..cell + 4].try_into().unwrap());
                assert_eq!(left, child(index), "page {number}, cell {index}");
            }
        } else {
            leaves += 1;
            assert!(view
                .cell_pointers()
                .iter()
                .all(|p| p >= view.content_start() && usize::from(p) < page_size));
        }
        let owned = view.to_owned();
        let mut out = vec![0; owned.view_len()];
        assert_eq!(owned.write_to(&mut out), Ok(view.as_bytes().len()));
        assert_eq!(out, view.as_bytes(), "page {number} writes back");
    }
    assert!(
        interior >= 4 && leaves >= 40 && deepest >= 2,
        "{interior} interior, {leaves} leaves, {deepest} levels below a root"
    );
}

#[test]
fn a_header_whose_kind_disagrees_with_its_right_most_child_is_refused_on_write() {
    let leaf = BTreePage {
        kind: 13,
        first_freeblock: 0,
        cells: 1,
        content_start: 1000,
        fragmented_bytes: 0,
        right_most: Some(7),
        cell_pointers: vec![1000],
    };
    let error = leaf.write_to(&mut [0; 14]).unwrap_err().to_string();
    assert!(
        error.contains("right_most") && error.contains("kind == 2 || kind == 5"),
        "{error}"
    );
    let interior = BTreePage { kind: 5, ..leaf };
    let mut out = [0; 14];
    assert_eq!(interior.write_to(&mut out), Ok(14));
    assert_eq!(out, [5, 0, 0, 0, 1, 3, 232, 0, 0, 0, 0, 7, 3, 232]);
    assert_eq!(BTreePageView::new(&out).unwrap().to_owned(), interior);
}

mod properties {
    use super::BTreePageView;
    use proptest::prelude::*;

    proptest! {
        /// Any bytes: a page header is read or refused, never a panic, and what is read writes
        /// back to the bytes it was read from.
        #[test]
        fn any_bytes_as_a_page_header_never_panic_and_write_back(
            kind in prop::sample::select(vec![2_u8, 5, 10, 13, 0, 255]),
            rest in prop::collection::vec(any::<u8>(), 0..40),
        ) {
            let mut bytes = vec![kind];
            bytes.extend(rest);
            if let Ok((view, _)) = BTreePageView::new_prefix(&bytes) {
                let owned = view.to_owned();
                let mut out = vec![0; owned.view_len()];
                prop_assert_eq!(owned.write_to(&mut out), Ok(view.as_bytes().len()));
                prop_assert_eq!(&out[..], view.as_bytes());
                prop_assert_eq!(view.right_most().is_some(), kind == 2 || kind == 5);
            }
        }
    }
}
