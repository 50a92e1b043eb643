//! A small web service: sensors registered and reconfigured over HTTP, kept in `SQLite` through
//! sqlx. Request bodies are checked by `Valid<Json<T>>` before a handler sees them (422 with the
//! errors as JSON otherwise); every write is one `managed_async` transaction, begun with
//! `BEGIN IMMEDIATE` and rerun by `managed_retry_async` when another writer holds the lock.
//!
//! Run: `cargo run --example service [port]` (or `PORT=8080`; port 0 picks a free one, and the
//! address is printed either way); the database is a file in a temporary directory, or the one
//! `DATABASE` names. `cargo run --example service -- --self-test` (or `CI=true`) starts the
//! service on a free port, talks to it over TCP as a client would, prints the exchange and exits
//! non-zero when an answer is not the expected one.
//!
//! ```text
//! POST /sensors             {"name", "owner", "alarm_c"}  201 with the sensor, 409 if the name is taken
//! GET  /sensors             200 with every sensor
//! GET  /sensors/{id}        200 with the sensor, 404
//! PUT  /sensors/{id}/alarm  {"alarm_c"}                   200 with the sensor, 404
//! ```

use std::error::Error;
use std::future::Future;
use std::net::SocketAddr;
use std::pin::Pin;
use std::process::ExitCode;
use std::time::Duration;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use slotmodel::axum::Valid;
use slotmodel::scope::{managed_async, managed_retry_async, RetryError, RetryPolicy, ScopeError};
use slotmodel::Validate;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

type BoxError = Box<dyn Error + Send + Sync>;

/// A sensor as a client registers it.
#[derive(Validate, Deserialize, Debug)]
struct NewSensor {
    #[bounded(len = 1..=32)]
    #[check(ascii)]
    name: String,
    #[check(email)]
    owner: String,
    /// The temperature that raises the alarm, within the sensor's range.
    #[bounded(-40..=125)]
    alarm_c: i32,
}

/// A new alarm threshold for a sensor.
#[derive(Validate, Deserialize, Debug)]
struct Alarm {
    #[bounded(-40..=125)]
    alarm_c: i32,
}

/// A sensor as stored and answered.
#[derive(Serialize, Debug)]
struct Sensor {
    id: i64,
    name: String,
    owner: String,
    alarm_c: i64,
}

type Row = (i64, String, String, i64);

impl From<Row> for Sensor {
    fn from((id, name, owner, alarm_c): Row) -> Sensor {
        Sensor {
            id,
            name,
            owner,
            alarm_c,
        }
    }
}

/// Why a request that passed its rules still failed.
#[derive(Debug)]
enum Refusal {
    NotFound,
    NameTaken,
    Database(String),
}

impl From<RetryError<BoxError>> for Refusal {
    fn from(error: RetryError<BoxError>) -> Refusal {
        // SQLITE_CONSTRAINT_UNIQUE: the name is another sensor's.
        if sqlite_code(error.error().as_ref()) == Some(2067) {
            Refusal::NameTaken
        } else {
            Refusal::Database(error.to_string())
        }
    }
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        match self {
            Refusal::NotFound => (StatusCode::NOT_FOUND, Json(json!({"error": "no such sensor"}))).into_response(),
            Refusal::NameTaken => (StatusCode::CONFLICT, Json(json!({"error": "name taken"}))).into_response(),
            Refusal::Database(error) => {
                eprintln!("{error}");
                (StatusCode::INTERNAL_SERVER_ERROR, Json(json!({"error": "database"}))).into_response()
            }
        }
    }
}

/// The `SQLite` result code of the first sqlx database error in `error`'s source chain.
fn sqlite_code(error: &(dyn Error + 'static)) -> Option<i32> {
    let mut next = Some(error);
    while let Some(error) = next {
        if let Some(sqlx::Error::Database(db)) = error.downcast_ref::<sqlx::Error>() {
            return db.code()?.parse().ok();
        }
        next = error.source();
    }
    None
}

/// Reruns a write that met another writer's lock (`SQLITE_BUSY`), a few times, soon.
fn policy() -> RetryPolicy {
    RetryPolicy::new(8).backoff(Duration::from_millis(2), Duration::from_millis(100))
}

/// A write in its transaction: the row it wrote, if any.
///
/// Boxed where it is made: there rustc proves it `Send`, as an axum handler's future must be;
/// from inside the handler's own future it cannot yet, for an async closure that borrows the
/// transaction (see `managed_async`, "Sending to another thread"). For the same reason the
/// retried closure around it is `async move`: it owns what it uses instead of borrowing the
/// handler's locals.
type Scope<'a> = Pin<Box<dyn Future<Output = Result<Option<Row>, ScopeError<sqlx::Error>>> + Send + 'a>>;

async fn create(
    State(pool): State<SqlitePool>,
    Valid(Json(new)): Valid<Json<NewSensor>>,
) -> Result<(StatusCode, Json<Sensor>), Refusal> {
    let policy = policy();
    let row = managed_retry_async(&policy, "create sensor", async move |_| {
        let tx = pool.begin_with("BEGIN IMMEDIATE").await?;
        let scope: Scope<'_> = Box::pin(managed_async("create sensor", tx, async |tx| {
            sqlx::query_as::<_, Row>(
                "INSERT INTO sensor (name, owner, alarm_c) VALUES (?, ?, ?) RETURNING id, name, owner, alarm_c",
            )
            .bind(&new.name)
            .bind(&new.owner)
            .bind(new.alarm_c)
            .fetch_optional(&mut **tx)
            .await
        }));
        Ok::<_, BoxError>(scope.await?)
    })
    .await?
    .ok_or(Refusal::NotFound)?;
    Ok((StatusCode::CREATED, Json(row.into())))
}

async fn set_alarm(
    State(pool): State<SqlitePool>,
    Path(id): Path<i64>,
    Valid(Json(alarm)): Valid<Json<Alarm>>,
) -> Result<Json<Sensor>, Refusal> {
    let policy = policy();
    let row = managed_retry_async(&policy, "set alarm", async move |_| {
        let tx = pool.begin_with("BEGIN IMMEDIATE").await?;
        let scope: Scope<'_> = Box::pin(managed_async("set alarm", tx, async |tx| {
            sqlx::query_as::<_, Row>("UPDATE sensor SET alarm_c = ? WHERE id = ? RETURNING id, name, owner, alarm_c")
                .bind(alarm.alarm_c)
                .bind(id)
                .fetch_optional(&mut **tx)
                .await
        }));
        Ok::<_, BoxError>(scope.await?)
    })
    .await?;
    row.map(|row| Json(row.into())).ok_or(Refusal::NotFound)
}

async fn one(State(pool): State<SqlitePool>, Path(id): Path<i64>) -> Result<Json<Sensor>, Refusal> {
    let row = sqlx::query_as::<_, Row>("SELECT id, name, owner, alarm_c FROM sensor WHERE id = ?")
        .bind(id)
        .fetch_optional(&pool)
        .await
        .map_err(|error| Refusal::Database(error.to_string()))?;
    row.map(|row| Json(row.into())).ok_or(Refusal::NotFound)
}

async fn all(State(pool): State<SqlitePool>) -> Result<Json<Vec<Sensor>>, Refusal> {
    let rows = sqlx::query_as::<_, Row>("SELECT id, name, owner, alarm_c FROM sensor ORDER BY id")
        .fetch_all(&pool)
        .await
        .map_err(|error| Refusal::Database(error.to_string()))?;
    Ok(Json(rows.into_iter().map(Sensor::from).collect()))
}

fn app(pool: SqlitePool) -> Router {
    Router::new()
        .route("/sensors", post(create).get(all))
        .route("/sensors/{id}", get(one))
        .route("/sensors/{id}/alarm", put(set_alarm))
        .with_state(pool)
}

async fn database(path: &std::path::Path) -> Result<SqlitePool, sqlx::Error> {
    let options = SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        // Short, so that a busy writer is retried by the policy rather than waited for here.
        .busy_timeout(Duration::from_millis(20));
    let pool = SqlitePoolOptions::new()
        .max_connections(8)
        .connect_with(options)
        .await?;
    sqlx::query(
        "CREATE TABLE IF NOT EXISTS sensor (
             id INTEGER PRIMARY KEY,
             name TEXT NOT NULL UNIQUE,
             owner TEXT NOT NULL,
             alarm_c INTEGER NOT NULL
         )",
    )
    .execute(&pool)
    .await?;
    Ok(pool)
}

#[tokio::main]
async fn main() -> Result<ExitCode, BoxError> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let self_test = args.iter().any(|a| a == "--self-test") || std::env::var("CI").is_ok_and(|ci| ci == "true");
    let port: u16 = match (args.iter().find(|a| !a.starts_with("--")), std::env::var("PORT")) {
        _ if self_test => 0,
        (Some(port), _) => port.parse()?,
        (None, Ok(port)) => port.parse()?,
        (None, Err(_)) => 3000,
    };
    let scratch = tempfile::tempdir()?;
    let path = std::env::var_os("DATABASE").map_or_else(|| scratch.path().join("sensors.db"), Into::into);
    let pool = database(&path).await?;
    let listener = TcpListener::bind(("127.0.0.1", port)).await?;
    let addr = listener.local_addr()?;
    println!("listening on http://{addr} (database {})", path.display());
    if !self_test {
        axum::serve(listener, app(pool)).await?;
        return Ok(ExitCode::SUCCESS);
    }
    tokio::spawn(async move { axum::serve(listener, app(pool)).await });
    let failures = self_test_against(addr).await;
    if failures == 0 {
        println!("self-test passed");
        Ok(ExitCode::SUCCESS)
    } else {
        println!("self-test FAILED: unexpected answers: {failures}");
        Ok(ExitCode::FAILURE)
    }
}

/// One HTTP/1.1 request over a new connection; the answer's status, `Content-Type` and body.
async fn ask(addr: SocketAddr, method: &str, target: &str, content_type: &str, body: &str) -> (u16, String, String) {
    let answer = async {
        let mut stream = TcpStream::connect(addr).await?;
        let request = format!(
            "{method} {target} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        );
        stream.write_all(request.as_bytes()).await?;
        let mut response = String::new();
        stream.read_to_string(&mut response).await?;
        let (head, body) = response.split_once("\r\n\r\n").ok_or("no end of head")?;
        let mut lines = head.lines();
        let status = lines
            .next()
            .and_then(|line| line.split(' ').nth(1))
            .ok_or("no status line")?
            .parse()?;
        let content_type = lines
            .filter_map(|line| line.split_once(": "))
            .find(|(name, _)| name.eq_ignore_ascii_case("content-type"))
            .map_or_else(String::new, |(_, value)| value.to_owned());
        Ok::<_, BoxError>((status, content_type, body.to_owned()))
    };
    answer
        .await
        .unwrap_or_else(|error| (0, String::new(), format!("no answer: {error}")))
}

/// The client side of the self-test: counts the answers that are not the expected ones.
#[derive(Default)]
struct Client {
    addr: Option<SocketAddr>,
    failures: usize,
}

impl Client {
    /// Sends a request, prints the exchange, and checks the status; returns the body as JSON
    /// (`Null` when the answer is not JSON).
    async fn expect(&mut self, method: &str, target: &str, content_type: &str, body: &str, status: u16) -> Value {
        let addr = self.addr.expect("the server's address");
        let (got, got_type, got_body) = ask(addr, method, target, content_type, body).await;
        println!("> {method} {target} ({content_type}) {body}");
        println!("< {got} ({got_type}) {got_body}");
        self.check(got == status, &format!("status {got}, expected {status}"));
        if got_type == "application/json" {
            serde_json::from_str(&got_body).unwrap_or(Value::Null)
        } else {
            Value::Null
        }
    }

    /// A request that axum's `Json` refuses before any rule runs: its own answer (plain text,
    /// not slotmodel's JSON) passes through unchanged.
    async fn expect_axums_own(&mut self, target: &str, content_type: &str, body: &str, status: u16) {
        let answer = self.expect("POST", target, content_type, body, status).await;
        self.check(answer.is_null(), "axum's own rejection, not slotmodel's JSON");
    }

    fn check(&mut self, ok: bool, what: &str) {
        if !ok {
            println!("  MISMATCH: {what}");
            self.failures += 1;
        }
    }

    /// The `path` and `code` of each error of a 422 answer.
    fn refusals(errors: &Value) -> Vec<(String, String)> {
        errors
            .as_array()
            .map(|errors| {
                errors
                    .iter()
                    .map(|e| {
                        (
                            e["path"].as_str().unwrap_or("?").to_owned(),
                            e["code"].as_str().unwrap_or("?").to_owned(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default()
    }
}

async fn self_test_against(addr: SocketAddr) -> usize {
    const JSON: &str = "application/json";
    let mut client = Client {
        addr: Some(addr),
        failures: 0,
    };
    let pairs = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
        pairs.iter().map(|&(p, c)| (p.to_owned(), c.to_owned())).collect()
    };

    let created = client
        .expect(
            "POST",
            "/sensors",
            JSON,
            r#"{"name": "greenhouse", "owner": "ada@example.com", "alarm_c": 35}"#,
            201,
        )
        .await;
    client.check(
        created == json!({"id": 1, "name": "greenhouse", "owner": "ada@example.com", "alarm_c": 35}),
        "the created sensor",
    );
    let refused = client
        .expect(
            "POST",
            "/sensors",
            JSON,
            r#"{"name": "", "owner": "nobody", "alarm_c": 300}"#,
            422,
        )
        .await;
    client.check(
        Client::refusals(&refused) == pairs(&[("name", "too_short"), ("owner", "email"), ("alarm_c", "above_max")]),
        "one error per refused field, with its code",
    );
    client
        .expect(
            "POST",
            "/sensors",
            JSON,
            r#"{"name": "greenhouse", "owner": "bob@example.com", "alarm_c": 30}"#,
            409,
        )
        .await;
    let updated = client
        .expect("PUT", "/sensors/1/alarm", JSON, r#"{"alarm_c": 40}"#, 200)
        .await;
    client.check(updated["alarm_c"] == 40, "the new alarm");
    let refused = client
        .expect("PUT", "/sensors/1/alarm", JSON, r#"{"alarm_c": -41}"#, 422)
        .await;
    client.check(
        Client::refusals(&refused) == pairs(&[("alarm_c", "below_min")]),
        "the alarm below the range",
    );
    client
        .expect("PUT", "/sensors/99/alarm", JSON, r#"{"alarm_c": 20}"#, 404)
        .await;
    // Bodies axum's `Json` refuses before any rule runs: its answers pass through unchanged.
    client.expect_axums_own("/sensors", JSON, "{not json", 400).await;
    client
        .expect_axums_own("/sensors", "text/plain", r#"{"name": "x"}"#, 415)
        .await;
    client.expect_axums_own("/sensors", JSON, r#"{"name": "x"}"#, 422).await;
    let sensor = client.expect("GET", "/sensors/1", JSON, "", 200).await;
    client.check(sensor["alarm_c"] == 40, "the alarm as stored");

    // Writers at once: each write takes the write lock, and those that meet it are rerun.
    let writers: Vec<_> = (0..12)
        .map(|n| {
            let body = format!(r#"{{"name": "probe-{n}", "owner": "ops@example.com", "alarm_c": {n}}}"#);
            tokio::spawn(async move { ask(addr, "POST", "/sensors", JSON, &body).await.0 })
        })
        .collect();
    let mut statuses = Vec::new();
    for writer in writers {
        statuses.push(writer.await.unwrap_or(0));
    }
    println!("12 sensors created at once: statuses {statuses:?}");
    client.check(statuses.iter().all(|&s| s == 201), "every concurrent write committed");
    let (_, _, body) = ask(addr, "GET", "/sensors", JSON, "").await;
    let count = serde_json::from_str::<Value>(&body)
        .ok()
        .and_then(|v| v.as_array().map(Vec::len));
    println!("GET /sensors: {count:?} sensors");
    client.check(count == Some(13), "13 sensors stored");
    client.failures
}
