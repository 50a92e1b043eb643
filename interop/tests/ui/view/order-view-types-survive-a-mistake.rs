use slotmodel::{Endian, View};

#[derive(View)]
#[view(endian = runtime)]
struct Record {
    #[view(lenght = 4)]
    value: u32,
}

#[derive(View)]
#[view(big_if = magic == 0xFEFF)]
struct Header {
    magic: u16,
}

fn main() {
    let bytes = [0_u8; 4];
    let record = RecordView::new(&bytes, Endian::Big).unwrap();
    let _: Endian = record.endian();
    let _ = RecordView::records(&bytes, Endian::Little).count();
    let _: Record = record.to_owned();
    let header = HeaderView::new(&bytes).unwrap();
    let _: Endian = header.endian();
}
