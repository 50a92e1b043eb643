//! Collects every misuse found while reading the input, so one build reports them all.

use std::cell::{Cell, RefCell};

use proc_macro2::TokenStream;
use quote::ToTokens;

/// The errors of one macro invocation. Every `Ctxt` must end in [`Ctxt::check`], so that no
/// recorded error is dropped unreported.
#[derive(Default)]
pub struct Ctxt {
    errors: RefCell<Option<syn::Error>>,
    checked: Cell<bool>,
}

impl Ctxt {
    /// Records an error on the span of `tokens`.
    pub fn error_spanned_by(&self, tokens: impl ToTokens, message: impl std::fmt::Display) {
        self.error_on(tokens.into_token_stream(), message.to_string());
    }

    fn error_on(&self, tokens: proc_macro2::TokenStream, message: String) {
        self.syn_error(syn::Error::new_spanned(tokens, message));
    }

    /// Records an error from `syn`.
    pub fn syn_error(&self, error: syn::Error) {
        let mut slot = self.errors.borrow_mut();
        match slot.as_mut() {
            Some(first) => first.combine(error),
            None => *slot = Some(error),
        }
    }

    /// `Err` with every recorded error combined, if any was recorded.
    pub fn check(self) -> syn::Result<()> {
        self.checked.set(true);
        self.errors.take().map_or(Ok(()), Err)
    }
}

impl Drop for Ctxt {
    fn drop(&mut self) {
        // A macro bug, not a user's mistake: the test suites expand every derive in debug.
        debug_assert!(
            self.checked.get() || std::thread::panicking(),
            "a Ctxt was dropped without `check`, losing its errors"
        );
    }
}

/// Records `result`'s error, if any, and passes its value on.
pub fn keep<T>(cx: &Ctxt, result: syn::Result<T>) -> Option<T> {
    result.map_err(|e| cx.syn_error(e)).ok()
}

/// The compile errors followed by `fallback`, which keeps one mistake from cascading into
/// unrelated errors about a missing impl.
pub fn with_fallback(error: &syn::Error, fallback: TokenStream) -> TokenStream {
    let mut tokens = error.to_compile_error();
    tokens.extend(fallback);
    tokens
}
