//! Properties of the length units and the string rules, through the derive: each accepts
//! exactly what a model written with the standard library (and `unicode-segmentation` for
//! graphemes) accepts.

use proptest::prelude::*;
use slotmodel::Validate;
use unicode_segmentation::UnicodeSegmentation;

#[derive(Validate, Debug)]
struct Lengths {
    #[bounded(len = ..=6)]
    chars: String,
    #[bounded(bytes = ..=6)]
    bytes: String,
    #[bounded(utf16 = ..=6)]
    utf16: String,
    #[bounded(graphemes = ..=6)]
    graphemes: String,
}

#[derive(Validate, Debug)]
struct Text {
    #[check(prefix = "ab", suffix = "é", not_contains = "x")]
    value: String,
}

/// Strings of ASCII, accented, wide and combining characters, and emoji.
fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            Just("a"),
            Just("b"),
            Just("x"),
            Just("é"),
            Just("e\u{301}"),
            Just("漢"),
            Just("👍"),
            Just("🇫🇷")
        ],
        0..8,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #[test]
    fn each_length_unit_counts_as_its_model(s in text()) {
        let refused: Vec<String> = Lengths::new(s.clone(), s.clone(), s.clone(), s.clone())
            .err()
            .map(|e| e.iter().map(|f| f.field().to_owned()).collect())
            .unwrap_or_default();
        let expect = [
            ("chars", s.chars().count()),
            ("bytes", s.len()),
            ("utf16", s.encode_utf16().count()),
            ("graphemes", s.graphemes(true).count()),
        ];
        for (field, length) in expect {
            prop_assert_eq!(refused.iter().any(|f| f == field), length > 6, "{} of {:?}", field, s);
        }
    }

    #[test]
    fn substring_rules_agree_with_str(s in text()) {
        let model = s.starts_with("ab") && s.ends_with('é') && !s.contains('x');
        prop_assert_eq!(Text::new(s.clone()).is_ok(), model, "{:?}", s);
    }
}
