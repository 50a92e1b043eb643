//! `__slots__` for a million instances, done with `#[derive(Compact)]`.
//!
//! Holds 1,000,000 sensor readings as `Vec<SensorReading>`, as `Vec<SensorReadingPacked>` (each
//! rounded to whole bytes) and as a `PackedVec<SensorReading>` (66 bits each, back to back),
//! measures the heap bytes with a counting allocator, and prints bytes per reading. Compare with
//! `python3 examples/million_readings.py`, which measures the same data as Python objects.
//!
//! Run: `cargo run --release --example million_readings`

use std::alloc::{GlobalAlloc, Layout, System};
use std::convert::TryFrom;
use std::sync::atomic::{AtomicUsize, Ordering};

use slotmodel::{Compact, PackedVec, Validate};

/// Counts the bytes currently allocated, on top of the system allocator.
struct Counting;

static ALLOCATED: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is forwarded unchanged to `System`, which upholds `GlobalAlloc`'s contract;
// the counter is only arithmetic on the sizes passed in.
#[allow(
    unsafe_code,
    reason = "a global allocator is an unsafe trait; it only forwards to System"
)]
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATED.fetch_add(layout.size(), Ordering::Relaxed);
        // SAFETY: forwarded with the caller's layout.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        ALLOCATED.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: `ptr` came from `alloc` above with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// How a reading was taken.
#[derive(Compact, Clone, Copy, Debug, PartialEq)]
pub enum Unit {
    /// Degrees Celsius.
    Celsius,
    /// Degrees Fahrenheit.
    Fahrenheit,
    /// Kelvin.
    Kelvin,
}

/// One sensor reading, as in the Python `__slots__` example.
#[derive(Compact, Validate, Debug, PartialEq)]
#[slotmodel(max_size = 16)]
pub struct SensorReading {
    #[bounded(max = 4_294_967_295)]
    timestamp: u64,
    value: f32,
    unit: Unit,
}

const COUNT: usize = 1_000_000;

fn reading(i: usize) -> SensorReading {
    let unit = [Unit::Celsius, Unit::Fahrenheit, Unit::Kelvin][i % 3];
    // `i` is below one million, so the conversions are exact.
    #[allow(clippy::cast_precision_loss)]
    let value = 20.0 + (i % 100) as f32 * 0.1;
    SensorReading::new(1_700_000_000 + i as u64, value, unit).expect("the seed values are in range")
}

fn heap_bytes_of<T>(build: impl FnOnce() -> T) -> (T, usize) {
    let before = ALLOCATED.load(Ordering::Relaxed);
    let value = build();
    (value, ALLOCATED.load(Ordering::Relaxed) - before)
}

fn main() -> Result<(), String> {
    let (plain, plain_bytes) = heap_bytes_of(|| (0..COUNT).map(reading).collect::<Vec<_>>());
    let (packed, packed_bytes) = heap_bytes_of(|| {
        plain
            .iter()
            .map(|r| SensorReadingPacked::try_from(r).expect("validated on creation"))
            .collect::<Vec<_>>()
    });
    assert_eq!(packed[123_456].unpack(), plain[123_456]);
    let (bit_packed, bit_packed_bytes) =
        heap_bytes_of(|| PackedVec::try_from_iter(&plain).expect("validated on creation"));
    assert_eq!(bit_packed.get(654_321).as_ref(), Some(&plain[654_321]));

    #[allow(clippy::cast_precision_loss)]
    let per = |bytes: usize| bytes as f64 / COUNT as f64;
    println!("{}", SensorReading::LAYOUT);
    println!();
    println!("1,000,000 readings, heap bytes measured by a counting allocator:");
    println!(
        "  Vec<SensorReading>        {:>11} bytes  {:>6.1} B/reading",
        plain_bytes,
        per(plain_bytes)
    );
    println!(
        "  Vec<SensorReadingPacked>  {:>11} bytes  {:>6.1} B/reading",
        packed_bytes,
        per(packed_bytes)
    );
    println!(
        "  PackedVec<SensorReading>  {:>11} bytes  {:>6.2} B/reading ({} bits each)",
        bit_packed_bytes,
        per(bit_packed_bytes),
        SensorReading::LAYOUT.packed_bits
    );
    if bit_packed_bytes >= plain_bytes {
        return Err(format!(
            "the PackedVec takes {bit_packed_bytes} bytes, no fewer than the {plain_bytes} of the plain Vec"
        ));
    }
    println!(
        "  PackedVec is {:.2}x smaller than the plain struct",
        per(plain_bytes) / per(bit_packed_bytes)
    );
    python_side(per(bit_packed_bytes))
}

/// Runs the Python script beside this example, when Python is installed, so that all four
/// figures come from one run; a script that ran and failed, or printed no `__slots__` figure,
/// is an error.
fn python_side(packed_per_reading: f64) -> Result<(), String> {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/million_readings.py");
    let output = match std::process::Command::new("python3").arg(script).output() {
        Ok(output) => output,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            println!("(python3 not found: run `python3 examples/million_readings.py` for the Python figures)");
            return Ok(());
        }
        Err(error) => return Err(format!("python3 did not start: {error}")),
    };
    if !output.status.success() {
        return Err(format!(
            "{script} failed ({}): {}",
            output.status,
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    let output = String::from_utf8_lossy(&output.stdout);
    println!("Python on the same data, measured with tracemalloc:");
    print!("{output}");
    let slots = output
        .lines()
        .find(|l| l.contains("SlotsReading"))
        .and_then(|l| l.split_whitespace().nth(3))
        .and_then(|n| n.parse::<f64>().ok())
        .ok_or_else(|| format!("{script} printed no bytes per reading of SlotsReading"))?;
    if slots <= packed_per_reading {
        return Err(format!(
            "the __slots__ class takes {slots} bytes per reading, no more than the PackedVec's {packed_per_reading}"
        ));
    }
    println!(
        "  PackedVec is {:.1}x smaller than the __slots__ class",
        slots / packed_per_reading
    );
    Ok(())
}
