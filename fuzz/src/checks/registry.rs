//! Registry lookups of arbitrary names: short, huge, made from invalid UTF-8, and near misses of
//! the registered names.

use slotmodel::PluginError;

/// The registry under test.
#[slotmodel::registry]
pub trait Greeter {
    /// What the plugin says.
    fn greet(&self) -> &'static str;
}

/// Registered under a name and two aliases, one of them not ASCII.
#[derive(Default)]
pub struct Plain;

/// Says hello.
#[slotmodel::plugin(name = "plain", alias = "p", alias = "héllo-wörld")]
impl Greeter for Plain {
    fn greet(&self) -> &'static str {
        "hello"
    }
}

/// Registered under a name of multi-byte characters only.
#[derive(Default)]
pub struct Polite;

#[slotmodel::plugin(name = "日本語")]
impl Greeter for Polite {
    fn greet(&self) -> &'static str {
        "konnichiwa"
    }
}

/// One of two plugins claiming the same name; the link guard is off so that the clash builds.
#[derive(Default)]
pub struct Left;

#[slotmodel::plugin(name = "twin", link_guard = false)]
impl Greeter for Left {
    fn greet(&self) -> &'static str {
        "left"
    }
}

/// The other claimant of `twin`.
#[derive(Default)]
pub struct Right;

#[slotmodel::plugin(name = "twin", link_guard = false)]
impl Greeter for Right {
    fn greet(&self) -> &'static str {
        "right"
    }
}

/// Every name that finds exactly one plugin, with its greeting.
const KNOWN: [(&str, &str); 4] = [
    ("plain", "hello"),
    ("p", "hello"),
    ("héllo-wörld", "hello"),
    ("日本語", "konnichiwa"),
];

/// A refused name is kept up to this many bytes, then cut at a character boundary and ended by `…`.
const KEPT_BYTES: usize = 100;

/// The name a fuzz input stands for. The first byte chooses how the rest is read: as (lossy)
/// UTF-8, after a registered name or after its first few characters (near misses for the
/// suggestions), or repeated into an input of a megabyte or more.
fn name_of(data: &[u8]) -> String {
    let Some((&how, rest)) = data.split_first() else {
        return String::new();
    };
    let text = String::from_utf8_lossy(rest);
    let known = KNOWN[usize::from(how >> 2) % KNOWN.len()].0;
    match how % 4 {
        0 => text.into_owned(),
        1 => format!("{known}{text}"),
        2 => known.chars().take(rest.len() % 4).chain(text.chars()).collect(),
        _ => text.repeat(1 + (1 << 20) / (text.len() + 1)),
    }
}

/// Looks `name` up every way there is: a registered name finds its plugin, the contested one
/// names both claimants, and any other is refused with the name cut to a bounded length, a
/// suggestion among the registered names, and the same error from every entry point.
///
/// # Panics
///
/// When any of that does not hold.
pub fn registry_names(data: &[u8]) {
    let name = name_of(data);
    let registry = slotmodel::registry::<dyn Greeter>();
    let names: Vec<&str> = registry.names().collect();
    assert_eq!(names, ["plain", "twin", "日本語"]);
    let found = registry.get(&name);
    let created = slotmodel::create::<dyn Greeter>(&name).map(|plugin| plugin.greet());
    assert_eq!(created.as_ref().err(), registry.create(&name).err().as_ref());
    if let Some(&(_, greeting)) = KNOWN.iter().find(|(known, _)| *known == name) {
        let info = found.expect("a registered name finds its plugin");
        assert!(info.name == name || info.aliases.contains(&name.as_str()));
        assert_eq!(created, Ok(greeting));
        assert_eq!(registry.require(&[name.as_str()]), Ok(()));
        return;
    }
    let error = found.expect_err("an unregistered or contested name finds no single plugin");
    assert_eq!(created, Err(error.clone()));
    let text = error.to_string();
    // At most 100 bytes of the name, each escaped to at most 10 characters.
    assert!(
        text.len() < 1200,
        "an error's text must not grow with the input: {} bytes",
        text.len()
    );
    let contested = matches!(error, PluginError::Duplicate { .. });
    assert_eq!(
        contested,
        name == "twin",
        "only the name claimed twice is contested: {error}"
    );
    match error {
        PluginError::Duplicate {
            name: contested,
            claimants,
            ..
        } => {
            assert_eq!((contested, name.as_str(), claimants.len()), ("twin", "twin", 2));
        }
        PluginError::Unknown {
            name: shown,
            suggestion,
            available,
            ..
        } => {
            if name.len() <= KEPT_BYTES {
                assert_eq!(shown, name);
            } else {
                // Cut at the last character boundary at or before the limit.
                let kept = shown.strip_suffix('…').expect("a cut name ends in an ellipsis");
                assert!(
                    name.starts_with(kept) && (KEPT_BYTES - 3..=KEPT_BYTES).contains(&kept.len()),
                    "{shown:?}"
                );
            }
            assert!(suggestion.is_none_or(|s| KNOWN.iter().any(|(k, _)| *k == s) || s == "twin"));
            assert_eq!(*available, names[..]);
            let missing = registry
                .require(&[name.as_str()])
                .expect_err("an unknown name is missing");
            assert!(matches!(missing, PluginError::Missing { names, .. } if names == [shown]));
        }
        other => panic!("unexpected refusal {other:?}"),
    }
}
