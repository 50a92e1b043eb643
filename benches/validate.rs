//! A validated setter against the hand-written check it replaces and against a plain
//! assignment. The generated setter should compile to the same comparison as the `if`.
#![allow(missing_docs)]

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use slotmodel::{ErrorKind, FieldError, Number, Validate};

#[derive(Validate)]
struct NetworkConfig {
    #[bounded(min = 1, max = 65535)]
    port: u32,
}

struct HandWritten {
    port: u32,
}

impl HandWritten {
    // The same error the generated setter returns, so only the check itself differs.
    fn set_port(&mut self, port: u32) -> Result<(), FieldError> {
        if !(1..=65535).contains(&port) {
            let kind = if port < 1 {
                ErrorKind::BelowMin {
                    min: Number::Unsigned(1),
                    got: Number::from(port),
                }
            } else {
                ErrorKind::AboveMax {
                    max: Number::Unsigned(65535),
                    inclusive: true,
                    got: Number::from(port),
                }
            };
            return Err(FieldError::new("HandWritten", "port", kind));
        }
        self.port = port;
        Ok(())
    }
}

struct Plain {
    port: u32,
}

fn ports() -> Vec<u32> {
    (0..1024_u32).map(|i| 1 + (i * 61) % 65_535).collect()
}

fn setters(c: &mut Criterion) {
    let ports = ports();
    let mut group = c.benchmark_group("set 1024 ports");
    group.throughput(Throughput::Elements(ports.len() as u64));
    group.bench_function("slotmodel setter", |b| {
        let mut config = NetworkConfig::new(8080).unwrap();
        b.iter(|| {
            for &port in black_box(&ports) {
                black_box(config.set_port(port)).unwrap();
            }
            black_box(config.port())
        });
    });
    group.bench_function("hand-written if", |b| {
        let mut config = HandWritten { port: 8080 };
        b.iter(|| {
            for &port in black_box(&ports) {
                black_box(config.set_port(port)).unwrap();
            }
            black_box(config.port)
        });
    });
    group.bench_function("plain assignment", |b| {
        let mut config = Plain { port: 8080 };
        b.iter(|| {
            for &port in black_box(&ports) {
                config.port = black_box(port);
            }
            black_box(config.port)
        });
    });
    group.finish();
}

criterion_group!(benches, setters);
criterion_main!(benches);
