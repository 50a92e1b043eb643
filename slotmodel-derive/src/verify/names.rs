//! Accessor names that would collide with what a derive generates beside them.

use crate::ast::{Container, Field};
use crate::ctxt::Ctxt;

/// A generated item beside the accessors, and how to rename it when a field's accessor would
/// take its name.
pub struct Reserved {
    pub name: String,
    /// What it is, as in ``the constructor `new` ``, for messages.
    pub what: String,
    /// The option that renames the item, if one does.
    pub option: Option<&'static str>,
}

impl Reserved {
    pub fn new(name: &str, what: &str, option: Option<&'static str>) -> Self {
        Reserved {
            name: name.to_owned(),
            what: format!("{what} `{name}`"),
            option,
        }
    }

    /// Every name in `names`, as `what`, with no option to rename it.
    pub fn fixed(names: &[&str], what: &str) -> Vec<Self> {
        names.iter().map(|name| Reserved::new(name, what, None)).collect()
    }
}

/// An accessor that would take the name of a generated item, or of another accessor, is an
/// error on its field that names the option which avoids it. `accessors` tells whether a field
/// has a getter and a setter. Returns the indexes of the fields that clash.
pub fn check_accessor_names(
    cx: &Ctxt,
    container: &Container,
    reserved: &[Reserved],
    accessors: &dyn Fn(&Field) -> (bool, bool),
) -> Vec<usize> {
    let mut clashes = Vec::new();
    let mut taken: Vec<(String, String)> = reserved.iter().map(|r| (r.name.clone(), r.what.clone())).collect();
    for (index, field) in container.fields.iter().enumerate() {
        let (reads, writes) = accessors(field);
        if !reads && !writes {
            // A `pub` field has no accessors: no names to make.
            continue;
        }
        let (getter, setter) = container.accessor_names(field, index);
        let wanted = [
            reads.then(|| (getter.to_string(), "getter")),
            writes.then(|| (setter.to_string(), "setter")),
        ];
        for (name, kind) in wanted.into_iter().flatten() {
            let name = name.trim_start_matches("r#").to_owned();
            if let Some((_, holder)) = taken.iter().find(|(taken, _)| *taken == name) {
                let option = reserved
                    .iter()
                    .find(|r| r.name == name)
                    .and_then(|r| r.option)
                    .map_or_else(String::new, |option| {
                        format!(", rename the other with `#[slotmodel({option})]`")
                    });
                let span_of = field.original.ident.as_ref().map_or_else(
                    || quote::ToTokens::to_token_stream(field.ty),
                    quote::ToTokens::to_token_stream,
                );
                cx.error_spanned_by(
                    span_of,
                    format!(
                        "the {kind} of field `{}` would be named `{name}`, like {holder}: name the getters `get_{}` with `#[slotmodel(getter_prefix = get_)]`{option}, or rename the field",
                        field.name, field.name
                    ),
                );
                clashes.push(index);
            } else {
                taken.push((name.clone(), format!("the {kind} of field `{}`", field.name)));
            }
        }
    }
    clashes
}
