//! The answer to the same refused request from slotmodel's `Valid<Json<T>>`, garde's and
//! validator's extractors (through `axum-valid`, with its `422` and `into_json` features), side by
//! side: three routes of one real server, asked over TCP. Slotmodel's answer is held to its
//! documented shape; the peers' are printed for the comparison (run with `--nocapture`) and only
//! held to being refusals, since their text is theirs to change.

use axum::routing::post;
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// The same form three times, once per validation crate.
#[derive(slotmodel::Validate, Deserialize)]
struct SignUp {
    #[bounded(min = 13)]
    age: u32,
    #[check(email)]
    email: String,
}

#[derive(garde::Validate, Deserialize)]
struct GardeSignUp {
    #[garde(range(min = 13))]
    age: u32,
    #[garde(email)]
    email: String,
}

#[derive(validator::Validate, Deserialize)]
struct ValidatorSignUp {
    #[validate(range(min = 13))]
    age: u32,
    #[validate(email)]
    email: String,
}

async fn slotmodel_route(slotmodel::axum::Valid(Json(form)): slotmodel::axum::Valid<Json<SignUp>>) -> String {
    format!("{} {}", form.age, form.email)
}

async fn garde_route(axum_valid::Garde(Json(form)): axum_valid::Garde<Json<GardeSignUp>>) -> String {
    format!("{} {}", form.age, form.email)
}

async fn validator_route(axum_valid::Valid(Json(form)): axum_valid::Valid<Json<ValidatorSignUp>>) -> String {
    format!("{} {}", form.age, form.email)
}

async fn serve() -> std::net::SocketAddr {
    let app = Router::new()
        .route("/slotmodel", post(slotmodel_route))
        .route("/garde", post(garde_route))
        .route("/validator", post(validator_route));
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    addr
}

/// POSTs a JSON body; the answer's status and body.
async fn post_json(addr: std::net::SocketAddr, target: &str, body: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    let request = format!(
        "POST {target} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).await.unwrap();
    let (head, body) = response.split_once("\r\n\r\n").unwrap();
    let status = head.split(' ').nth(1).unwrap().parse().unwrap();
    (status, body.to_owned())
}

const REFUSED: &str = r#"{"age": 7, "email": "nobody"}"#;

#[tokio::test]
async fn the_same_refused_body_through_slotmodel_garde_and_validator() {
    let addr = serve().await;
    let mut answers = Vec::new();
    for target in ["/slotmodel", "/garde", "/validator"] {
        let ok = post_json(addr, target, r#"{"age": 30, "email": "ada@example.com"}"#).await;
        assert_eq!(ok, (200, "30 ada@example.com".to_owned()), "{target}");
        let (status, body) = post_json(addr, target, REFUSED).await;
        println!("{target}: {status} {body}");
        assert_eq!(status, 422, "{target}: {body}");
        let body: Value = serde_json::from_str(&body).unwrap_or_else(|e| panic!("{target}: {e}: {body}"));
        answers.push(body);
    }
    // Slotmodel's: an array, one object per refused field, in field order, each with the path a
    // client matches to its form, a stable code, a message and the values behind it.
    assert_eq!(
        answers[0],
        json!([
            {"path": "age", "code": "below_min", "message": "must be >= 13, got 7", "params": {"min": 13, "got": 7}},
            {"path": "email", "code": "email", "message": "must be an email address, got \"nobody\"", "params": {"got": "nobody"}},
        ])
    );
    // The peers refuse both fields too, each naming them somewhere in its own shape.
    for (peer, answer) in ["garde", "validator"].iter().zip(&answers[1..]) {
        let text = answer.to_string();
        assert!(text.contains("age") && text.contains("email"), "{peer}: {text}");
    }
}
