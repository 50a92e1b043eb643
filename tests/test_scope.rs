//! Scoped lifecycles against a real on-disk `SQLite` database, and the exit stack against real
//! files and connections.

use std::cell::RefCell;
use std::io::Write;
use std::path::Path;
use std::sync::{Arc, Mutex};

use rusqlite::{params, Connection};
use slotmodel::scope::{managed, CleanupError, ExitStack, Guard, ScopeError, Transactional};

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
fn user_migration(conn: &mut Connection, note: &str) -> Result<usize, ScopeError<rusqlite::Error, rusqlite::Error>> {
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
    assert_eq!(*operation, "user_migration");
    assert!(cause.to_string().contains("UNIQUE"), "{cause}");
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

/// A resource whose commit or rollback can be told to fail, logging what happened.
struct Scripted<'a> {
    log: &'a RefCell<Vec<&'static str>>,
    fail_commit: bool,
    fail_rollback: bool,
}

impl Transactional for Scripted<'_> {
    type Error = &'static str;
    fn commit(self) -> Result<(), &'static str> {
        self.log.borrow_mut().push("commit");
        if self.fail_commit {
            Err("commit refused")
        } else {
            Ok(())
        }
    }
    fn rollback(self) -> Result<(), &'static str> {
        self.log.borrow_mut().push("rollback");
        if self.fail_rollback {
            Err("rollback refused")
        } else {
            Ok(())
        }
    }
}

#[test]
fn a_failed_rollback_keeps_the_original_error() {
    let log = RefCell::new(Vec::new());
    let resource = Scripted {
        log: &log,
        fail_commit: false,
        fail_rollback: true,
    };
    let err = managed("op", resource, |_| Err::<(), _>("body failed")).unwrap_err();
    assert_eq!(
        err.to_string(),
        "op failed: body failed; rolling back failed too: rollback refused"
    );
    assert_eq!(err.cause(), Some(&"body failed"));
    assert_eq!(*log.borrow(), ["rollback"]);
}

#[test]
fn a_failed_commit_is_returned() {
    let log = RefCell::new(Vec::new());
    let resource = Scripted {
        log: &log,
        fail_commit: true,
        fail_rollback: false,
    };
    let err = managed("op", resource, |_| Ok::<_, &str>(1)).unwrap_err();
    assert!(matches!(
        err,
        ScopeError::CommitFailed {
            commit: "commit refused",
            ..
        }
    ));
    assert_eq!(*log.borrow(), ["commit"]);
}

#[test]
fn exit_stack_runs_every_cleanup_in_reverse_even_after_a_failure() {
    let dir = tempfile::tempdir().unwrap();
    let closed = RefCell::new(Vec::new());
    let mut stack: ExitStack = ExitStack::new();
    for name in ["a.txt", "b.txt", "c.txt"] {
        let path = dir.path().join(name);
        let closed = &closed;
        let file = stack.enter(std::fs::File::create(&path).unwrap(), move |mut file: std::fs::File| {
            file.write_all(b"closed cleanly\n")?;
            file.sync_all()?;
            closed.borrow_mut().push(name);
            Ok::<_, std::io::Error>(())
        });
        file.write_all(format!("{name}\n").as_bytes()).unwrap();
    }
    let conn = stack.enter(database(dir.path()), |conn: Connection| {
        conn.close().map_err(|(_, e)| e)
    });
    conn.execute("UPDATE users SET tier = 'pro'", []).unwrap();
    stack.defer(|| Err::<(), _>(std::io::Error::other("the network share went away")));
    let second = stack.enter(
        Connection::open(dir.path().join("users.db")).unwrap(),
        |conn: Connection| {
            conn.execute("INSERT INTO audit (note) VALUES ('closing')", [])?;
            conn.close().map_err(|(_, e)| e)
        },
    );
    second
        .execute("INSERT INTO audit (note) VALUES ('opened')", [])
        .unwrap();

    let errors = stack.close().unwrap_err();
    assert_eq!(errors.0.len(), 1);
    assert!(matches!(&errors.0[0], CleanupError::Failed(e) if e.to_string() == "the network share went away"));
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
    let mut stack: ExitStack<'_, String> = ExitStack::new();
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
    assert!(matches!(&errors.0[0], CleanupError::Panicked(message) if message == "cleanup bug"));
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

/// Collects formatted `tracing` output.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn events_tell_the_story() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .with_max_level(tracing::Level::DEBUG)
        .finish();
    tracing::subscriber::with_default(subscriber, || {
        let log = RefCell::new(Vec::new());
        let ok = Scripted {
            log: &log,
            fail_commit: false,
            fail_rollback: false,
        };
        managed("first", ok, |_| Ok::<_, &str>(())).unwrap();
        let failing = Scripted {
            log: &log,
            fail_commit: false,
            fail_rollback: false,
        };
        let _ = managed("second", failing, |_| Err::<(), _>("constraint failed"));
    });
    let text = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    for needle in [
        "operation=\"first\"",
        "started",
        "committed",
        "elapsed_ms=",
        "released",
        "rolled back",
        "cause=constraint failed",
    ] {
        assert!(text.contains(needle), "missing {needle:?} in:\n{text}");
    }
}
