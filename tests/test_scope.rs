//! Scoped lifecycles against a real on-disk `SQLite` database, and the exit stack against real
//! files and connections.

use std::cell::RefCell;
use std::error::Error;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;

use rusqlite::{params, Connection};
use slotmodel::scope::{managed, CleanupError, ExitStack, Guard, ScopeError};

fn database(dir: &Path) -> Connection {
    let conn = Connection::open(dir.join("users.db")).unwrap();
    conn.execute_batch(
        "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, tier TEXT NOT NULL);
         CREATE TABLE audit (id INTEGER PRIMARY KEY, note TEXT NOT NULL UNIQUE);
         INSERT INTO users (name, tier) VALUES ('ada', 'free'), ('grace', 'free'), ('linus', 'pro');
         INSERT INTO audit (note) VALUES ('created');",
    )
    .unwrap();
    conn
}

fn users(conn: &Connection) -> Vec<(String, String)> {
    let mut statement = conn.prepare("SELECT name, tier FROM users ORDER BY id").unwrap();
    statement
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

fn audit(conn: &Connection) -> Vec<String> {
    let mut statement = conn.prepare("SELECT note FROM audit ORDER BY id").unwrap();
    statement
        .query_map([], |row| row.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// The seed's `user_migration`: upgrade every free user, then write an audit row.
#[allow(
    clippy::result_large_err,
    reason = "rusqlite's error is large; it is kept twice when a rollback fails"
)]
fn user_migration(conn: &mut Connection, note: &str) -> Result<usize, ScopeError<rusqlite::Error>> {
    managed("user_migration", conn.transaction().unwrap(), |tx| {
        let upgraded = tx.execute("UPDATE users SET tier = 'pro' WHERE tier = 'free'", [])?;
        tx.execute("INSERT INTO audit (note) VALUES (?1)", params![note])?;
        Ok(upgraded)
    })
}

fn original() -> Vec<(String, String)> {
    vec![
        ("ada".into(), "free".into()),
        ("grace".into(), "free".into()),
        ("linus".into(), "pro".into()),
    ]
}

#[test]
fn the_migration_commits_both_statements() {
    let dir = tempfile::tempdir().unwrap();
    let mut conn = database(dir.path());
    assert_eq!(user_migration(&mut conn, "upgrade all").unwrap(), 2);
    drop(conn);
    // Read back through a fresh connection: the commit reached the file.
    let conn = Connection::open(dir.path().join("users.db")).unwrap();
    assert!(users(&conn).iter().all(|(_, tier)| tier == "pro"));
    assert_eq!(audit(&conn), ["created", "upgrade all"]);
}

#[test]
fn a_failing_second_statement_rolls_back_the_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut conn = database(dir.path());
    // `created` already exists: the audit insert breaks the UNIQUE constraint.
    let err = user_migration(&mut conn, "created").unwrap_err();
    let ScopeError::RolledBack { operation, cause, .. } = &err else {
        panic!("expected a rollback, got {err:?}")
    };
    assert_eq!(operation, "user_migration");
    assert!(cause.to_string().contains("UNIQUE"), "{cause}");
    assert_eq!(err.to_string(), "user_migration failed and was rolled back");
    let source = err.source().expect("the body's error is the source");
    assert!(source.to_string().contains("UNIQUE"), "{source}");
    drop(conn);
    let conn = Connection::open(dir.path().join("users.db")).unwrap();
    assert_eq!(users(&conn), original(), "no row lost, none half-applied");
    assert_eq!(audit(&conn), ["created"]);
}

#[test]
fn a_panic_rolls_back_and_the_database_stays_usable() {
    let dir = tempfile::tempdir().unwrap();
    let mut conn = database(dir.path());
    let panicked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let _ = managed("half_done", conn.transaction().unwrap(), |tx| {
            tx.execute("UPDATE users SET tier = 'banned'", [])?;
            if tx.is_autocommit() {
                return Ok::<_, rusqlite::Error>(());
            }
            panic!("bug in the middle of a migration");
        });
    }));
    let message = panicked.unwrap_err();
    assert_eq!(
        message.downcast_ref::<&str>(),
        Some(&"bug in the middle of a migration")
    );
    assert_eq!(users(&conn), original());
    assert_eq!(user_migration(&mut conn, "after the panic").unwrap(), 2);
    assert_eq!(audit(&conn), ["created", "after the panic"]);
}

#[test]
fn the_guard_rolls_back_unless_committed() {
    let dir = tempfile::tempdir().unwrap();
    let mut conn = database(dir.path());
    {
        let tx = Guard::new("forgotten", conn.transaction().unwrap());
        tx.execute("DELETE FROM users", []).unwrap();
    }
    assert_eq!(users(&conn).len(), 3);
    let tx = Guard::new("kept", conn.transaction().unwrap());
    tx.execute("DELETE FROM users WHERE name = 'ada'", []).unwrap();
    tx.commit().unwrap();
    assert_eq!(users(&conn).len(), 2);
}

#[test]
fn exit_stack_runs_every_cleanup_in_reverse_even_after_a_failure() {
    let dir = tempfile::tempdir().unwrap();
    let closed = RefCell::new(Vec::new());
    let stack: ExitStack = ExitStack::new();
    for name in ["a.txt", "b.txt", "c.txt"] {
        let path = dir.path().join(name);
        let closed = &closed;
        let mut file = stack.enter(File::create(&path).unwrap(), move |mut file: File| {
            file.write_all(b"closed cleanly\n")?;
            file.sync_all()?;
            closed.borrow_mut().push(name);
            Ok::<_, std::io::Error>(())
        });
        file.get_mut().write_all(format!("{name}\n").as_bytes()).unwrap();
    }
    let mut conn = stack.enter(database(dir.path()), |conn: Connection| {
        conn.close().map_err(|(_, e)| e)
    });
    conn.get_mut().execute("UPDATE users SET tier = 'pro'", []).unwrap();
    stack.defer(|| Err::<(), _>(std::io::Error::other("the network share went away")));
    let mut second = stack.enter(
        Connection::open(dir.path().join("users.db")).unwrap(),
        |conn: Connection| {
            conn.execute("INSERT INTO audit (note) VALUES ('closing')", [])?;
            conn.close().map_err(|(_, e)| e)
        },
    );
    second
        .get_mut()
        .execute("INSERT INTO audit (note) VALUES ('opened')", [])
        .unwrap();

    let errors = stack.close().unwrap_err();
    assert_eq!(errors.len(), 1);
    assert!(matches!(errors.first(), CleanupError::Failed(e) if e.to_string() == "the network share went away"));
    assert_eq!(
        *closed.borrow(),
        ["c.txt", "b.txt", "a.txt"],
        "every file closed, last opened first"
    );
    for name in ["a.txt", "b.txt", "c.txt"] {
        assert_eq!(
            std::fs::read_to_string(dir.path().join(name)).unwrap(),
            format!("{name}\nclosed cleanly\n")
        );
    }
    let check = Connection::open(dir.path().join("users.db")).unwrap();
    assert_eq!(
        audit(&check),
        ["created", "opened", "closing"],
        "the later connection's cleanup ran before the failure was reported"
    );
}

#[test]
fn exit_stack_survives_a_panicking_cleanup_and_reports_it() {
    let ran = RefCell::new(Vec::new());
    let stack: ExitStack<'_, String> = ExitStack::new();
    stack.defer(|| {
        ran.borrow_mut().push(1);
        Ok::<_, String>(())
    });
    stack.defer(|| -> Result<(), String> { panic!("cleanup bug") });
    stack.defer(|| {
        ran.borrow_mut().push(3);
        Ok::<_, String>(())
    });
    let errors = stack.close().unwrap_err();
    assert!(matches!(errors.first(), CleanupError::Panicked(message) if message == "cleanup bug"));
    assert_eq!(*ran.borrow(), [3, 1]);
}

#[test]
fn pop_all_hands_over_all_or_nothing() {
    let released = RefCell::new(Vec::new());
    let acquire = |fail_at: Option<usize>| -> Result<ExitStack<'_, String>, String> {
        let mut stack = ExitStack::new();
        for i in 0..3 {
            if Some(i) == fail_at {
                return Err(format!("resource {i} unavailable"));
            }
            let released = &released;
            stack.enter(i, move |i| {
                released.borrow_mut().push(i);
                Ok::<_, String>(())
            });
        }
        Ok(stack.pop_all())
    };
    assert!(acquire(Some(2)).is_err());
    assert_eq!(
        *released.borrow(),
        [1, 0],
        "the first k-1 are released when the k-th fails"
    );
    released.borrow_mut().clear();
    let stack = acquire(None).unwrap();
    assert!(released.borrow().is_empty(), "on success the caller owns the cleanups");
    assert_eq!(stack.len(), 3);
    drop(stack);
    assert_eq!(*released.borrow(), [2, 1, 0]);
}

/// `SQLite` ends the transaction itself on `INSERT OR ROLLBACK`; the rollback that follows has
/// nothing left to undo, and the body's error is what the caller sees.
#[test]
fn a_transaction_sqlite_rolled_back_itself_is_rolled_back_not_a_failed_rollback() {
    let dir = tempfile::tempdir().unwrap();
    let mut conn = database(dir.path());
    let err = managed("insert_or_rollback", conn.transaction().unwrap(), |tx| {
        tx.execute("UPDATE users SET tier = 'pro'", [])?;
        tx.execute("INSERT OR ROLLBACK INTO audit (note) VALUES ('created')", [])
    })
    .unwrap_err();
    let ScopeError::RolledBack { cause, .. } = &err else {
        panic!("expected RolledBack with the body's error, got {err:?}")
    };
    assert!(cause.to_string().contains("UNIQUE"), "{cause}");
    assert_eq!(users(&conn), original());
    assert_eq!(
        user_migration(&mut conn, "afterwards").unwrap(),
        2,
        "the connection is usable"
    );
}

/// A savepoint is `Transactional`: `managed` nests, and an inner failure undoes the inner work
/// only.
#[test]
fn managed_nests_with_savepoints() {
    let dir = tempfile::tempdir().unwrap();
    let mut conn = database(dir.path());
    let notes = managed("import", conn.transaction().unwrap(), |tx| {
        let mut failed = Vec::new();
        for note in ["a", "created", "b"] {
            let inner = managed(format!("note {note}"), tx.savepoint()?, |sp| {
                sp.execute("UPDATE users SET tier = 'gone'", [])?;
                sp.execute("INSERT INTO audit (note) VALUES (?1)", params![note])
            });
            if let Err(err) = inner {
                assert!(matches!(&err, ScopeError::RolledBack { .. }), "{err:?}");
                failed.push(err.operation().to_owned());
            }
        }
        Ok::<_, rusqlite::Error>(failed)
    })
    .unwrap();
    assert_eq!(notes, ["note created"]);
    assert_eq!(audit(&conn), ["created", "a", "b"]);
    assert!(users(&conn).iter().all(|(_, tier)| tier == "gone"));

    // `INSERT OR ROLLBACK` in the savepoint ends the whole transaction: the inner scope reports
    // its error as rolled back, and the outer one, whose body carried on, cannot commit.
    let outer = managed("outer", conn.transaction().unwrap(), |tx| {
        tx.execute("DELETE FROM users", [])?;
        let inner = managed("inner", tx.savepoint()?, |sp| {
            sp.execute("INSERT OR ROLLBACK INTO audit (note) VALUES ('a')", [])
        });
        assert!(matches!(inner, Err(ScopeError::RolledBack { .. })), "{inner:?}");
        Ok::<_, rusqlite::Error>(())
    });
    assert!(matches!(outer, Err(ScopeError::CommitFailed { .. })), "{outer:?}");
    assert_eq!(users(&conn).len(), 3, "the outer DELETE was undone by SQLite");
}

#[test]
fn operations_take_owned_names() {
    let dir = tempfile::tempdir().unwrap();
    let mut conn = database(dir.path());
    for i in 0..3 {
        let err = managed(format!("row {i}"), conn.transaction().unwrap(), |tx| {
            tx.execute("INSERT INTO audit (note) VALUES ('created')", [])
        })
        .unwrap_err();
        assert_eq!(err.operation(), format!("row {i}"));
    }
    let guard = Guard::new(format!("batch {}", 7), conn.transaction().unwrap());
    assert_eq!(guard.operation(), "batch 7");
    guard.commit().unwrap();
}

/// Resources that borrow, entered side by side and used together while the stack is open.
#[test]
fn exit_stack_holds_borrowing_resources_used_together() {
    let dir = tempfile::tempdir().unwrap();
    let mut conn = database(dir.path());
    let mut file = File::create(dir.path().join("export.csv")).unwrap();
    let stack: ExitStack = ExitStack::new();
    let mut tx = stack.enter(conn.transaction().unwrap(), rusqlite::Transaction::commit);
    let mut out = stack.enter(BufWriter::new(&mut file), |mut out| out.flush());
    let names: Vec<String> = users(&tx.get_mut()).into_iter().map(|(name, _)| name).collect();
    for name in &names {
        writeln!(out.get_mut(), "{name}").unwrap();
        tx.get_mut()
            .execute(
                "INSERT INTO audit (note) VALUES (?1)",
                params![format!("exported {name}")],
            )
            .unwrap();
    }
    assert_eq!(stack.len(), 2);
    stack.close().unwrap();
    drop(file);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("export.csv")).unwrap(),
        "ada\ngrace\nlinus\n"
    );
    assert_eq!(audit(&conn).len(), 4, "the transaction was committed by its cleanup");
}

/// The scope guide's first example (`src/docs/guide/scope.md`), as written there.
#[test]
fn the_readme_example_compiles_as_written() {
    fn readme() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
        let mut conn = Connection::open_in_memory()?;
        conn.execute_batch(
            "CREATE TABLE users (name TEXT, tier TEXT); CREATE TABLE audit (note TEXT UNIQUE);
             INSERT INTO users VALUES ('ada', 'free'), ('grace', 'free');",
        )?;
        let upgraded = managed("user_migration", conn.transaction()?, |tx| {
            let n = tx.execute("UPDATE users SET tier = 'pro' WHERE tier = 'free'", [])?;
            tx.execute("INSERT INTO audit (note) VALUES ('upgraded')", [])?;
            Ok::<_, rusqlite::Error>(n)
        })?;
        assert_eq!(upgraded, 2);
        Ok(())
    }
    readme().unwrap();
}
