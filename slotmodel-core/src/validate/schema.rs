//! JSON Schema from the same declaration (feature `schemars`): `#[slotmodel(json_schema)]`
//! implements `schemars::JsonSchema` with each field's schema narrowed by its rules, so an
//! `OpenAPI` document states what `validate` checks.

use alloc::borrow::Cow;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use schemars::Schema;
use serde_json::{Map, Value};

use crate::{FieldSpec, IpVersion, LengthUnit, Number, Rule, TextRule};

/// The object schema of a struct: one property per field (named as in `FIELDS`), each the
/// field type's schema with the field's rules as constraints; fields that are not `Option`s
/// are `required`.
#[must_use]
pub fn object_schema(fields: &[FieldSpec], properties: Vec<Schema>) -> Schema {
    let mut props = Map::new();
    let mut required = Vec::new();
    for (spec, mut schema) in fields.iter().zip(properties) {
        let optional = spec.ty.starts_with("Option<");
        if !optional || spec.rules.contains(&Rule::Required) {
            required.push(Value::String(spec.name.to_string()));
        }
        constrain(&mut schema, spec.rules);
        props.insert(spec.name.to_string(), schema.to_value());
    }
    let mut object = Map::new();
    object.insert("type".into(), "object".into());
    object.insert("properties".into(), Value::Object(props));
    object.insert("required".into(), Value::Array(required));
    Schema::from(object)
}

/// `email` as a pattern no stricter than the rule: a local part of 1 to 64 of the characters the
/// HTML standard allows, `@`, and a domain without `@` (the rule's labels, or with `idna` any
/// Unicode domain whose ASCII form is valid). `format: email` is not emitted: it means RFC 5321's
/// dot-atom, which refuses dots at the ends or doubled in the local part (`a.@b.example`,
/// `a..b@c.example`) and non-ASCII domains, all of which the rule accepts.
const EMAIL_PATTERN: &str = "^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[^@]+$";

/// `url` as a pattern no stricter than the rule: the parser reads an absolute URL only after a
/// scheme (an ASCII letter, then letters, digits, `+`, `-`, `.`, then `:`), and the rule refuses
/// control characters. `format: uri` is not emitted: RFC 3986 refuses what the WHATWG parser
/// percent-encodes and the rule accepts, such as a space or `ä` in the path (`http://x/a b`).
const URL_PATTERN: &str = "^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\u0000-\\u001f\\u007f-\\u009f]*$";

/// Adds what `rules` require to `schema`. Rules JSON Schema cannot state (lengths in bytes,
/// UTF-16 units or graphemes, `alphanumeric`, `#[check(expr)]`) add nothing, and `email` and
/// `url` add a looser pattern in place of a `format` that would refuse values they accept: the
/// schema then accepts more than `validate`, never less.
fn constrain(schema: &mut Schema, rules: &[Rule]) {
    let is_array = has_type(schema, "array");
    let Some(object) = schema.as_object_mut() else {
        return;
    };
    for rule in rules {
        match rule {
            Rule::Range {
                min,
                min_inclusive,
                max,
                max_inclusive,
            } => {
                let key = |inclusive: bool, plain: &'static str, exclusive: &'static str| {
                    if inclusive {
                        plain
                    } else {
                        exclusive
                    }
                };
                if let Some(value) = min.and_then(|b| b.value).and_then(number) {
                    object.insert(key(*min_inclusive, "minimum", "exclusiveMinimum").into(), value);
                }
                if let Some(value) = max.and_then(|b| b.value).and_then(number) {
                    object.insert(key(*max_inclusive, "maximum", "exclusiveMaximum").into(), value);
                }
            }
            Rule::Length {
                unit: LengthUnit::Chars,
                min,
                max,
                max_inclusive,
            } => {
                let (low, high) = if is_array {
                    ("minItems", "maxItems")
                } else {
                    ("minLength", "maxLength")
                };
                if let Some(min) = min {
                    object.insert(low.into(), (*min).into());
                }
                if let Some(max) = max {
                    let max = if *max_inclusive { *max } else { max.saturating_sub(1) };
                    object.insert(high.into(), max.into());
                }
            }
            Rule::Email => add_pattern(object, EMAIL_PATTERN.into()),
            Rule::Url => add_pattern(object, URL_PATTERN.into()),
            Rule::Ip(IpVersion::V4) => {
                object.insert("format".into(), "ipv4".into());
            }
            Rule::Ip(IpVersion::V6) => {
                object.insert("format".into(), "ipv6".into());
            }
            Rule::Pattern(pattern) => add_pattern(object, (*pattern).into()),
            Rule::Text(TextRule::Prefix(prefix)) => add_pattern(object, alloc::format!("^{}", escape(prefix)).into()),
            Rule::Text(TextRule::Suffix(suffix)) => add_pattern(object, alloc::format!("{}$", escape(suffix)).into()),
            Rule::Text(TextRule::Contains(needle)) => add_pattern(object, escape(needle).into()),
            Rule::Text(TextRule::Ascii) => add_pattern(object, "^[\\u0000-\\u007f]*$".into()),
            Rule::Text(TextRule::NotContains(needle)) => {
                let mut not = Map::new();
                not.insert("pattern".into(), escape(needle).into());
                add_all_of(object, Value::Object(not), true);
            }
            Rule::Required => {
                let mut null = Map::new();
                null.insert("type".into(), "null".into());
                add_all_of(object, Value::Object(null), true);
            }
            Rule::Each(inner) => {
                let key = if is_array { "items" } else { "additionalProperties" };
                if let Some(Ok(mut items)) = object.get(key).cloned().map(Schema::try_from) {
                    constrain(&mut items, inner);
                    object.insert(key.into(), items.to_value());
                }
            }
            _ => {}
        }
    }
}

/// Whether `schema` (or its non-null alternative, for an `Option`) has JSON type `ty`.
fn has_type(schema: &Schema, ty: &str) -> bool {
    match schema.get("type") {
        Some(Value::String(t)) => t == ty,
        Some(Value::Array(types)) => types.iter().any(|t| t == ty),
        _ => false,
    }
}

fn number(value: Number) -> Option<Value> {
    match value {
        Number::Signed(n) => i64::try_from(n).ok().map(Value::from),
        Number::Unsigned(n) => u64::try_from(n).ok().map(Value::from),
        Number::F32(n) => serde_json::Number::from_f64(f64::from(n)).map(Value::Number),
        Number::F64(n) => serde_json::Number::from_f64(n).map(Value::Number),
    }
}

/// A second pattern on one schema goes in `allOf`, since a schema has one `pattern`.
fn add_pattern(object: &mut Map<String, Value>, pattern: Cow<'_, str>) {
    if object.contains_key("pattern") {
        let mut extra = Map::new();
        extra.insert("pattern".into(), pattern.into_owned().into());
        add_all_of(object, Value::Object(extra), false);
    } else {
        object.insert("pattern".into(), pattern.into_owned().into());
    }
}

fn add_all_of(object: &mut Map<String, Value>, schema: Value, negate: bool) {
    let schema = if negate {
        let mut not = Map::new();
        not.insert("not".into(), schema);
        Value::Object(not)
    } else {
        schema
    };
    match object.get_mut("allOf") {
        Some(Value::Array(all)) => all.push(schema),
        _ => {
            object.insert("allOf".into(), Value::Array(alloc::vec![schema]));
        }
    }
}

/// `text` as a regular expression matching itself, in the ECMA-262 syntax JSON Schema uses.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "\\^$.|?*+()[]{}/-".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// `#[slotmodel(json_schema)]`: `JsonSchema` for `$ident`, from its `FIELDS`.
#[doc(hidden)]
#[macro_export]
macro_rules! __json_schema {
    ($ident:ident { $($ty:ty),* }) => {
        #[automatically_derived]
        impl $crate::__private01::schemars::JsonSchema for $ident {
            fn schema_name() -> $crate::__private01::Cow<'static, str> {
                $crate::__private01::Cow::Borrowed(::core::stringify!($ident))
            }
            fn json_schema(generator: &mut $crate::__private01::schemars::SchemaGenerator) -> $crate::__private01::schemars::Schema {
                let properties = $crate::__private01::vec![$(generator.subschema_for::<$ty>()),*];
                $crate::__private01::object_schema($ident::FIELDS, properties)
            }
        }
    };
}
