//! Plugin creation by name against direct construction, lookups in registries of 10 and 1,000
//! plugins, and the one-time cost of building a 1,000-plugin map.
#![allow(missing_docs)]

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

/// `count` generated plugins named `plugin-0000`, `plugin-0001`, ...
fn generated(count: usize) -> (Vec<&'static PluginEntry<dyn Exporter>>, Vec<&'static str>) {
    let names: Vec<&'static str> = (0..count)
        .map(|i| &*Box::leak(format!("plugin-{i:04}").into_boxed_str()))
        .collect();
    let entries = names
        .iter()
        .map(|&name| {
            let info = PluginInfo {
                name,
                aliases: &[],
                about: "",
                type_name: "CsvExporter",
                module_path: "",
                file: "",
                line: 0,
            };
            &*Box::leak(Box::new(PluginEntry::new(info, |()| {
                Box::new(CsvExporter) as Box<dyn Exporter>
            })))
        })
        .collect();
    (entries, names)
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
    group.finish();
}

fn lookup(c: &mut Criterion) {
    let mut group = c.benchmark_group("lookup");
    for count in [10, 1_000] {
        let (entries, names) = generated(count);
        let registry = Registry::from_entries(entries);
        // Look up 10 names spread across the registry, so neither size gets a cache advantage.
        let probes: Vec<&str> = (0..10).map(|i| names[i * count / 10]).collect();
        registry.get(probes[0]).unwrap();
        group.bench_function(format!("10 lookups in {count} plugins"), |b| {
            b.iter(|| {
                for probe in &probes {
                    black_box(registry.get(black_box(probe)).unwrap());
                }
            });
        });
    }
    group.finish();
}

fn build(c: &mut Criterion) {
    let (entries, _) = generated(1_000);
    c.bench_function("build the map of 1000 plugins (first use)", |b| {
        b.iter_batched(
            || Registry::from_entries(entries.clone()),
            |registry| black_box(registry.len()),
            BatchSize::SmallInput,
        );
    });
}

criterion_group!(benches, create, lookup, build);
criterion_main!(benches);
