//! The overhead of `managed_async` over the same transaction written by hand, on the same
//! `PostgreSQL` server and connection: `BEGIN`, one prepared `INSERT`, `COMMIT`, three round trips
//! either way. Needs `SLOTMODEL_PG_URL` (as the `PostgreSQL` tests); without it, says SKIPPED and
//! measures nothing.
#![allow(missing_docs)]

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use slotmodel::scope::managed_async;
use tokio::runtime::Runtime;
use tokio_postgres::{Client, NoTls, Statement};

fn server(runtime: &Runtime) -> Option<(Client, Statement)> {
    let Ok(url) = std::env::var("SLOTMODEL_PG_URL") else {
        println!("scope_async SKIPPED: SLOTMODEL_PG_URL is not set (no PostgreSQL server to measure against)");
        return None;
    };
    runtime.block_on(async {
        let (client, connection) = tokio_postgres::connect(&url, NoTls)
            .await
            .expect("the server is reachable");
        tokio::spawn(connection);
        client
            .batch_execute("DROP TABLE IF EXISTS bench_scope; CREATE UNLOGGED TABLE bench_scope (x integer)")
            .await
            .unwrap();
        let insert = client.prepare("INSERT INTO bench_scope VALUES ($1)").await.unwrap();
        Some((client, insert))
    })
}

fn scope_async(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let Some((mut client, insert)) = server(&runtime) else {
        return;
    };
    let mut group = c.benchmark_group("postgres BEGIN, INSERT, COMMIT");
    group.bench_function("by hand", |b| {
        b.iter(|| {
            runtime.block_on(async {
                let tx = client.transaction().await.unwrap();
                tx.execute(&insert, &[&black_box(1_i32)]).await.unwrap();
                tx.commit().await.unwrap();
            });
        });
    });
    group.bench_function("managed_async", |b| {
        b.iter(|| {
            runtime.block_on(async {
                let tx = client.transaction().await.unwrap();
                managed_async("insert", tx, async |tx| tx.execute(&insert, &[&black_box(1_i32)]).await)
                    .await
                    .unwrap();
            });
        });
    });
    group.finish();
    runtime
        .block_on(client.batch_execute("DROP TABLE bench_scope"))
        .unwrap();
}

criterion_group!(benches, scope_async);
criterion_main!(benches);
