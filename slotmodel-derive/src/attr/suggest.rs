//! "Did you mean": the valid name nearest to a mistyped one.
//!
//! The same rule as the runtime's registry (`slotmodel-core/src/registry/suggest.rs`), so a typo
//! is suggested alike at compile time and at run time: a name is a typo's target when the
//! Damerau-Levenshtein distance (`strsim`; swapping two neighbours is one edit) is at most a
//! third of the name's characters, at least 2, and never the whole name (two edits turn `"x"`
//! into `"ms"`, which is no suggestion). Among equally close names, the first in alphabetical
//! order wins, so the message does not depend on the order keys are listed in.

/// `", did you mean `x`?"` when a valid name is close to the unknown one, else `";"`.
pub fn did_you_mean(unknown: &str, valid: &[&str]) -> String {
    valid
        .iter()
        .filter_map(|candidate| typo_distance(unknown, candidate).map(|distance| (distance, *candidate)))
        .min()
        .map_or_else(
            || ";".to_owned(),
            |(_, candidate)| format!(", did you mean `{candidate}`?"),
        )
}

/// The number of edits from `query` to `name`, when it is few enough to make `query` a typo.
fn typo_distance(query: &str, name: &str) -> Option<usize> {
    let chars = name.chars().count();
    let allowed = (chars / 3).max(2).min(chars.saturating_sub(1));
    // Names are keys and field names: short, so the distance is computed in full.
    if query.chars().count().abs_diff(chars) > allowed {
        return None;
    }
    let distance = strsim::damerau_levenshtein(query, name);
    (distance <= allowed).then_some(distance)
}

#[cfg(test)]
mod tests {
    use super::did_you_mean;

    #[test]
    fn typos_and_swaps_are_one_edit() {
        assert_eq!(did_you_mean("maxx", &["min", "max"]), ", did you mean `max`?");
        assert_eq!(did_you_mean("emial", &["email", "url"]), ", did you mean `email`?");
        assert_eq!(
            did_you_mean("constructer", &["crate", "constructor"]),
            ", did you mean `constructor`?"
        );
    }

    #[test]
    fn ties_go_to_the_first_name_alphabetically() {
        assert_eq!(did_you_mean("ad", &["ac", "ab"]), ", did you mean `ab`?");
    }

    #[test]
    fn distant_names_are_not_suggested() {
        assert_eq!(did_you_mean("x", &["ms"]), ";");
        assert_eq!(did_you_mean("spreadsheet", &["csv", "json"]), ";");
        assert_eq!(did_you_mean("maximum", &["min", "max"]), ";");
        assert_eq!(did_you_mean("anything", &[]), ";");
    }
}
