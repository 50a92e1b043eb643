//! Built-in rules that need an optional feature. Without the feature, the rule is a compile
//! error on the rule's name that says which feature to turn on, reported once: by the
//! `require` form, which the derive writes into `FIELDS`; the checks then use a stand-in that
//! never runs, since the crate does not compile.

/// `#[check(url)]`: the `url` rule.
#[cfg(feature = "url")]
#[doc(hidden)]
#[macro_export]
macro_rules! __url_rule {
    () => {
        $crate::rules::url()
    };
    (require) => {};
}

/// `#[check(url)]` without the `url` feature.
#[cfg(not(feature = "url"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __url_rule {
    () => {
        $crate::rules::ascii()
    };
    (require) => {
        ::core::compile_error!(
            "`#[check(url)]` needs slotmodel's `url` feature: `slotmodel = { version = \"..\", features = [\"url\"] }`"
        );
    };
}

/// `#[check(pattern = "..")]`: the regex is compiled once, on first use, in a `static`.
#[cfg(feature = "regex")]
#[doc(hidden)]
#[macro_export]
macro_rules! __pattern_rule {
    ($pattern:literal) => {{
        static RULE: $crate::rules::Pattern = $crate::rules::pattern($pattern);
        &RULE
    }};
    (require $pattern:literal) => {};
}

/// `#[check(pattern = "..")]` without the `regex` feature.
#[cfg(not(feature = "regex"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __pattern_rule {
    ($pattern:literal) => {
        $crate::rules::ascii()
    };
    (require $pattern:literal) => {
        ::core::compile_error!("`#[check(pattern = \"..\")]` needs slotmodel's `regex` feature: `slotmodel = { version = \"..\", features = [\"regex\"] }`");
    };
}

/// `#[bounded(graphemes = ..)]`: the unit.
#[cfg(feature = "unicode")]
#[doc(hidden)]
#[macro_export]
macro_rules! __graphemes_unit {
    ($($require:ident)?) => {
        $crate::LengthUnit::Graphemes
    };
}

/// `#[bounded(graphemes = ..)]` without the `unicode` feature; the `require` form (in
/// `FIELDS`) reports it.
#[cfg(not(feature = "unicode"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __graphemes_unit {
    () => {
        $crate::LengthUnit::Chars
    };
    (require) => {
        ::core::compile_error!("`#[bounded(graphemes = ..)]` needs slotmodel's `unicode` feature: `slotmodel = { version = \"..\", features = [\"unicode\"] }`")
    };
}
