#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| slotmodel_fuzz::checks::view_order(data));
