//! The reusable validating descriptor, done at compile time.
//!
//! Python checks `port = Bounded(min_val=1, max_val=65535)` on every assignment at run time.
//! Here the rules live in the type: fields stay private, and the only ways in are a
//! constructor that reports every bad field and setters that keep the old value on refusal.
//!
//! Run: `cargo run --example network_config`

use slotmodel::{Valid, Validate};

const MAX_RETRIES: u32 = 50;

/// A service's network settings.
#[derive(Validate, Debug)]
pub struct NetworkConfig {
    #[bounded(min = 1, max = 65535)]
    port: u32,
    #[bounded(0..=300)]
    timeout: u32,
    #[bounded(max = MAX_RETRIES)]
    max_retries: u32,
}

/// A checked constant: an out-of-range value here would stop the build.
const DEFAULT: NetworkConfig = NetworkConfig::new_const(8080, 30, 3);

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut config = NetworkConfig::new(8080, 30, 3)?;
    println!("created:         {config:?}");

    match config.set_port(99_999) {
        Ok(()) => return Err("set_port accepted 99999, over the bound of 65535".into()),
        Err(err) => println!("refused:         {err}"),
    }
    println!("port unchanged:  {}", config.port());

    config.set_timeout(120)?;
    println!("timeout set:     {}", config.timeout());

    println!("\nevery bad field at once:");
    let errors = NetworkConfig::new(0, 301, 51)
        .err()
        .ok_or("NetworkConfig::new accepted port 0, timeout 301 and 51 retries")?;
    for error in &errors {
        println!("  {error}   (field `{}`, {:?})", error.field(), error.kind());
    }

    println!("\nthe rules, as data (NetworkConfig::FIELDS):");
    for field in NetworkConfig::FIELDS {
        let rules: Vec<String> = field.rules.iter().map(ToString::to_string).collect();
        println!("  {:<12} {:<4} {}", field.name, field.ty, rules.join(", "));
    }

    let checked: Valid<NetworkConfig> = Valid::new(DEFAULT)?;
    println!("\nconst default, proven valid: port {}", checked.port());
    Ok(())
}
