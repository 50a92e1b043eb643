//! The path generated code takes to the runtime: `::slotmodel::__private01`, or the same module
//! under the path given by `#[slotmodel(crate = path)]`. Every macro builds it here.

use proc_macro2::{Ident, Punct, Spacing, Span, TokenStream, TokenTree};
use quote::{ToTokens, TokenStreamExt};

/// The runtime's hidden module, named with the release (0.1.x) as serde's `__private228` is:
/// `slotmodel` and `slotmodel-core` of another release have no module of this name, so a derive
/// that does not match them fails to compile instead of silently mixing two versions.
pub const PRIVATE: &str = "__private01";

/// `::slotmodel::__private01` as text.
pub const DEFAULT_PATH: &str = "::slotmodel::__private01";

/// `krate::__private01`, for a crate path (`::slotmodel`, or the user's).
pub fn path(krate: &TokenStream) -> TokenStream {
    let mut out = krate.clone();
    append_private(&mut out);
    out
}

/// `::slotmodel::__private01`, or the renamed crate's, written token by token into the caller's
/// stream: generated code names the runtime by absolute path, dozens of times per struct, and
/// splicing a prepared token stream each time would cost the macro a round trip to the compiler.
pub struct Private<'a> {
    renamed: Option<&'a TokenStream>,
    /// `::slotmodel::__private01` made once and copied at each use: making an identifier looks
    /// its name up, dozens of times per struct.
    default: [TokenTree; 6],
}

impl<'a> Private<'a> {
    /// The runtime of `::slotmodel`, or of the crate path `renamed`.
    pub fn new(renamed: Option<&'a TokenStream>) -> Self {
        let colon = |spacing| TokenTree::Punct(Punct::new(':', spacing));
        let ident = |name| TokenTree::Ident(Ident::new(name, Span::call_site()));
        Private {
            renamed,
            default: [
                colon(Spacing::Joint),
                colon(Spacing::Alone),
                ident("slotmodel"),
                colon(Spacing::Joint),
                colon(Spacing::Alone),
                ident(PRIVATE),
            ],
        }
    }
}

impl Private<'_> {
    /// The crate path given by `#[slotmodel(crate = ..)]`, if any.
    pub fn renamed(&self) -> Option<&TokenStream> {
        self.renamed
    }
}

impl ToTokens for Private<'_> {
    fn to_tokens(&self, out: &mut TokenStream) {
        if let Some(krate) = self.renamed {
            krate.to_tokens(out);
            append_private(out);
        } else {
            out.extend(self.default.iter().cloned());
        }
    }
}

/// Appends `::__private01` to `out`.
fn append_private(out: &mut TokenStream) {
    path_sep(out);
    out.append(Ident::new(PRIVATE, Span::call_site()));
}

/// Appends `::` to `out`.
fn path_sep(out: &mut TokenStream) {
    out.append(Punct::new(':', Spacing::Joint));
    out.append(Punct::new(':', Spacing::Alone));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The module's name follows the release: `__private01` for 0.1.x, `__private1` for 1.x.
    #[test]
    fn private_names_the_release() {
        let mut version = env!("CARGO_PKG_VERSION").split('.');
        let (major, minor) = (version.next().unwrap(), version.next().unwrap());
        let release = if major == "0" {
            format!("0{minor}")
        } else {
            major.to_owned()
        };
        assert_eq!(
            PRIVATE,
            format!("__private{release}"),
            "rename the module in slotmodel-derive/src/runtime.rs, src/lib.rs and slotmodel-core (lib.rs, the macro_rules! of generated/)"
        );
    }

    #[test]
    fn renamed_and_default_paths_agree() {
        let default = quote::quote!(::slotmodel);
        let written = Private::new(None).to_token_stream().to_string();
        assert_eq!(written, path(&default).to_string());
        assert_eq!(written, ":: slotmodel :: __private01");
        assert_eq!(crate::expand::code::source(DEFAULT_PATH).to_string(), written);
        let renamed = quote::quote!(crate::reexported::slotmodel);
        assert_eq!(
            Private::new(Some(&renamed)).to_token_stream().to_string(),
            path(&renamed).to_string()
        );
    }
}
