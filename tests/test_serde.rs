//! `Valid<T>` deserializes by validating: a configuration file is checked as it is loaded.

use serde::Deserialize;
use slotmodel::{Valid, Validate};

#[derive(Validate, Deserialize, Debug)]
struct NetworkConfig {
    #[bounded(min = 1, max = 65535)]
    port: u32,
    #[bounded(0..=300)]
    timeout: u32,
}

#[test]
fn a_valid_file_loads() {
    let config: Valid<NetworkConfig> = serde_json::from_str(r#"{"port": 8080, "timeout": 30}"#).unwrap();
    assert_eq!(config.port(), 8080);
    assert_eq!(config.into_inner().timeout(), 30);
}

#[test]
fn an_invalid_file_is_refused_with_every_error() {
    let err = serde_json::from_str::<Valid<NetworkConfig>>(r#"{"port": 0, "timeout": 301}"#).unwrap_err();
    let message = err.to_string();
    assert!(message.contains("NetworkConfig.port must be >= 1, got 0"), "{message}");
    assert!(
        message.contains("NetworkConfig.timeout must be <= 300, got 301"),
        "{message}"
    );
}

#[test]
fn a_malformed_file_reports_the_format_error() {
    let err = serde_json::from_str::<Valid<NetworkConfig>>(r#"{"port": "x"}"#).unwrap_err();
    assert!(err.is_data(), "{err}");
}

#[test]
fn valid_serializes_as_the_inner_value() {
    #[derive(Validate, serde::Serialize)]
    struct Level(#[bounded(0..=9)] u8);
    let level = Valid::new(Level::new(4).unwrap()).unwrap();
    assert_eq!(serde_json::to_string(&level).unwrap(), "4");
}
