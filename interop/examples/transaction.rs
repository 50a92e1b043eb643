//! Python's `@contextmanager` around a database transaction, done with `slotmodel::scope`.
//!
//! The seed's `user_migration` upgrades every free user and writes an audit row, against a real
//! `SQLite` file. The first run breaks a constraint on its second statement and is rolled back;
//! the second commits. A third run nests a savepoint per note, so one bad note undoes only
//! itself. The `tracing` events print as they happen.
//!
//! Run: `cargo run -p slotmodel-interop --example transaction`

use std::error::Error;

use rusqlite::{params, Connection};
use slotmodel::scope::managed;

fn show(conn: &Connection, title: &str) -> rusqlite::Result<()> {
    println!("{title}");
    let mut users = conn.prepare("SELECT name, tier FROM users ORDER BY id")?;
    for row in users.query_map([], |row| Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?)))? {
        let (name, tier) = row?;
        println!("  users: {name:<6} {tier}");
    }
    let mut audit = conn.prepare("SELECT note FROM audit ORDER BY id")?;
    for note in audit.query_map([], |row| row.get::<_, String>(0))? {
        println!("  audit: {}", note?);
    }
    Ok(())
}

/// Upgrades every free user and records why, both or neither.
fn user_migration(conn: &mut Connection, note: &str) -> Result<usize, Box<dyn Error>> {
    let upgraded = managed("user_migration", conn.transaction()?, |tx| {
        let upgraded = tx.execute("UPDATE users SET tier = 'pro' WHERE tier = 'free'", [])?;
        tx.execute("INSERT INTO audit (note) VALUES (?1)", params![note])?;
        Ok::<_, rusqlite::Error>(upgraded)
    })?;
    Ok(upgraded)
}

/// Records each note in its own savepoint inside one transaction: a note that breaks the
/// constraint is undone alone, and the others commit together.
fn record_notes(conn: &mut Connection, notes: &[&str]) -> Result<usize, Box<dyn Error>> {
    let recorded = managed("record_notes", conn.transaction()?, |tx| {
        let mut recorded = 0;
        for (i, note) in notes.iter().enumerate() {
            let row = managed(format!("note {i}"), tx.savepoint()?, |sp| {
                sp.execute("INSERT INTO audit (note) VALUES (?1)", params![note])
            });
            match row {
                Ok(_) => recorded += 1,
                Err(err) => println!("  -> {}", chain(&err)),
            }
        }
        Ok::<_, rusqlite::Error>(recorded)
    })?;
    Ok(recorded)
}

/// An error and its causes, one after the other: `ScopeError`'s own text is its level only.
fn chain(err: &dyn Error) -> String {
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    tracing_subscriber::fmt().with_target(false).without_time().init();
    let dir = tempfile::tempdir()?;
    let mut conn = Connection::open(dir.path().join("users.db"))?;
    conn.execute_batch(
        "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, tier TEXT NOT NULL);
         CREATE TABLE audit (id INTEGER PRIMARY KEY, note TEXT NOT NULL UNIQUE);
         INSERT INTO users (name, tier) VALUES ('ada', 'free'), ('grace', 'free'), ('linus', 'pro');
         INSERT INTO audit (note) VALUES ('initial load');",
    )?;
    show(&conn, "before:")?;

    println!("\nmigration 1: its audit note repeats an existing one (UNIQUE), so the update must not survive");
    match user_migration(&mut conn, "initial load") {
        Ok(n) => {
            return Err(
                format!("the migration committed ({n} users upgraded) though its audit note repeats one").into(),
            )
        }
        Err(err) => println!("  -> {}", chain(err.as_ref())),
    }
    show(&conn, "after the failed migration (unchanged):")?;

    println!("\nmigration 2:");
    let upgraded = user_migration(&mut conn, "free users upgraded")?;
    println!("  -> committed, {upgraded} users upgraded");
    show(&conn, "after the successful migration:")?;

    println!("\nnotes, one savepoint each; the second repeats an existing note:");
    let recorded = record_notes(&mut conn, &["checked", "initial load", "signed off"])?;
    println!("  -> committed, {recorded} notes recorded");
    show(&conn, "after the notes:")?;
    Ok(())
}
