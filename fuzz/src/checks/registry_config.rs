//! Plugins read from untrusted configuration text: any input is a plugin or an error, never a
//! panic, and a plugin that was read is written back to text that reads back the same.

use serde::{Deserialize, Serialize};

/// A registry read from configurations, with a constructor registry's arguments.
#[slotmodel::registry(args = Size, serde(tag = "type"))]
pub trait Shape {
    /// What the plugin holds, as text.
    fn describe(&self) -> String;
}

/// The arguments of plugins built by `new = ..`.
#[derive(Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Size {
    side: u32,
}

/// Read as its own type; every field has a default.
#[derive(Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Label {
    text: String,
    size: Option<i64>,
    tags: Vec<String>,
}

#[slotmodel::plugin(name = "label", alias = "lbl", alias = "étiquette")]
impl Shape for Label {
    fn describe(&self) -> String {
        format!("label {:?} {:?} {:?}", self.text, self.size, self.tags)
    }
}

/// Built from `Size` by its constructor.
#[derive(Serialize)]
pub struct Square {
    side: u32,
}

impl Square {
    fn new(size: Size) -> Self {
        Square { side: size.side }
    }
}

#[slotmodel::plugin(name = "square", new = Square::new)]
impl Shape for Square {
    fn describe(&self) -> String {
        format!("square {}", self.side)
    }
}

/// A unit plugin: its table is the tag alone.
#[derive(Default, Serialize, Deserialize)]
pub struct Dot;

#[slotmodel::plugin]
impl Shape for Dot {
    fn describe(&self) -> String {
        "dot".to_owned()
    }
}

/// Reads the input as JSON text (lossy UTF-8); a plugin read must round-trip through its
/// written form.
///
/// # Panics
///
/// When reading or writing panics, or a plugin does not read back as written.
pub fn registry_config(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let Ok(shape) = serde_json::from_str::<Box<dyn Shape>>(&text) else {
        return;
    };
    let written = serde_json::to_string(&shape).expect("a plugin that was read can be written");
    let again: Box<dyn Shape> =
        serde_json::from_str(&written).unwrap_or_else(|e| panic!("{written} does not read back: {e}"));
    assert_eq!(again.describe(), shape.describe(), "{written}");
}
