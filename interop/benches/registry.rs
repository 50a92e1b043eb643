//! Plugin creation by name against direct construction; lookups (hits and misses, a 1,000,000-byte
//! name and `""` among them) in registries of 10 and 1,000 plugins; the name → slot map of the
//! registry beside the standard maps; and the one-time cost of building a 1,000-plugin map.
#![allow(missing_docs)]

use std::collections::{BTreeMap, HashMap};
use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use slotmodel::{PluginEntry, PluginInfo, Registry};

#[slotmodel::registry]
pub trait Exporter {
    fn export(&self, data: &[i64]) -> String;
}

#[derive(Default)]
pub struct CsvExporter;

#[slotmodel::plugin(name = "csv")]
impl Exporter for CsvExporter {
    fn export(&self, data: &[i64]) -> String {
        data.iter().map(i64::to_string).collect::<Vec<_>>().join(",")
    }
}

/// Holds data, so that boxing it allocates (boxing the unit `CsvExporter` does not).
#[derive(Default)]
pub struct JsonExporter {
    indent: String,
}

#[slotmodel::plugin(name = "json")]
impl Exporter for JsonExporter {
    fn export(&self, data: &[i64]) -> String {
        format!("{}{data:?}", self.indent)
    }
}

/// `count` generated plugin names: `plugin-0000`, `plugin-0001`, ...
fn names(count: usize) -> Vec<&'static str> {
    (0..count)
        .map(|i| &*Box::leak(format!("plugin-{i:04}").into_boxed_str()))
        .collect()
}

/// A plugin of each name.
fn generated(names: &[&'static str]) -> Vec<&'static PluginEntry<dyn Exporter>> {
    names
        .iter()
        .map(|&name| {
            let info = PluginInfo::new(name, "CsvExporter");
            &*Box::leak(Box::new(PluginEntry::new(info, |()| {
                Box::new(CsvExporter) as Box<dyn Exporter>
            })))
        })
        .collect()
}

/// 10 names spread across the registry, so that neither size gets a cache advantage, and 10
/// misses: as long as the names but absent (each one edit from a name), shorter, and longer.
fn probes(names: &[&'static str]) -> (Vec<&'static str>, Vec<String>) {
    let count = names.len();
    let hits: Vec<&str> = (0..10).map(|i| names[i * count / 10]).collect();
    let mut misses: Vec<String> = hits[..6].iter().map(|name| name.replace("plugin", "plugIn")).collect();
    misses.extend(["", "p", "plugin", "plugin-00000000"].map(String::from));
    (hits, misses)
}

fn create(c: &mut Criterion) {
    let mut group = c.benchmark_group("create");
    let registry = slotmodel::registry::<dyn Exporter>();
    group.bench_function("registry.create(\"csv\")", |b| {
        b.iter(|| registry.create(black_box("csv")).unwrap());
    });
    group.bench_function("Box::new(CsvExporter)", |b| {
        b.iter(|| Box::new(black_box(CsvExporter)) as Box<dyn Exporter>);
    });
    group.bench_function("registry.create(\"json\")", |b| {
        b.iter(|| registry.create(black_box("json")).unwrap());
    });
    group.bench_function("Box::new(JsonExporter::default())", |b| {
        b.iter(|| Box::new(black_box(JsonExporter::default())) as Box<dyn Exporter>);
    });
    // Misses build an error: the name (cut to 100 bytes), a suggestion, the shared name list.
    group.bench_function("registry.create(\"jsn\") (miss, suggests \"json\")", |b| {
        b.iter(|| registry.create(black_box("jsn")).err().unwrap());
    });
    group.bench_function("registry.create(\"\") (miss)", |b| {
        b.iter(|| registry.create(black_box("")).err().unwrap());
    });
    let huge = "json".repeat(250_000);
    group.bench_function("registry.create(1,000,000-byte name) (miss)", |b| {
        b.iter(|| registry.create(black_box(&huge)).err().unwrap());
    });
    group.finish();
}

fn lookup(c: &mut Criterion) {
    let mut group = c.benchmark_group("lookup");
    for count in [10, 1_000] {
        let names = names(count);
        let registry = Registry::from_entries(generated(&names));
        let (hits, _) = probes(&names);
        registry.get(hits[0]).unwrap();
        group.bench_function(format!("10 hits in {count} plugins"), |b| {
            b.iter(|| {
                for probe in &hits {
                    black_box(registry.get(black_box(probe)).unwrap());
                }
            });
        });
        let huge = "plugin-".repeat(150_000);
        group.bench_function(format!("1,000,000-byte miss in {count} plugins"), |b| {
            b.iter(|| registry.get(black_box(&huge)).err().unwrap());
        });
    }
    group.finish();
}

/// The name → slot map alone, hits and misses: the registry's (`HashMap` with `foldhash`) beside
/// std's default hasher and `BTreeMap`; every map answers the same probes.
fn name_map(c: &mut Criterion) {
    let mut group = c.benchmark_group("name map");
    for count in [10, 1_000] {
        let names = names(count);
        let pairs: Vec<(&'static str, u32)> = names.iter().zip(0..).map(|(&name, i)| (name, i)).collect();
        let (hits, misses) = probes(&names);
        let misses: Vec<&str> = misses.iter().map(String::as_str).collect();
        let fold: HashMap<&str, u32, foldhash::fast::RandomState> = pairs.iter().copied().collect();
        let hash: HashMap<&str, u32> = pairs.iter().copied().collect();
        let btree: BTreeMap<&str, u32> = pairs.iter().copied().collect();
        bench_map(
            &mut group,
            &format!("HashMap with foldhash (the registry's): 10 {{}} in {count} names"),
            &hits,
            &misses,
            |name| fold.get(name).copied(),
        );
        bench_map(
            &mut group,
            &format!("HashMap with SipHash: 10 {{}} in {count} names"),
            &hits,
            &misses,
            |name| hash.get(name).copied(),
        );
        bench_map(
            &mut group,
            &format!("BTreeMap: 10 {{}} in {count} names"),
            &hits,
            &misses,
            |name| btree.get(name).copied(),
        );
    }
    group.finish();
}

/// Measures `get` on the hits, then on the misses; `label` has `{}` where "hits" or "misses" goes.
fn bench_map(
    group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    label: &str,
    hits: &[&str],
    misses: &[&str],
    get: impl Fn(&str) -> Option<u32>,
) {
    for (kind, probes) in [("hits", hits), ("misses", misses)] {
        assert!(probes.iter().all(|probe| get(probe).is_some() == (kind == "hits")));
        group.bench_function(label.replace("{}", kind), |b| {
            b.iter(|| {
                for probe in probes {
                    black_box(get(black_box(probe)));
                }
            });
        });
    }
}

fn build(c: &mut Criterion) {
    let entries = generated(&names(1_000));
    c.bench_function("build the map of 1000 plugins (first use)", |b| {
        b.iter_batched(
            || Registry::from_entries(entries.clone()),
            |registry| black_box(registry.len()),
            BatchSize::SmallInput,
        );
    });
}

criterion_group!(benches, create, lookup, name_map, build);
criterion_main!(benches);
