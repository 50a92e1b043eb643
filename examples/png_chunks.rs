//! Lists the chunks of a PNG file, read in place through `ChunkView::records`: each chunk's type,
//! length and whether its CRC matches. Without a file, it writes a small PNG of its own first.
//!
//! Run: `cargo run --example png_chunks -- FILE`

use slotmodel::View;

/// A PNG chunk: a big-endian length, a type, that many bytes of data, and a CRC of type and data.
#[derive(View, Debug, PartialEq)]
#[view(endian = "big")]
pub struct Chunk {
    length: u32,
    kind: [u8; 4],
    #[view(len = length)]
    data: Vec<u8>,
    crc: u32,
}

const SIGNATURE: &[u8; 8] = b"\x89PNG\r\n\x1a\n";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let bytes = if let Some(path) = std::env::args().nth(1) {
        std::fs::read(&path)?
    } else {
        println!("(no file given: listing a 4x3 grey PNG written by this example)");
        tiny_png()?
    };
    let body = bytes
        .strip_prefix(SIGNATURE)
        .ok_or("not a PNG file: no PNG signature")?;
    let mut chunks = ChunkView::records(body);
    for chunk in chunks.by_ref() {
        let chunk = chunk?;
        let mut crc = crc32fast::Hasher::new();
        crc.update(chunk.kind());
        crc.update(chunk.data());
        let verdict = if crc.finalize() == chunk.crc() {
            "CRC ok"
        } else {
            "CRC MISMATCH"
        };
        println!(
            "{:<4} {:>9} bytes  {verdict}",
            String::from_utf8_lossy(chunk.kind()),
            chunk.length()
        );
    }
    if !chunks.remainder().is_empty() {
        println!("{} bytes after the last chunk", chunks.remainder().len());
    }
    Ok(())
}

/// A valid PNG whose image data is deflate-compressed with one stored block.
fn tiny_png() -> Result<Vec<u8>, slotmodel::ViewError> {
    let (width, height) = (4_u32, 3_u32);
    let raw: Vec<u8> = (0..height)
        .flat_map(|y| {
            std::iter::once(0).chain((0..width).map(move |x| u8::try_from(x * 60 + y * 20).unwrap_or(u8::MAX)))
        })
        .collect();
    let mut zlib = vec![0x78, 0x01, 0x01];
    let len = u16::try_from(raw.len()).unwrap_or(u16::MAX);
    zlib.extend_from_slice(&len.to_le_bytes());
    zlib.extend_from_slice(&(!len).to_le_bytes());
    zlib.extend_from_slice(&raw);
    let (a, b) = raw.iter().fold((1_u32, 0_u32), |(a, b), &byte| {
        ((a + u32::from(byte)) % 65_521, (b + a + u32::from(byte)) % 65_521)
    });
    zlib.extend_from_slice(&((b << 16) | a).to_be_bytes());
    let mut header = width.to_be_bytes().to_vec();
    header.extend_from_slice(&height.to_be_bytes());
    header.extend_from_slice(&[8, 0, 0, 0, 0]); // 8-bit greyscale
    let mut png = SIGNATURE.to_vec();
    for (kind, data) in [(*b"IHDR", header), (*b"IDAT", zlib), (*b"IEND", Vec::new())] {
        let mut crc = crc32fast::Hasher::new();
        crc.update(&kind);
        crc.update(&data);
        let chunk = Chunk {
            length: u32::try_from(data.len()).unwrap_or(u32::MAX),
            kind,
            data,
            crc: crc.finalize(),
        };
        let at = png.len();
        png.resize(at + chunk.view_len(), 0);
        chunk.write_to(&mut png[at..])?;
    }
    Ok(png)
}
