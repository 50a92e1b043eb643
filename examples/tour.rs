//! A guided tour of slotmodel: each section shows one Python pattern done the Rust way, with
//! the checks moved from run time to the type system and the compiler.
//!
//! Run: `cargo run --example tour`

use std::convert::TryFrom;

use slotmodel::scope::{managed, ExitStack};
use slotmodel::{rules, Compact, Valid, Validate, View};

fn heading(title: &str) {
    println!("\n== {title} {}", "=".repeat(70_usize.saturating_sub(title.len())));
}

/// Python: `port = Bounded(min_val=1, max_val=65535)`, checked on each assignment.
#[derive(Validate, Debug)]
struct NetworkConfig {
    #[bounded(min = 1, max = 65535)]
    port: u32,
    #[bounded(0..=300)]
    timeout: u32,
    #[bounded(max = 50)]
    max_retries: u32,
}

#[derive(Validate, Debug)]
struct Server {
    #[bounded(len = 1..=32)]
    #[check(rules::predicate(|s: &String| s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'), "must be letters, digits and dashes"))]
    name: String,
    #[nested]
    network: NetworkConfig,
    #[check(rules::one_of(&["debug", "info", "warn"]))]
    log_level: String,
}

fn validated_fields() -> Result<(), Box<dyn std::error::Error>> {
    const DEFAULT: NetworkConfig = NetworkConfig::new_const(8080, 30, 3);

    heading("1. Validating descriptors: #[derive(Validate)]");
    let mut config = NetworkConfig::new(8080, 30, 3)?;
    println!("NetworkConfig::new(8080, 30, 3)  -> {config:?}");
    let err = config.set_port(99_999).unwrap_err();
    println!("config.set_port(99_999)         -> Err: {err}");
    println!(
        "config.port()                   -> {} (the refused value changed nothing)",
        config.port()
    );

    println!("\nNetworkConfig::new(0, 301, 51) reports every bad field, in order:");
    for error in NetworkConfig::new(0, 301, 51).unwrap_err() {
        println!("  - {error}");
    }

    println!("\nNested structs and reusable rules give full paths:");
    let bad = Server::new("web 1".into(), NetworkConfig::new(443, 10, 1)?, "trace".into()).unwrap_err();
    for error in &bad {
        println!("  - {error}");
    }

    println!("\nconst DEFAULT = NetworkConfig::new_const(8080, 30, 3) is checked by the compiler;");
    println!("new_const(70_000, ..) in a const would not build: \"NetworkConfig.port must be <= 65535, got 70000\"");
    let proven: Valid<NetworkConfig> = Valid::new(DEFAULT)?;
    println!(
        "Valid<NetworkConfig> can only hold a value that passed: port {}",
        proven.port()
    );
    println!("\nIntrospection, NetworkConfig::FIELDS:");
    for field in NetworkConfig::FIELDS {
        let rules: Vec<String> = field.rules.iter().map(ToString::to_string).collect();
        println!("  {:<12} {:<4} {}", field.name, field.ty, rules.join(", "));
    }
    Ok(())
}

/// Python: `class Exporter: def __init_subclass__(cls, **kw): REGISTRY[cls.name] = cls`.
#[slotmodel::registry]
pub trait Exporter {
    /// The numbers as text.
    fn export(&self, data: &[i64]) -> String;
}

#[derive(Default)]
struct CsvExporter;

/// Comma-separated values.
#[slotmodel::plugin(name = "csv")]
impl Exporter for CsvExporter {
    fn export(&self, data: &[i64]) -> String {
        data.iter().map(i64::to_string).collect::<Vec<_>>().join(",")
    }
}

#[derive(Default)]
struct JsonExporter;

/// A JSON array.
#[slotmodel::plugin(name = "json")]
impl Exporter for JsonExporter {
    fn export(&self, data: &[i64]) -> String {
        format!("{data:?}")
    }
}

fn plugin_registry() -> Result<(), Box<dyn std::error::Error>> {
    heading("2. Plugin registry: #[slotmodel::registry] + #[slotmodel::plugin]");
    let registry = slotmodel::registry::<dyn Exporter>();
    println!("one attribute per plugin, no central list; registered:");
    for plugin in registry.iter() {
        println!(
            "  {:<6} {:<26} {}:{}",
            plugin.name, plugin.about, plugin.file, plugin.line
        );
    }
    let csv = slotmodel::create::<dyn Exporter>("csv")?;
    println!("create(\"csv\").export(&[3, 1, 4])  -> {}", csv.export(&[3, 1, 4]));
    let err = slotmodel::create::<dyn Exporter>("jsn")
        .err()
        .ok_or("expected an error")?;
    println!("create(\"jsn\")                    -> Err: {err}");
    registry.check()?;
    println!("registry.check() -> Ok: no name is claimed twice (a second \"csv\" would not even link)");
    Ok(())
}

/// How a reading was taken: packs into 2 bits.
#[derive(Compact, Clone, Copy, Debug, PartialEq)]
pub enum Unit {
    /// Degrees Celsius.
    Celsius,
    /// Degrees Fahrenheit.
    Fahrenheit,
    /// Kelvin.
    Kelvin,
}

/// Python: `class SensorReading: __slots__ = ("timestamp", "value", "unit")`.
#[derive(Compact, Validate, Debug, PartialEq)]
#[slotmodel(max_size = 16)]
pub struct SensorReading {
    #[bounded(max = 4_294_967_295)]
    timestamp: u64,
    value: f32,
    unit: Unit,
}

fn compact_layouts() -> Result<(), Box<dyn std::error::Error>> {
    heading("3. Compact layouts: #[derive(Compact)]");
    let reading = SensorReading::new(1_700_000_000, 21.5, Unit::Celsius)?;
    let mut packed = SensorReadingPacked::try_from(&reading)?;
    println!("{}", SensorReading::LAYOUT);
    println!(
        "\nSensorReadingPacked::SIZE = {} bytes, align 1 (Python __slots__: 124.4 B per reading)",
        SensorReadingPacked::SIZE
    );
    packed.set_unit(Unit::Kelvin);
    println!("packed.set_unit(Kelvin)              -> {packed:?}");
    let err = packed.set_timestamp(1 << 40).unwrap_err();
    println!("packed.set_timestamp(1 << 40)        -> Err: {err}");
    println!("packed.unpack() == original but unit -> {:?}", packed.unpack());
    println!("#[slotmodel(max_size = 16)] would stop the build if SensorReading outgrew 16 bytes");
    Ok(())
}

/// Python: `memoryview(buf)[0:1028]`, then `struct.unpack` on each field.
#[derive(View, Debug, PartialEq)]
#[view(endian = "big", size = 1028)]
pub struct Packet {
    header: [u8; 12],
    payload: [u8; 1012],
    checksum: u32,
}

fn zero_copy_views() -> Result<(), Box<dyn std::error::Error>> {
    heading("4. Zero-copy views: #[derive(View)]");
    let mut stream = vec![0_u8; 3 * 1028 + 5];
    for (i, packet) in stream.chunks_exact_mut(1028).enumerate() {
        packet[0] = u8::try_from(i)?;
        packet[1024..].copy_from_slice(&(0xC0DE_0000 + u32::try_from(i)?).to_be_bytes());
    }
    let view = PacketView::new(&stream[..1028])?;
    println!(
        "PacketView::new(&buf[..1028])  -> header[0] {}, checksum {:#x}; header borrowed, nothing copied",
        view.header()[0],
        view.checksum()
    );
    let mut records = PacketView::records(&stream);
    let sums: Vec<String> = records
        .by_ref()
        .map(|r| r.map(|p| format!("{:#x}", p.checksum())))
        .collect::<Result<_, _>>()?;
    println!(
        "PacketView::records(&stream)   -> checksums {}, {} bytes left over",
        sums.join(", "),
        records.remainder().len()
    );
    println!(
        "PacketView::new(&buf[..1000])  -> Err: {}",
        PacketView::new(&stream[..1000]).err().ok_or("expected an error")?
    );
    let mut view = PacketViewMut::new(&mut stream[..1028])?;
    view.set_checksum(0xDEAD_BEEF);
    println!(
        "PacketViewMut::set_checksum    -> bytes 1024..1028 now {:02x?}",
        &stream[1024..1028]
    );
    Ok(())
}

fn scoped_lifecycles() -> Result<(), Box<dyn std::error::Error>> {
    heading("5. Scoped lifecycles: slotmodel::scope (@contextmanager, ExitStack)");
    let mut conn = rusqlite::Connection::open_in_memory()?;
    conn.execute_batch("CREATE TABLE users (name TEXT, tier TEXT); CREATE TABLE audit (note TEXT UNIQUE); INSERT INTO users VALUES ('ada', 'free'); INSERT INTO audit VALUES ('v1');")?;
    let tiers = |conn: &rusqlite::Connection| {
        conn.query_row("SELECT group_concat(tier) FROM users", [], |r| r.get::<_, String>(0))
    };
    let failed = managed("user_migration", conn.transaction()?, |tx| {
        tx.execute("UPDATE users SET tier = 'pro'", [])?;
        tx.execute("INSERT INTO audit VALUES ('v1')", []) // breaks UNIQUE
    });
    println!(
        "managed(..) whose 2nd statement fails -> Err: {}",
        failed.err().ok_or("expected an error")?
    );
    println!(
        "  tiers after the rollback: {} (the 1st statement was undone)",
        tiers(&conn)?
    );
    managed("user_migration", conn.transaction()?, |tx| {
        tx.execute("UPDATE users SET tier = 'pro'", [])?;
        tx.execute("INSERT INTO audit VALUES ('v2')", [])
    })?;
    println!(
        "managed(..) that succeeds              -> committed; tiers now {}",
        tiers(&conn)?
    );

    let order = std::cell::RefCell::new(Vec::new());
    let stack: ExitStack<'_, String> = ExitStack::new();
    for name in ["db", "cache", "socket"] {
        let order = &order;
        stack.defer(move || {
            order.borrow_mut().push(name);
            if name == "cache" {
                Err(format!("{name} refused to close"))
            } else {
                Ok(())
            }
        });
    }
    let errors = stack.close().err().ok_or("expected an error")?;
    println!(
        "ExitStack::close() ran {:?} (last in, first out) and reported: {errors}",
        order.borrow()
    );
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    println!("slotmodel tour: Python's class-level patterns, checked by the Rust compiler");
    validated_fields()?;
    plugin_registry()?;
    compact_layouts()?;
    zero_copy_views()?;
    scoped_lifecycles()?;
    println!("\nDone. Each section has its own example: `cargo run --example network_config`, `exporters`, `cli_router -- help`, `million_readings`, `packets`, `batch_files`, and `cargo run -p slotmodel-interop --example transaction`.");
    Ok(())
}
