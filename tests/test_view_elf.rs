//! ELF headers of this test's own executable, read through fixed-size views and record tables,
//! held field by field to what `readelf` reports for the same file.

#[path = "support/tools.rs"]
mod tools;

use std::process::Command;

use slotmodel::View;

/// The ELF64 file header (little-endian, as on x86-64 and `AArch64` Linux).
#[derive(View, Debug, PartialEq)]
#[view(size = 64)]
pub struct FileHeader {
    ident: [u8; 16],
    kind: u16,
    machine: u16,
    version: u32,
    entry: u64,
    program_headers: u64,
    section_headers: u64,
    flags: u32,
    header_size: u16,
    program_header_size: u16,
    program_header_count: u16,
    section_header_size: u16,
    section_header_count: u16,
    section_names: u16,
}

/// One ELF64 section header.
#[derive(View, Debug, PartialEq)]
#[view(size = 64)]
pub struct SectionHeader {
    name: u32,
    kind: u32,
    flags: u64,
    address: u64,
    offset: u64,
    size: u64,
    link: u32,
    info: u32,
    align: u64,
    entry_size: u64,
}

/// One ELF64 program header.
#[derive(View, Debug, PartialEq)]
#[view(size = 56)]
pub struct ProgramHeader {
    kind: u32,
    flags: u32,
    offset: u64,
    virtual_address: u64,
    physical_address: u64,
    file_size: u64,
    memory_size: u64,
    align: u64,
}

const TEST: &str = "sections_and_segments_match_readelf";

/// What `readelf` prints for `file`, or `None` after saying that it is not installed.
fn readelf(args: &[&str], file: &std::path::Path) -> Option<String> {
    let install = "install it with `apt-get install binutils`";
    let output = tools::output(TEST, Command::new("readelf").args(args).arg(file), install)?;
    Some(String::from_utf8_lossy(&output.stdout).into_owned())
}

fn hex(text: &str) -> u64 {
    u64::from_str_radix(text.trim_start_matches("0x"), 16).unwrap()
}

fn usize_of(value: u64) -> usize {
    usize::try_from(value).unwrap()
}

#[test]
fn sections_and_segments_match_readelf() {
    let exe = std::env::current_exe().unwrap();
    let file = std::fs::read(&exe).unwrap();
    if file.get(..4) != Some(b"\x7fELF") || file[4] != 2 || file[5] != 1 {
        let why = format!("{} is not a little-endian ELF64 file", exe.display());
        tools::missing(TEST, &why, "run it on x86-64 or AArch64 Linux");
        return;
    }
    let (header, _) = FileHeaderView::new_prefix(&file).unwrap();
    let Some(sections_text) = readelf(&["-S", "-W"], &exe) else {
        return;
    };

    let start = usize_of(header.section_headers());
    let count = usize::from(header.section_header_count());
    let table = SectionHeaderView::slice(&file[start..start + count * 64]).unwrap();
    assert_eq!(table.len(), count);
    let names = table.get(usize::from(header.section_names())).unwrap();
    let strings = &file[usize_of(names.offset())..usize_of(names.offset() + names.size())];
    let name_of = |section: &SectionHeaderView<'_>| {
        let from = &strings[section.name() as usize..];
        String::from_utf8_lossy(&from[..from.iter().position(|&b| b == 0).unwrap()]).into_owned()
    };
    // `[Nr] Name Type Address Off Size ES Flg Lk Inf Al`, one line per section.
    let rows: Vec<Vec<&str>> = sections_text
        .lines()
        .filter_map(|line| line.trim_start().strip_prefix('[').and_then(|l| l.split_once(']')))
        .filter(|(number, _)| number.trim().parse::<usize>().is_ok())
        .map(|(_, rest)| rest.split_whitespace().collect())
        .collect();
    assert_eq!(rows.len(), count, "readelf lists every section");
    for (i, row) in rows.iter().enumerate().skip(1) {
        let section = table.get(i).unwrap();
        assert_eq!(name_of(&section), row[0], "section {i} name");
        assert_eq!(section.address(), hex(row[2]), "{} address", row[0]);
        assert_eq!(section.offset(), hex(row[3]), "{} offset", row[0]);
        assert_eq!(section.size(), hex(row[4]), "{} size", row[0]);
    }

    let Some(segments_text) = readelf(&["-l", "-W"], &exe) else {
        return;
    };
    let start = usize_of(header.program_headers());
    let count = usize::from(header.program_header_count());
    let segments = ProgramHeaderView::slice(&file[start..start + count * 56]).unwrap();
    // `Type Offset VirtAddr PhysAddr FileSiz MemSiz Flg Align`, one line per segment.
    let rows: Vec<Vec<&str>> = segments_text
        .lines()
        .map(|line| line.split_whitespace().collect::<Vec<_>>())
        .filter(|words| words.len() >= 7 && words[1].starts_with("0x") && words[2].starts_with("0x"))
        .collect();
    assert_eq!(rows.len(), segments.len(), "readelf lists every segment");
    for (segment, row) in segments.iter().zip(&rows) {
        assert_eq!(segment.offset(), hex(row[1]), "{} offset", row[0]);
        assert_eq!(segment.virtual_address(), hex(row[2]), "{} address", row[0]);
        assert_eq!(segment.file_size(), hex(row[4]), "{} file size", row[0]);
        assert_eq!(segment.memory_size(), hex(row[5]), "{} memory size", row[0]);
    }
}

#[test]
fn a_table_is_checked_once_and_read_in_o1() {
    #[derive(View, Debug, PartialEq)]
    struct Pair {
        #[bounded(max = 9)]
        digit: u8,
        on: bool,
    }
    let table = PairView::slice(&[1, 0, 9, 1, 3, 0]).unwrap();
    assert_eq!((table.len(), table.get(1).map(|p| p.digit())), (3, Some(9)));
    assert!(table.get(3).is_none());
    assert_eq!(table.iter().filter(PairView::on).count(), 1);
    assert_eq!(
        PairView::slice(&[1, 0, 12, 1]).unwrap_err().to_string(),
        "Pair[1].digit at byte 2 must be <= 9, got 12"
    );
    assert_eq!(
        PairView::slice(&[1, 0, 9]).unwrap_err().to_string(),
        "Pair needs 4 bytes, got 3"
    );
    assert!(PairView::slice(&[]).unwrap().is_empty());
}
