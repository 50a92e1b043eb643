#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| slotmodel_fuzz::checks::registry_config(data));
