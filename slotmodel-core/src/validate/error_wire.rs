//! Validation errors as data on the wire (feature `serde`): the stable JSON form a service sends
//! and a client reads back.
//!
//! `ValidationErrors` is an array with one object per refused field:
//!
//! ```json
//! [{"path": "age", "code": "below_min", "message": "must be >= 13, got 7", "params": {"min": 13, "got": 7}}]
//! ```
//!
//! The struct's name is not sent: it is a Rust name a client has no use for (it matches `path`
//! to its form fields) and a service need not disclose. Nor are number types: `7_i32` and `7_u8`
//! are both `7`, and read back as the JSON number they are (`Unsigned` when not negative,
//! `Signed` when negative, `F64` with a fraction or exponent).

use alloc::borrow::Cow;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt;

use serde::de::{self, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::{ErrorKind, Errors, FieldError, IpVersion, LengthUnit, Number, TextRule};

impl<E: Serialize> Serialize for Errors<E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.len()))?;
        for error in self {
            seq.serialize_element(error)?;
        }
        seq.end()
    }
}

impl<'de, E: Deserialize<'de>> Deserialize<'de> for Errors<E> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // `Errors` is never empty, on the wire too.
        Errors::from_vec(Vec::deserialize(deserializer)?)
            .ok_or_else(|| de::Error::invalid_length(0, &"at least one error"))
    }
}

impl Serialize for FieldError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let kind = self.kind();
        let mut map = serializer.serialize_map(Some(4))?;
        map.serialize_entry("path", self.field())?;
        map.serialize_entry("code", self.code().unwrap_or(kind.code()))?;
        match self.message() {
            Some(message) => map.serialize_entry("message", message)?,
            None => map.serialize_entry("message", &kind.to_string())?,
        }
        map.serialize_entry("params", &Params(&kind, self.code().is_some()))?;
        map.end()
    }
}

impl<'de> Deserialize<'de> for FieldError {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let wire = deserializer.deserialize_map(WireVisitor)?;
        let kind = wire.kind();
        // The message and code are the rule's own when they differ from the kind's.
        let (own_message, own_code) = (wire.message != kind.to_string(), wire.code != kind.code());
        let mut error = FieldError::new("", wire.path.unwrap_or_default(), kind);
        if own_message {
            error = error.with_message(wire.message);
        }
        if own_code {
            error = error.with_code(wire.code);
        }
        Ok(error)
    }
}

/// `ErrorKind` alone is the object of a `FieldError` without its `path`.
impl Serialize for ErrorKind {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(3))?;
        map.serialize_entry("code", self.code())?;
        map.serialize_entry("message", &self.to_string())?;
        map.serialize_entry("params", &Params(self, false))?;
        map.end()
    }
}

impl<'de> Deserialize<'de> for ErrorKind {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(deserializer.deserialize_map(WireVisitor)?.kind())
    }
}

/// The `params` object of a kind: its bounds and the refused value, and the kind's code when
/// the rule's own code (`true`) takes its place in `code`.
struct Params<'a>(&'a ErrorKind, bool);

impl Serialize for Params<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // An exclusive bound is named as its attribute key is: `min_exclusive`, `max_exclusive`.
        let bound =
            |inclusive: bool, name: &'static str, exclusive: &'static str| if inclusive { name } else { exclusive };
        let mut map = serializer.serialize_map(None)?;
        if self.1 {
            map.serialize_entry("kind", self.0.code())?;
        }
        match self.0 {
            ErrorKind::BelowMin { min, inclusive, got } => {
                map.serialize_entry(bound(*inclusive, "min", "min_exclusive"), &WireNumber(*min))?;
                map.serialize_entry("got", &WireNumber(*got))?;
            }
            ErrorKind::AboveMax { max, inclusive, got } => {
                map.serialize_entry(bound(*inclusive, "max", "max_exclusive"), &WireNumber(*max))?;
                map.serialize_entry("got", &WireNumber(*got))?;
            }
            ErrorKind::TooShort { min, unit, got } => {
                map.serialize_entry("min", min)?;
                map.serialize_entry("unit", unit.wire_name())?;
                map.serialize_entry("got", got)?;
            }
            ErrorKind::TooLong {
                max,
                inclusive,
                unit,
                got,
            } => {
                map.serialize_entry(bound(*inclusive, "max", "max_exclusive"), max)?;
                map.serialize_entry("unit", unit.wire_name())?;
                map.serialize_entry("got", got)?;
            }
            ErrorKind::Email { got } => map.serialize_entry("got", got)?,
            ErrorKind::Url { got, reason } => {
                map.serialize_entry("reason", reason)?;
                map.serialize_entry("got", got)?;
            }
            ErrorKind::Ip { version, got } => {
                map.serialize_entry("version", version_name(*version))?;
                map.serialize_entry("got", got)?;
            }
            ErrorKind::Pattern { pattern, got } => {
                map.serialize_entry("pattern", pattern)?;
                map.serialize_entry("got", got)?;
            }
            ErrorKind::Text { rule, got } => {
                let (name, arg) = text_rule(*rule);
                map.serialize_entry("rule", name)?;
                if let Some(arg) = arg {
                    map.serialize_entry("arg", arg)?;
                }
                map.serialize_entry("got", got)?;
            }
            ErrorKind::Mismatch { other } => map.serialize_entry("other", other)?,
            ErrorKind::NotANumber | ErrorKind::Required | ErrorKind::Custom { .. } => {}
        }
        map.end()
    }
}

fn version_name(version: IpVersion) -> &'static str {
    match version {
        IpVersion::Any => "any",
        IpVersion::V4 => "v4",
        IpVersion::V6 => "v6",
    }
}

/// The rule's key as written in `#[check(..)]` and its argument.
fn text_rule(rule: TextRule) -> (&'static str, Option<&'static str>) {
    match rule {
        TextRule::Ascii => ("ascii", None),
        TextRule::Alphanumeric => ("alphanumeric", None),
        TextRule::Contains(arg) => ("contains", Some(arg)),
        TextRule::NotContains(arg) => ("not_contains", Some(arg)),
        TextRule::Prefix(arg) => ("prefix", Some(arg)),
        TextRule::Suffix(arg) => ("suffix", Some(arg)),
    }
}

/// A `Number` as the plain JSON number it is, in the narrowest form that holds it (most formats
/// read 64-bit integers; only wider values need 128 bits).
struct WireNumber(Number);

impl Serialize for WireNumber {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Number::Signed(n) => match i64::try_from(n) {
                Ok(n) => serializer.serialize_i64(n),
                Err(_) => serializer.serialize_i128(n),
            },
            Number::Unsigned(n) => match u64::try_from(n) {
                Ok(n) => serializer.serialize_u64(n),
                Err(_) => serializer.serialize_u128(n),
            },
            // As `f32`, so that `0.1_f32` is written `0.1`.
            Number::F32(n) => serializer.serialize_f32(n),
            Number::F64(n) => serializer.serialize_f64(n),
        }
    }
}

/// One value of `params` as read: a number, a string, or something this version does not use.
enum Param {
    Number(Number),
    Text(String),
    Other,
}

impl Param {
    fn number(&self) -> Option<Number> {
        match self {
            Param::Number(n) => Some(*n),
            _ => None,
        }
    }

    fn count(&self) -> Option<usize> {
        match self {
            Param::Number(Number::Unsigned(n)) => usize::try_from(*n).ok(),
            _ => None,
        }
    }

    fn text(&self) -> Option<&str> {
        match self {
            Param::Text(text) => Some(text),
            _ => None,
        }
    }
}

impl<'de> Deserialize<'de> for Param {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ParamVisitor)
    }
}

struct ParamVisitor;

impl<'de> Visitor<'de> for ParamVisitor {
    type Value = Param;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a number or a string")
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Param, E> {
        self.visit_i128(i128::from(v))
    }
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Param, E> {
        // Not negative reads as unsigned, whichever way the format stored it.
        Ok(Param::Number(
            u128::try_from(v).map_or(Number::Signed(v), Number::Unsigned),
        ))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Param, E> {
        Ok(Param::Number(Number::Unsigned(u128::from(v))))
    }
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Param, E> {
        Ok(Param::Number(Number::Unsigned(v)))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Param, E> {
        Ok(Param::Number(Number::F64(v)))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Param, E> {
        Ok(Param::Text(v.into()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Param, E> {
        Ok(Param::Text(v))
    }
    // Values a later version may add (flags, lists, objects, null) are read and set aside.
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Param, E> {
        Ok(Param::Other)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Param, E> {
        Ok(Param::Other)
    }
    fn visit_none<E: de::Error>(self) -> Result<Param, E> {
        Ok(Param::Other)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Param, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Param::Other)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Param, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Param::Other)
    }
}

/// The `params` object as read, in the order written.
struct ParamMap(Vec<(String, Param)>);

impl ParamMap {
    fn get(&self, key: &str) -> Option<&Param> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }
}

impl<'de> Deserialize<'de> for ParamMap {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MapVisitor;
        impl<'de> Visitor<'de> for MapVisitor {
            type Value = ParamMap;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object of parameters")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ParamMap, A::Error> {
                let mut params = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    params.push(entry);
                }
                Ok(ParamMap(params))
            }
        }
        deserializer.deserialize_map(MapVisitor)
    }
}

/// One error object as read.
struct Wire {
    path: Option<String>,
    code: String,
    message: String,
    params: ParamMap,
}

struct WireVisitor;

impl<'de> Visitor<'de> for WireVisitor {
    type Value = Wire;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an error object with `code`, `message` and `params`")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Wire, A::Error> {
        let (mut path, mut code, mut message, mut params) = (None, None, None, None);
        while let Some(key) = map.next_key::<Cow<'de, str>>()? {
            match &*key {
                "path" => path = Some(map.next_value()?),
                "code" => code = Some(map.next_value()?),
                "message" => message = Some(map.next_value()?),
                "params" => params = Some(map.next_value()?),
                // Keys a later version may add.
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(Wire {
            path,
            code: code.ok_or_else(|| de::Error::missing_field("code"))?,
            message: message.ok_or_else(|| de::Error::missing_field("message"))?,
            params: params.unwrap_or(ParamMap(Vec::new())),
        })
    }
}

impl Wire {
    /// The kind the code names (`params.kind` under a rule's own code). A kind whose data the
    /// wire cannot rebuild (the compile-time arguments of `pattern`, the text rules and
    /// `matches`, a unit this build lacks, a kind this version does not know) reads as `Custom`
    /// with the same message.
    fn kind(&self) -> ErrorKind {
        // Under a rule's own code, the kind's code is in `params.kind`.
        let known = match self.params.get("kind").and_then(Param::text) {
            Some(kind) => kind,
            None => self.code.as_str(),
        };
        self.rebuild(known)
            .unwrap_or_else(|| ErrorKind::custom(self.message.clone()))
    }

    fn rebuild(&self, code: &str) -> Option<ErrorKind> {
        let p = &self.params;
        let got_text = || Some(p.get("got")?.text()?.to_string());
        // A bound under its inclusive or its exclusive name.
        let bound = |name: &str, exclusive: &str| match (p.get(name), p.get(exclusive)) {
            (Some(v), None) => Some((v, true)),
            (None, Some(v)) => Some((v, false)),
            _ => None,
        };
        Some(match code {
            "below_min" => {
                let (min, inclusive) = bound("min", "min_exclusive")?;
                ErrorKind::BelowMin {
                    min: min.number()?,
                    inclusive,
                    got: p.get("got")?.number()?,
                }
            }
            "above_max" => {
                let (max, inclusive) = bound("max", "max_exclusive")?;
                ErrorKind::AboveMax {
                    max: max.number()?,
                    inclusive,
                    got: p.get("got")?.number()?,
                }
            }
            "not_a_number" => ErrorKind::NotANumber,
            "too_short" => ErrorKind::TooShort {
                min: p.get("min")?.count()?,
                unit: unit(p.get("unit")?.text()?)?,
                got: p.get("got")?.count()?,
            },
            "too_long" => {
                let (max, inclusive) = bound("max", "max_exclusive")?;
                ErrorKind::TooLong {
                    max: max.count()?,
                    inclusive,
                    unit: unit(p.get("unit")?.text()?)?,
                    got: p.get("got")?.count()?,
                }
            }
            "required" => ErrorKind::Required,
            "email" => ErrorKind::Email { got: got_text()? },
            "url" => ErrorKind::Url {
                got: got_text()?,
                reason: Cow::Owned(p.get("reason")?.text()?.to_string()),
            },
            "ip" => ErrorKind::Ip {
                version: match p.get("version")?.text()? {
                    "any" => IpVersion::Any,
                    "v4" => IpVersion::V4,
                    "v6" => IpVersion::V6,
                    _ => return None,
                },
                got: got_text()?,
            },
            _ => return None,
        })
    }
}

fn unit(name: &str) -> Option<LengthUnit> {
    Some(match name {
        "chars" => LengthUnit::Chars,
        "bytes" => LengthUnit::Bytes,
        "utf16" => LengthUnit::Utf16,
        #[cfg(feature = "unicode")]
        "graphemes" => LengthUnit::Graphemes,
        _ => return None,
    })
}
