//! The axum extractors (feature `axum`) in a real server on 127.0.0.1, asked over TCP with plain
//! HTTP/1.1 requests, as a browser or `curl` would ask.

use axum::extract::{FromRef, Path, Query};
use axum::routing::{get, post};
use axum::{Form, Json, Router};
use serde::Deserialize;
use serde_json::{json, Value};
use slotmodel::axum::{Valid, ValidWith};
use slotmodel::{ErrorKind, Validate};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

#[derive(Validate, Deserialize, Debug)]
struct SignUp {
    #[bounded(min = 13)]
    age: u32,
    #[check(email)]
    email: String,
}

#[derive(Validate, Deserialize, Debug)]
struct Page {
    #[bounded(1..=100)]
    size: u8,
}

#[derive(Validate, Deserialize, Debug)]
struct UserId {
    #[bounded(min = 1)]
    id: u32,
}

#[derive(Clone, Default)]
struct Limits {
    max_seats: u32,
}

#[derive(Clone)]
struct AppState {
    limits: Limits,
}

impl FromRef<AppState> for Limits {
    fn from_ref(state: &AppState) -> Limits {
        state.limits.clone()
    }
}

#[allow(clippy::trivially_copy_pass_by_ref, reason = "the signature of a with_ctx rule")]
fn within_limits(seats: &u32, limits: &Limits) -> Result<(), ErrorKind> {
    if *seats <= limits.max_seats {
        Ok(())
    } else {
        Err(ErrorKind::custom(format!(
            "must be at most {}, got {seats}",
            limits.max_seats
        )))
    }
}

#[derive(Validate, Deserialize, Debug)]
#[slotmodel(context = Limits)]
struct Booking {
    #[check(with_ctx(within_limits))]
    seats: u32,
}

async fn sign_up(Valid(Json(form)): Valid<Json<SignUp>>) -> String {
    format!("welcome {}, {}", form.email, form.age)
}

// The same extractor without the wrapper, to compare the rejections with.
async fn sign_up_unchecked(Json(form): Json<SignUp>) -> String {
    format!("welcome {}, {}", form.email, form.age)
}

async fn sign_up_form(Valid(Form(form)): Valid<Form<SignUp>>) -> String {
    format!("welcome {}", form.email)
}

async fn list(Valid(Query(page)): Valid<Query<Page>>) -> String {
    format!("{} items", page.size)
}

async fn list_unchecked(Query(page): Query<Page>) -> String {
    format!("{} items", page.size)
}

async fn user(Valid(Path(user)): Valid<Path<UserId>>) -> String {
    format!("user {}", user.id)
}

async fn user_unchecked(Path(user): Path<UserId>) -> String {
    format!("user {}", user.id)
}

async fn book(ValidWith(Json(booking), _): ValidWith<Json<Booking>, Limits>) -> String {
    format!("{} seats", booking.seats)
}

/// A server on a free port of 127.0.0.1, serving until the test's runtime ends.
async fn serve() -> std::net::SocketAddr {
    let app = Router::new()
        .route("/sign-up", post(sign_up))
        .route("/sign-up-unchecked", post(sign_up_unchecked))
        .route("/sign-up-form", post(sign_up_form))
        .route("/items", get(list))
        .route("/items-unchecked", get(list_unchecked))
        .route("/users/{id}", get(user))
        .route("/users-unchecked/{id}", get(user_unchecked))
        .route("/book", post(book))
        .with_state(AppState {
            limits: Limits { max_seats: 8 },
        });
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    addr
}

/// The answer to one HTTP/1.1 request: status, `Content-Type` and body.
#[derive(Debug, PartialEq)]
struct Answer {
    status: u16,
    content_type: Option<String>,
    body: String,
}

impl Answer {
    fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }
}

async fn ask(addr: std::net::SocketAddr, method: &str, target: &str, content_type: Option<&str>, body: &str) -> Answer {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    let content_type = content_type
        .map(|c| format!("Content-Type: {c}\r\n"))
        .unwrap_or_default();
    let request = format!(
        "{method} {target} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n{content_type}Content-Length: {}\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).await.unwrap();
    let (head, body) = response.split_once("\r\n\r\n").expect("a head and a body");
    let mut lines = head.lines();
    let status = lines.next().unwrap().split(' ').nth(1).unwrap().parse().unwrap();
    let mut content_type = None;
    for line in lines {
        let (name, value) = line.split_once(": ").unwrap();
        assert!(
            !name.eq_ignore_ascii_case("transfer-encoding"),
            "a chunked answer: {response}"
        );
        if name.eq_ignore_ascii_case("content-type") {
            content_type = Some(value.to_owned());
        }
    }
    Answer {
        status,
        content_type,
        body: body.to_owned(),
    }
}

const JSON: Option<&str> = Some("application/json");

#[tokio::test]
async fn a_json_body_that_breaks_its_rules_is_answered_422_with_the_errors() {
    let addr = serve().await;
    let ok = ask(
        addr,
        "POST",
        "/sign-up",
        JSON,
        r#"{"age": 30, "email": "ada@example.com"}"#,
    )
    .await;
    assert_eq!((ok.status, ok.body.as_str()), (200, "welcome ada@example.com, 30"));

    let refused = ask(addr, "POST", "/sign-up", JSON, r#"{"age": 7, "email": "nobody"}"#).await;
    assert_eq!(refused.status, 422);
    assert_eq!(refused.content_type.as_deref(), Some("application/json"));
    assert_eq!(
        refused.json(),
        json!([
            {"path": "age", "code": "below_min", "message": "must be >= 13, got 7", "params": {"min": 13, "got": 7}},
            {"path": "email", "code": "email", "message": "must be an email address, got \"nobody\"", "params": {"got": "nobody"}},
        ])
    );
    // A Rust client reads them back.
    let errors: slotmodel::ValidationErrors = serde_json::from_str(&refused.body).unwrap();
    assert_eq!(errors.first().field(), "age");
}

#[tokio::test]
async fn the_json_extractors_own_rejections_pass_through_unchanged() {
    let addr = serve().await;
    for (content_type, body) in [
        (JSON, "{not json"),
        (JSON, r#"{"age": "old"}"#),
        (Some("text/plain"), r#"{"age": 30, "email": "ada@example.com"}"#),
        (None, r#"{"age": 30, "email": "ada@example.com"}"#),
    ] {
        let wrapped = ask(addr, "POST", "/sign-up", content_type, body).await;
        let plain = ask(addr, "POST", "/sign-up-unchecked", content_type, body).await;
        assert_eq!(wrapped, plain, "{content_type:?} {body}");
        assert!(matches!(wrapped.status, 400 | 415 | 422), "{wrapped:?}");
        assert_ne!(wrapped.content_type.as_deref(), Some("application/json"), "{wrapped:?}");
    }
}

#[tokio::test]
async fn a_form_body_is_validated() {
    let addr = serve().await;
    let form = Some("application/x-www-form-urlencoded");
    let ok = ask(addr, "POST", "/sign-up-form", form, "age=30&email=ada%40example.com").await;
    assert_eq!((ok.status, ok.body.as_str()), (200, "welcome ada@example.com"));
    let refused = ask(addr, "POST", "/sign-up-form", form, "age=12&email=ada%40example.com").await;
    assert_eq!(refused.status, 422);
    assert_eq!(refused.json()[0]["path"], "age");
    assert_eq!(refused.json()[0]["params"], json!({"min": 13, "got": 12}));
}

#[tokio::test]
async fn a_query_is_validated_and_its_own_rejection_passes_through() {
    let addr = serve().await;
    let ok = ask(addr, "GET", "/items?size=20", None, "").await;
    assert_eq!((ok.status, ok.body.as_str()), (200, "20 items"));
    let refused = ask(addr, "GET", "/items?size=0", None, "").await;
    assert_eq!(refused.status, 422);
    assert_eq!(
        refused.json(),
        json!([{"path": "size", "code": "below_min", "message": "must be >= 1, got 0", "params": {"min": 1, "got": 0}}])
    );
    for target in ["?size=many", "", "?size=300"] {
        let wrapped = ask(addr, "GET", &format!("/items{target}"), None, "").await;
        let plain = ask(addr, "GET", &format!("/items-unchecked{target}"), None, "").await;
        assert_eq!(wrapped, plain, "{target}");
        assert_eq!(wrapped.status, 400, "{wrapped:?}");
    }
}

#[tokio::test]
async fn a_path_is_validated_and_its_own_rejection_passes_through() {
    let addr = serve().await;
    let ok = ask(addr, "GET", "/users/7", None, "").await;
    assert_eq!((ok.status, ok.body.as_str()), (200, "user 7"));
    let refused = ask(addr, "GET", "/users/0", None, "").await;
    assert_eq!(refused.status, 422);
    assert_eq!(refused.json()[0]["path"], "id");
    let wrapped = ask(addr, "GET", "/users/abc", None, "").await;
    let plain = ask(addr, "GET", "/users-unchecked/abc", None, "").await;
    assert_eq!((wrapped.status, &wrapped.body), (plain.status, &plain.body));
    assert_eq!(wrapped.status, 400);
}

#[tokio::test]
async fn a_context_comes_from_the_routers_state() {
    let addr = serve().await;
    let ok = ask(addr, "POST", "/book", JSON, r#"{"seats": 8}"#).await;
    assert_eq!((ok.status, ok.body.as_str()), (200, "8 seats"));
    let refused = ask(addr, "POST", "/book", JSON, r#"{"seats": 9}"#).await;
    assert_eq!(refused.status, 422);
    assert_eq!(
        refused.json(),
        json!([{"path": "seats", "code": "custom", "message": "must be at most 8, got 9", "params": {}}])
    );
}
