//! The two halves of a tagged table that serde's public API leaves to us: a buffer for the keys
//! read before the tag ([`Content`]), and a serializer that writes the tag in front of a plugin's
//! own fields ([`TaggedSerializer`]). Both need only `alloc`.

use std::boxed::Box;
use std::fmt;
use std::format;
use std::string::String;
use std::vec::Vec;

use serde::de::value::{Error as ContentError, MapAccessDeserializer, MapDeserializer, SeqDeserializer};
use serde::de::{self, IntoDeserializer, Visitor};
use serde::ser::{self, Impossible, SerializeMap, SerializeStruct};

/// Any self-describing value, as read from a configuration.
#[derive(Debug)]
pub(super) enum Content {
    Bool(bool),
    U64(u64),
    I64(i64),
    F64(f64),
    Char(char),
    String(String),
    Bytes(Vec<u8>),
    None,
    Some(Box<Content>),
    Unit,
    Newtype(Box<Content>),
    Seq(Vec<Content>),
    /// In the order read.
    Map(Vec<(Content, Content)>),
}

impl Content {
    /// The text of a string key.
    pub(super) fn as_str(&self) -> Option<&str> {
        match self {
            Content::String(text) => Some(text),
            _ => None,
        }
    }
}

impl<'de> de::Deserialize<'de> for Content {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ContentVisitor)
    }
}

struct ContentVisitor;

impl<'de> Visitor<'de> for ContentVisitor {
    type Value = Content;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Content, E> {
        Ok(Content::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Content, E> {
        Ok(Content::I64(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Content, E> {
        Ok(Content::U64(v))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Content, E> {
        Ok(Content::F64(v))
    }
    fn visit_char<E>(self, v: char) -> Result<Content, E> {
        Ok(Content::Char(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Content, E> {
        Ok(Content::String(String::from(v)))
    }
    fn visit_string<E>(self, v: String) -> Result<Content, E> {
        Ok(Content::String(v))
    }
    fn visit_bytes<E>(self, v: &[u8]) -> Result<Content, E> {
        Ok(Content::Bytes(Vec::from(v)))
    }
    fn visit_byte_buf<E>(self, v: Vec<u8>) -> Result<Content, E> {
        Ok(Content::Bytes(v))
    }
    fn visit_none<E>(self) -> Result<Content, E> {
        Ok(Content::None)
    }
    fn visit_some<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Content, D::Error> {
        de::Deserialize::deserialize(deserializer).map(|inner| Content::Some(Box::new(inner)))
    }
    fn visit_unit<E>(self) -> Result<Content, E> {
        Ok(Content::Unit)
    }
    fn visit_newtype_struct<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Content, D::Error> {
        de::Deserialize::deserialize(deserializer).map(|inner| Content::Newtype(Box::new(inner)))
    }
    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Content, A::Error> {
        // The hint comes from the input: trust it only up to a small bound.
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Content::Seq(items))
    }
    fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Content, A::Error> {
        let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(0).min(64));
        while let Some(entry) = map.next_entry()? {
            entries.push(entry);
        }
        Ok(Content::Map(entries))
    }
}

/// Reads a [`Content`] back as any type.
pub(super) struct ContentDeserializer(pub(super) Content);

impl IntoDeserializer<'_, ContentError> for ContentDeserializer {
    type Deserializer = Self;

    fn into_deserializer(self) -> Self {
        self
    }
}

fn map_entries(
    entries: Vec<(Content, Content)>,
) -> MapDeserializer<'static, impl Iterator<Item = (ContentDeserializer, ContentDeserializer)>, ContentError> {
    MapDeserializer::new(
        entries
            .into_iter()
            .map(|(key, value)| (ContentDeserializer(key), ContentDeserializer(value))),
    )
}

impl<'de> de::Deserializer<'de> for ContentDeserializer {
    type Error = ContentError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ContentError> {
        match self.0 {
            Content::Bool(v) => visitor.visit_bool(v),
            Content::U64(v) => visitor.visit_u64(v),
            Content::I64(v) => visitor.visit_i64(v),
            Content::F64(v) => visitor.visit_f64(v),
            Content::Char(v) => visitor.visit_char(v),
            Content::String(v) => visitor.visit_string(v),
            Content::Bytes(v) => visitor.visit_byte_buf(v),
            Content::None => visitor.visit_none(),
            Content::Some(inner) => visitor.visit_some(ContentDeserializer(*inner)),
            Content::Unit => visitor.visit_unit(),
            Content::Newtype(inner) => visitor.visit_newtype_struct(ContentDeserializer(*inner)),
            Content::Seq(items) => de::Deserializer::deserialize_any(
                SeqDeserializer::new(items.into_iter().map(ContentDeserializer)),
                visitor,
            ),
            Content::Map(entries) => de::Deserializer::deserialize_any(map_entries(entries), visitor),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ContentError> {
        match self.0 {
            Content::None | Content::Unit => visitor.visit_none(),
            Content::Some(inner) => visitor.visit_some(ContentDeserializer(*inner)),
            other => visitor.visit_some(ContentDeserializer(other)),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, ContentError> {
        match self.0 {
            Content::Newtype(inner) => visitor.visit_newtype_struct(ContentDeserializer(*inner)),
            other => visitor.visit_newtype_struct(ContentDeserializer(other)),
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, ContentError> {
        match self.0 {
            // `mode = "fast"`: a unit variant by name.
            Content::String(variant) => visitor.visit_enum(variant.into_deserializer()),
            // `mode = { fast = .. }`: one key, the variant, and its content.
            Content::Map(entries) if entries.len() == 1 => {
                visitor.visit_enum(MapAccessDeserializer::new(map_entries(entries)))
            }
            other => Err(de::Error::invalid_type(
                unexpected(&other),
                &"a variant name, or a table of one key",
            )),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ContentError> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct seq tuple tuple_struct map struct identifier
    }
}

fn unexpected(content: &Content) -> de::Unexpected<'_> {
    match content {
        Content::Bool(v) => de::Unexpected::Bool(*v),
        Content::U64(v) => de::Unexpected::Unsigned(*v),
        Content::I64(v) => de::Unexpected::Signed(*v),
        Content::F64(v) => de::Unexpected::Float(*v),
        Content::Char(v) => de::Unexpected::Char(*v),
        Content::String(v) => de::Unexpected::Str(v),
        Content::Bytes(v) => de::Unexpected::Bytes(v),
        Content::None | Content::Some(_) => de::Unexpected::Option,
        Content::Unit => de::Unexpected::Unit,
        Content::Newtype(_) => de::Unexpected::NewtypeStruct,
        Content::Seq(_) => de::Unexpected::Seq,
        Content::Map(_) => de::Unexpected::Map,
    }
}

/// Writes a plugin as a table: `tag = name` first, then the plugin's own fields. The plugin
/// must serialize as a struct, a map, a unit struct or a newtype of one of these.
pub(super) struct TaggedSerializer<'a, S> {
    pub(super) inner: S,
    pub(super) tag: &'a str,
    pub(super) name: &'static str,
    /// `Exporter plugin "csv" (CsvExporter)`, for messages.
    pub(super) describe: &'a dyn Fn() -> String,
}

impl<S: ser::Serializer> TaggedSerializer<'_, S> {
    fn bad_shape(&self, shape: &str) -> S::Error {
        ser::Error::custom(format!(
            "{} is written as a table with a {:?} key, so it must serialize as a struct, a map or a unit struct, not as {shape}",
            (self.describe)(),
            self.tag
        ))
    }

    fn tag_only(self) -> Result<S::Ok, S::Error> {
        let mut map = self.inner.serialize_map(Some(1))?;
        map.serialize_entry(self.tag, self.name)?;
        map.end()
    }
}

/// The fields of a struct plugin, after the tag.
pub(super) struct TaggedStruct<'a, M> {
    map: M,
    tag: &'a str,
    describe: &'a dyn Fn() -> String,
}

impl<M: SerializeMap> SerializeStruct for TaggedStruct<'_, M> {
    type Ok = M::Ok;
    type Error = M::Error;

    fn serialize_field<T: ?Sized + ser::Serialize>(&mut self, key: &'static str, value: &T) -> Result<(), M::Error> {
        if key == self.tag {
            return Err(ser::Error::custom(format!(
                "{} has a field named {:?}, the registry's tag key; rename the field or the tag",
                (self.describe)(),
                self.tag
            )));
        }
        self.map.serialize_entry(key, value)
    }

    fn end(self) -> Result<M::Ok, M::Error> {
        self.map.end()
    }
}

impl<'a, S: ser::Serializer> ser::Serializer for TaggedSerializer<'a, S> {
    type Ok = S::Ok;
    type Error = S::Error;
    type SerializeSeq = Impossible<S::Ok, S::Error>;
    type SerializeTuple = Impossible<S::Ok, S::Error>;
    type SerializeTupleStruct = Impossible<S::Ok, S::Error>;
    type SerializeTupleVariant = Impossible<S::Ok, S::Error>;
    type SerializeMap = S::SerializeMap;
    type SerializeStruct = TaggedStruct<'a, S::SerializeMap>;
    type SerializeStructVariant = Impossible<S::Ok, S::Error>;

    fn serialize_bool(self, _: bool) -> Result<S::Ok, S::Error> {
        Err(self.bad_shape("a boolean"))
    }
    fn serialize_i8(self, _: i8) -> Result<S::Ok, S::Error> {
        Err(self.bad_shape("a number"))
    }
    fn serialize_i16(self, _: i16) -> Result<S::Ok, S::Error> {
        Err(self.bad_shape("a number"))
    }
    fn serialize_i32(self, _: i32) -> Result<S::Ok, S::Error> {
        Err(self.bad_shape("a number"))
    }
    fn serialize_i64(self, _: i64) -> Result<S::Ok, S::Error> {
        Err(self.bad_shape("a number"))
    }
    fn serialize_u8(self, _: u8) -> Result<S::Ok, S::Error> {
        Err(self.bad_shape("a number"))
    }
    fn serialize_u16(self, _: u16) -> Result<S::Ok, S::Error> {
        Err(self.bad_shape("a number"))
    }
    fn serialize_u32(self, _: u32) -> Result<S::Ok, S::Error> {
        Err(self.bad_shape("a number"))
    }
    fn serialize_u64(self, _: u64) -> Result<S::Ok, S::Error> {
        Err(self.bad_shape("a number"))
    }
    fn serialize_f32(self, _: f32) -> Result<S::Ok, S::Error> {
        Err(self.bad_shape("a number"))
    }
    fn serialize_f64(self, _: f64) -> Result<S::Ok, S::Error> {
        Err(self.bad_shape("a number"))
    }
    fn serialize_char(self, _: char) -> Result<S::Ok, S::Error> {
        Err(self.bad_shape("a character"))
    }
    fn serialize_str(self, _: &str) -> Result<S::Ok, S::Error> {
        Err(self.bad_shape("a string"))
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<S::Ok, S::Error> {
        Err(self.bad_shape("bytes"))
    }
    fn serialize_none(self) -> Result<S::Ok, S::Error> {
        Err(self.bad_shape("an option"))
    }
    fn serialize_some<T: ?Sized + ser::Serialize>(self, _: &T) -> Result<S::Ok, S::Error> {
        Err(self.bad_shape("an option"))
    }
    fn serialize_unit(self) -> Result<S::Ok, S::Error> {
        self.tag_only()
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<S::Ok, S::Error> {
        self.tag_only()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, _: &'static str) -> Result<S::Ok, S::Error> {
        Err(self.bad_shape("an enum variant"))
    }
    fn serialize_newtype_struct<T: ?Sized + ser::Serialize>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<S::Ok, S::Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + ser::Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<S::Ok, S::Error> {
        Err(self.bad_shape("an enum variant"))
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, S::Error> {
        Err(self.bad_shape("a sequence"))
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, S::Error> {
        Err(self.bad_shape("a tuple"))
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeTupleStruct, S::Error> {
        Err(self.bad_shape("a tuple struct"))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, S::Error> {
        Err(self.bad_shape("an enum variant"))
    }
    fn serialize_map(self, len: Option<usize>) -> Result<S::SerializeMap, S::Error> {
        let mut map = self.inner.serialize_map(len.map(|len| len.saturating_add(1)))?;
        map.serialize_entry(self.tag, self.name)?;
        Ok(map)
    }
    fn serialize_struct(self, _name: &'static str, len: usize) -> Result<Self::SerializeStruct, S::Error> {
        let mut map = self.inner.serialize_map(Some(len.saturating_add(1)))?;
        map.serialize_entry(self.tag, self.name)?;
        Ok(TaggedStruct {
            map,
            tag: self.tag,
            describe: self.describe,
        })
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, S::Error> {
        Err(self.bad_shape("an enum variant"))
    }
}
