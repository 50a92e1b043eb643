//! Registries read from configuration files (`#[slotmodel::registry(serde(tag = "type"))]`): a
//! table such as `{"type": "csv", "delimiter": ";"}` picks the plugin by its tag, and the rest of
//! the table becomes the plugin (or its constructor's arguments). Writing a plugin puts the tag
//! back in front of its fields.

use std::any::TypeId;
use std::boxed::Box;
use std::collections::BTreeSet;
use std::fmt;
use std::format;
use std::string::String;
use std::vec::Vec;

use serde::de::value::Error as RestError;
use serde::de::{self, DeserializeOwned, MapAccess, Visitor};
use serde::ser;

use super::content::{Content, ContentDeserializer, TaggedSerializer};

use super::{Pluggable, PluginEntry, Registry};
use crate::registry::plugin_support::{FromArgs, FromSelf, NoSerde, Tagged};

/// What a registry trait with `serde(..)` asks of each plugin: that it can be written back, tag
/// and all. Implemented by every `Serialize + 'static` type; `#[slotmodel::registry(serde)]`
/// makes it a supertrait of the registry trait, so `dyn Trait` can say what it holds.
///
/// # Examples
///
/// ```
/// use slotmodel::SerdePlugin;
///
/// #[derive(serde::Serialize)]
/// struct Csv { delimiter: char }
///
/// let plugin: &dyn SerdePlugin = &Csv { delimiter: ';' };
/// assert_eq!(plugin.plugin_type_id(), std::any::TypeId::of::<Csv>());
/// ```
#[diagnostic::on_unimplemented(
    message = "plugin `{Self}` of a serde registry cannot be written back to a configuration",
    label = "`{Self}` does not implement `serde::Serialize`",
    note = "derive it: `#[derive(serde::Serialize, serde::Deserialize)]` on `{Self}`"
)]
pub trait SerdePlugin {
    /// The concrete type's id, to find its plugin name in the registry.
    fn plugin_type_id(&self) -> TypeId;
    /// The plugin as a type-erased `Serialize`.
    #[doc(hidden)]
    fn as_erased_serialize(&self) -> &dyn erased_serde::Serialize;
}

impl<T: serde::Serialize + 'static> SerdePlugin for T {
    fn plugin_type_id(&self) -> TypeId {
        TypeId::of::<T>()
    }
    fn as_erased_serialize(&self) -> &dyn erased_serde::Serialize {
        self
    }
}

/// Reads the rest of a tagged table into a plugin of `R`.
type Reader<R> = fn(&PluginEntry<R>, &mut dyn erased_serde::Deserializer<'_>) -> Result<Box<R>, erased_serde::Error>;

/// How one plugin is read from a configuration. Not public API: built by `#[slotmodel::plugin]`.
#[doc(hidden)]
pub struct PluginSerde<R: ?Sized + Pluggable> {
    /// Reads the rest of the table into the plugin, or into its constructor's arguments.
    pub deserialize: Reader<R>,
    /// The plugin type's id, to find its name when writing it back.
    pub type_id: fn() -> TypeId,
}

impl<R: ?Sized + Pluggable> Clone for PluginSerde<R> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<R: ?Sized + Pluggable> Copy for PluginSerde<R> {}

/// A plugin type boxed as its registry's trait object; `#[slotmodel::plugin]` implements it next
/// to the impl, where the coercion is known.
#[doc(hidden)]
pub trait IntoPlugin<R: ?Sized> {
    /// `Box::new(self)` as `Box<R>`.
    fn into_plugin(self) -> Box<R>;
}

/// How the plugin `T` of registry `R` is read, by mode (`Self`) and construction (`How`). Each
/// impl exists for every type, with its needs as where clauses: a plugin that misses one gets
/// serde's own message ("consider adding `#[derive(serde::Deserialize)]`").
#[doc(hidden)]
pub trait SerdeMode<R: ?Sized + Pluggable, T, How> {
    /// `None` for registries without `serde(..)`.
    const SERDE: Option<PluginSerde<R>>;
}

impl<R: ?Sized + Pluggable, T, How> SerdeMode<R, T, How> for NoSerde {
    const SERDE: Option<PluginSerde<R>> = None;
}

impl<R: ?Sized + Pluggable, T: DeserializeOwned + IntoPlugin<R> + 'static> SerdeMode<R, T, FromSelf> for Tagged {
    const SERDE: Option<PluginSerde<R>> = Some(PluginSerde {
        deserialize: deserialize_self::<R, T>,
        type_id: TypeId::of::<T>,
    });
}

impl<R: ?Sized + Pluggable, T: 'static> SerdeMode<R, T, FromArgs> for Tagged
where
    R::Args: DeserializeOwned,
{
    const SERDE: Option<PluginSerde<R>> = Some(PluginSerde {
        deserialize: deserialize_args::<R>,
        type_id: TypeId::of::<T>,
    });
}

fn deserialize_self<R: ?Sized + Pluggable, T: DeserializeOwned + IntoPlugin<R>>(
    _: &PluginEntry<R>,
    deserializer: &mut dyn erased_serde::Deserializer<'_>,
) -> Result<Box<R>, erased_serde::Error> {
    erased_serde::deserialize::<T>(deserializer).map(IntoPlugin::into_plugin)
}

fn deserialize_args<R: ?Sized + Pluggable>(
    entry: &PluginEntry<R>,
    deserializer: &mut dyn erased_serde::Deserializer<'_>,
) -> Result<Box<R>, erased_serde::Error>
where
    R::Args: DeserializeOwned,
{
    erased_serde::deserialize::<R::Args>(deserializer).map(entry.create)
}

impl<R: ?Sized + Pluggable> Registry<R> {
    /// Reads a plugin from a table whose `tag` key names it, such as
    /// `{"type": "csv", "delimiter": ";"}`: the name (or an alias) picks the plugin, and the
    /// other keys become the plugin, or its constructor's arguments. The keys may come in any
    /// order. `Box<dyn Trait>: Deserialize` calls this for registries declared with
    /// `#[slotmodel::registry(serde(tag = ".."))]`.
    ///
    /// # Errors
    ///
    /// A `D::Error` when the value is not a table, has no tag or two, names no single plugin (the
    /// message is [`PluginError`](super::PluginError)'s, with the nearest name and the list of
    /// names), or does not fit the plugin.
    ///
    /// # Examples
    ///
    /// ```
    /// #[slotmodel::registry(serde(tag = "kind"))]
    /// pub trait Shape { fn sides(&self) -> u32; }
    ///
    /// #[derive(Default, serde::Serialize, serde::Deserialize)]
    /// struct Polygon { sides: u32 }
    ///
    /// #[slotmodel::plugin(name = "polygon", alias = "poly")]
    /// impl Shape for Polygon { fn sides(&self) -> u32 { self.sides } }
    ///
    /// let registry = slotmodel::registry::<dyn Shape>();
    /// let mut json = serde_json::Deserializer::from_str(r#"{"sides": 5, "kind": "poly"}"#);
    /// assert_eq!(registry.deserialize_tagged("kind", &mut json).unwrap().sides(), 5);
    ///
    /// let err = serde_json::from_str::<Box<dyn Shape>>(r#"{"kind": "polygn"}"#).err().unwrap();
    /// assert!(err.to_string().contains(r#"did you mean "polygon"? available: polygon"#), "{err}");
    /// ```
    pub fn deserialize_tagged<'de, D: de::Deserializer<'de>>(
        &self,
        tag: &str,
        deserializer: D,
    ) -> Result<Box<R>, D::Error> {
        deserializer.deserialize_map(TaggedVisitor { registry: self, tag })
    }

    /// Writes `plugin` as a table whose `tag` key holds its plugin name, followed by its own
    /// fields: what [`deserialize_tagged`](Registry::deserialize_tagged) reads back.
    /// `dyn Trait: Serialize` calls this for registries declared with
    /// `#[slotmodel::registry(serde(tag = ".."))]`.
    ///
    /// # Errors
    ///
    /// An `S::Error` when the plugin's type is not registered here, when it does not serialize
    /// as a table (a struct, a map or a unit struct), or when one of its fields is named like
    /// the tag.
    ///
    /// # Examples
    ///
    /// ```
    /// #[slotmodel::registry(serde)]
    /// pub trait Shape { fn sides(&self) -> u32; }
    ///
    /// #[derive(Default, serde::Serialize, serde::Deserialize)]
    /// struct Polygon { sides: u32 }
    ///
    /// #[slotmodel::plugin]
    /// impl Shape for Polygon { fn sides(&self) -> u32 { self.sides } }
    ///
    /// let shape: Box<dyn Shape> = Box::new(Polygon { sides: 6 });
    /// let json = serde_json::to_string(&shape).unwrap();
    /// assert_eq!(json, r#"{"type":"polygon","sides":6}"#);
    /// assert_eq!(serde_json::from_str::<Box<dyn Shape>>(&json).unwrap().sides(), 6);
    /// ```
    pub fn serialize_tagged<S: ser::Serializer>(&self, tag: &str, plugin: &R, serializer: S) -> Result<S::Ok, S::Error>
    where
        R: SerdePlugin,
    {
        use ser::Error as _;
        let type_id = plugin.plugin_type_id();
        let Some(entry) = self
            .index()
            .entries
            .iter()
            .find(|entry| entry.serde.is_some_and(|serde| (serde.type_id)() == type_id))
        else {
            return Err(S::Error::custom(format!(
                "this {} plugin's type is not registered in the registry it is written from",
                R::NAME
            )));
        };
        let describe = || format!("{} plugin {:?} ({})", R::NAME, entry.info.name, entry.info.type_name);
        erased_serde::serialize(
            plugin.as_erased_serialize(),
            TaggedSerializer {
                inner: serializer,
                tag,
                name: entry.info.name,
                describe: &describe,
            },
        )
    }
}

/// Reads `{tag: name, ..rest}`, in any order of keys.
struct TaggedVisitor<'a, R: ?Sized + Pluggable> {
    registry: &'a Registry<R>,
    tag: &'a str,
}

impl<'de, R: ?Sized + Pluggable> Visitor<'de> for TaggedVisitor<'_, R> {
    type Value = Box<R>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a table whose {:?} key names a {} plugin", self.tag, R::NAME)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Box<R>, A::Error> {
        use de::Error as _;
        let mut name: Option<String> = None;
        let mut rest: Vec<(Content, Content)> = Vec::new();
        let mut seen: BTreeSet<String> = BTreeSet::new();
        while let Some(key) = map.next_key::<Content>()? {
            if key.as_str() == Some(self.tag) {
                if name.is_some() {
                    return Err(A::Error::custom(format_args!("duplicate key {:?}", self.tag)));
                }
                name = Some(map.next_value()?);
            } else {
                if let Some(text) = key.as_str() {
                    if !seen.insert(String::from(text)) {
                        return Err(A::Error::custom(format_args!(
                            "a key appears twice in the {} plugin's table",
                            R::NAME
                        )));
                    }
                }
                let value = map.next_value::<Content>()?;
                rest.push((key, value));
            }
        }
        let Some(name) = name else {
            let names: std::vec::Vec<&str> = self.registry.names().collect();
            return Err(A::Error::custom(format_args!(
                "missing key {:?} naming the {} plugin (available: {})",
                self.tag,
                R::NAME,
                names.join(", ")
            )));
        };
        let entry = self.registry.entry(&name).map_err(A::Error::custom)?;
        let Some(serde) = entry.serde else {
            return Err(A::Error::custom(format_args!(
                "{} plugin {:?} ({}) cannot be read from a configuration: its entry has no deserializer",
                R::NAME,
                entry.info.name,
                entry.info.type_name
            )));
        };
        let mut rest = <dyn erased_serde::Deserializer>::erase(Rest(rest));
        (serde.deserialize)(entry, &mut rest)
            .map_err(|error| A::Error::custom(format_args!("{} plugin {:?}: {error}", R::NAME, entry.info.name)))
    }
}

/// The keys of a tagged table other than the tag, read as a struct, a map, or (when there are
/// none) a unit struct or `()`.
struct Rest(Vec<(Content, Content)>);

impl<'de> de::Deserializer<'de> for Rest {
    type Error = RestError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        de::Deserializer::deserialize_any(ContentDeserializer(Content::Map(self.0)), visitor)
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        match self.0.first() {
            None => visitor.visit_unit(),
            Some((key, _)) => Err(unexpected_key(key)),
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        visitor.visit_newtype_struct(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option
        seq tuple tuple_struct map struct enum identifier ignored_any
    }
}

fn unexpected_key(key: &Content) -> RestError {
    let shown = match key.as_str() {
        Some(key) => format!("{:?}", super::error::shown(key)),
        None => String::from("a non-string key"),
    };
    de::Error::custom(format_args!("unexpected key {shown}: this plugin takes no settings"))
}
