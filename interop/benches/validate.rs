//! A validated setter against the hand-written check it replaces and against a plain
//! assignment: the generated setter should compile to the same comparison as the `if`. And
//! `validate` of a record of six ranged integers against the hand-written checks.
#![allow(missing_docs)]

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use slotmodel::Validate;

#[derive(Validate)]
struct NetworkConfig {
    #[bounded(min = 1, max = 65535)]
    port: u32,
}

struct HandWritten {
    port: u32,
}

/// What a careful hand-written setter returns: struct, field, bound and value, no allocation.
#[allow(dead_code, reason = "returned for the caller; the benchmark reads only the field")]
#[derive(Debug)]
struct HandError {
    struct_name: &'static str,
    field: &'static str,
    bound: u32,
    value: u32,
    above: bool,
}

impl HandWritten {
    fn set_port(&mut self, port: u32) -> Result<(), HandError> {
        if !(1..=65535).contains(&port) {
            let above = port > 65535;
            return Err(HandError {
                struct_name: "HandWritten",
                field: "port",
                bound: if above { 65535 } else { 1 },
                value: port,
                above,
            });
        }
        self.port = port;
        Ok(())
    }
}

struct Plain {
    port: u32,
}

/// 1024 ports, all in range, or with every 16th out of range (alternately 0 and 70000).
fn ports(refused_every_16th: bool) -> Vec<u32> {
    (0..1024_u32)
        .map(|i| match i % 32 {
            15 if refused_every_16th => 0,
            31 if refused_every_16th => 70_000,
            _ => 1 + (i * 61) % 65_535,
        })
        .collect()
}

/// Every port through the slotmodel setter, each result used where it is returned, as a caller
/// that counts refusals and reads the refused field does (what a user pays). Each loop is a
/// function of its own, compiled alike whatever surrounds it in the benchmark.
#[inline(never)]
fn set_all_read(config: &mut NetworkConfig, ports: &[u32]) -> usize {
    let mut read = 0_usize;
    for &port in ports {
        read += match config.set_port(port) {
            Ok(()) => 1,
            Err(error) => error.field().len(),
        };
    }
    read
}

/// The same loop through the hand-written setter.
#[inline(never)]
fn set_all_read_by_hand(config: &mut HandWritten, ports: &[u32]) -> usize {
    let mut read = 0_usize;
    for &port in ports {
        read += match config.set_port(port) {
            Ok(()) => 1,
            Err(error) => error.field.len(),
        };
    }
    read
}

/// Every port through the slotmodel setter, each result handed to opaque code (`black_box`),
/// which must then keep it whole and run its drop glue.
#[inline(never)]
fn set_all_opaque(config: &mut NetworkConfig, ports: &[u32]) -> usize {
    let mut accepted = 0_usize;
    for &port in ports {
        accepted += usize::from(black_box(config.set_port(port)).is_ok());
    }
    accepted
}

/// The same loop through the hand-written setter.
#[inline(never)]
fn set_all_opaque_by_hand(config: &mut HandWritten, ports: &[u32]) -> usize {
    let mut accepted = 0_usize;
    for &port in ports {
        accepted += usize::from(black_box(config.set_port(port)).is_ok());
    }
    accepted
}

/// Each setter two ways: its result used where it is returned, and handed to opaque code.
fn setters(c: &mut Criterion) {
    for (label, refused) in [("all accepted", false), ("1 in 16 refused", true)] {
        let ports = ports(refused);
        let mut group = c.benchmark_group(format!("set 1024 ports, {label}"));
        group.throughput(Throughput::Elements(ports.len() as u64));
        group.bench_function("slotmodel setter, error read", |b| {
            let mut config = NetworkConfig::new(8080).unwrap();
            b.iter(|| (set_all_read(&mut config, black_box(&ports)), black_box(config.port())));
        });
        group.bench_function("hand-written if, error read", |b| {
            let mut config = HandWritten { port: 8080 };
            b.iter(|| {
                (
                    set_all_read_by_hand(&mut config, black_box(&ports)),
                    black_box(config.port),
                )
            });
        });
        group.bench_function("slotmodel setter, result to opaque code", |b| {
            let mut config = NetworkConfig::new(8080).unwrap();
            b.iter(|| (set_all_opaque(&mut config, black_box(&ports)), black_box(config.port())));
        });
        group.bench_function("hand-written if, result to opaque code", |b| {
            let mut config = HandWritten { port: 8080 };
            b.iter(|| {
                (
                    set_all_opaque_by_hand(&mut config, black_box(&ports)),
                    black_box(config.port),
                )
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
}

#[derive(Validate, Clone, Copy)]
struct Record {
    #[bounded(min = 1, max = 65535)]
    port: u32,
    #[bounded(min = 0, max = 3600)]
    timeout: u32,
    #[bounded(min = 0, max = 10)]
    retries: u32,
    #[bounded(min = -40, max = 85)]
    celsius: i16,
    #[bounded(min = 1, max = 100)]
    percent: u8,
    #[bounded(min = 0, max = 1_000_000)]
    budget: u64,
}

/// The same rules as `Record`'s, written out; the count of refused fields stands for the errors.
fn hand_checks(r: &Record) -> usize {
    usize::from(!(1..=65535).contains(&r.port))
        + usize::from(!(0..=3600).contains(&r.timeout))
        + usize::from(!(0..=10).contains(&r.retries))
        + usize::from(!(-40..=85).contains(&r.celsius))
        + usize::from(!(1..=100).contains(&r.percent))
        + usize::from(!(0..=1_000_000).contains(&r.budget))
}

fn validate(c: &mut Criterion) {
    let records: Vec<Record> = (0..1024_u32)
        .map(|i| {
            Record::new(
                1 + i * 61 % 65_535,
                i % 3600,
                i % 11,
                -40 + (i % 126) as i16,
                1 + (i % 100) as u8,
                u64::from(i) * 977,
            )
            .unwrap()
        })
        .collect();
    let mut group = c.benchmark_group("validate 1024 records of 6 fields");
    group.throughput(Throughput::Elements(records.len() as u64));
    group.bench_function("slotmodel validate", |b| {
        b.iter(|| black_box(&records).iter().filter(|r| r.validate().is_err()).count());
    });
    group.bench_function("hand-written checks", |b| {
        b.iter(|| black_box(&records).iter().map(hand_checks).sum::<usize>());
    });
    group.finish();
}

/// A sign-up form: email, url, three lengths, a pattern and two ranges, the same rules in both.
#[derive(Validate, Clone)]
struct SignUp {
    #[check(email)]
    email: String,
    #[check(url)]
    homepage: String,
    #[bounded(len = 2..=32)]
    #[check(pattern = "^[a-z][a-z0-9_]*$")]
    username: String,
    #[bounded(len = 1..=64)]
    display_name: String,
    #[bounded(len = 0..=280)]
    bio: String,
    #[bounded(min = 13, max = 130)]
    age: u32,
    #[bounded(min = 0, max = 10)]
    referrals: u32,
}

#[derive(garde::Validate)]
struct GardeSignUp {
    #[garde(email)]
    email: String,
    #[garde(url)]
    homepage: String,
    #[garde(length(chars, min = 2, max = 32), pattern(r"^[a-z][a-z0-9_]*$"))]
    username: String,
    #[garde(length(chars, min = 1, max = 64))]
    display_name: String,
    #[garde(length(chars, min = 0, max = 280))]
    bio: String,
    #[garde(range(min = 13, max = 130))]
    age: u32,
    #[garde(range(min = 0, max = 10))]
    referrals: u32,
}

fn forms(c: &mut Criterion) {
    // One in eight forms breaks a rule, each rule in turn.
    let forms: Vec<SignUp> = (0..256_u32)
        .map(|i| {
            let bad = i % 8 == 7;
            let which = (i / 8) % 7;
            SignUp {
                email: if bad && which == 0 {
                    format!("user{i}.example.com")
                } else {
                    format!("user{i}@mail.example.com")
                },
                homepage: if bad && which == 1 {
                    format!("//site{i}")
                } else {
                    format!("https://site{i}.example.org/home")
                },
                username: if bad && which == 2 {
                    format!("User{i}")
                } else {
                    format!("user_{i}")
                },
                display_name: if bad && which == 3 {
                    String::new()
                } else {
                    format!("User Number {i} ✓")
                },
                bio: "Writes Rust and reads binary formats. ".repeat(if bad && which == 4 {
                    8
                } else {
                    1 + (i % 5) as usize
                }),
                age: if bad && which == 5 { 7 } else { 13 + i % 100 },
                referrals: if bad && which == 6 { 11 } else { i % 10 },
            }
        })
        .collect();
    let garde_forms: Vec<GardeSignUp> = forms
        .iter()
        .map(|f| GardeSignUp {
            email: f.email.clone(),
            homepage: f.homepage.clone(),
            username: f.username.clone(),
            display_name: f.display_name.clone(),
            bio: f.bio.clone(),
            age: f.age,
            referrals: f.referrals,
        })
        .collect();
    let refused = forms.iter().filter(|f| f.validate().is_err()).count();
    let garde_refused = garde_forms
        .iter()
        .filter(|f| garde::Validate::validate(*f).is_err())
        .count();
    assert_eq!((refused, garde_refused), (32, 32), "both refuse the same forms");
    let mut group = c.benchmark_group("validate 256 sign-up forms");
    group.throughput(Throughput::Elements(forms.len() as u64));
    group.bench_function("slotmodel", |b| {
        b.iter(|| black_box(&forms).iter().filter(|f| f.validate().is_err()).count());
    });
    group.bench_function("garde 0.23", |b| {
        b.iter(|| {
            black_box(&garde_forms)
                .iter()
                .filter(|f| garde::Validate::validate(*f).is_err())
                .count()
        });
    });
    group.finish();
}

criterion_group!(benches, setters, validate, forms);
criterion_main!(benches);
