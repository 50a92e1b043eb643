//! The registered name nearest to a mistyped one, with work bounded by the registry's own names
//! whatever the length of the input.
//!
//! The rule is the derive's own (`slotmodel-derive/src/attr/suggest.rs`), so a typo is suggested
//! alike at compile time and at run time: a name is a typo's target when the Damerau-Levenshtein
//! distance (`strsim`; swapping two neighbours is one edit) is at most a third of the name's
//! characters, at least 2, and never the whole name (two edits turn `""` or `"x"` into `"ms"`,
//! which is no suggestion).

use std::vec::Vec;

/// The names a refusal may suggest, with what bounds the search.
pub(super) struct Suggester {
    /// Every name and alias with its length in characters, sorted by name.
    names: Vec<(&'static str, usize)>,
    /// No query of more characters is close to any name: it is not even looked at.
    max_query_chars: usize,
}

/// How many edits still make a query a typo of a name of `chars` characters.
fn allowed(chars: usize) -> usize {
    (chars / 3).max(2).min(chars.saturating_sub(1))
}

impl Suggester {
    /// Prepares the search among `names`.
    pub(super) fn new(names: impl Iterator<Item = &'static str>) -> Self {
        let names: Vec<(&'static str, usize)> = names.map(|name| (name, name.chars().count())).collect();
        let max_query_chars = names
            .iter()
            .map(|&(_, chars)| chars + allowed(chars))
            .max()
            .unwrap_or(0);
        Suggester { names, max_query_chars }
    }

    /// The name closest to `query` (the first in order among equally close ones), when it is
    /// close enough to be a typo.
    pub(super) fn nearest(&self, query: &str) -> Option<&'static str> {
        // A character takes at most 4 bytes: longer inputs are dismissed before being read.
        if query.is_empty() || query.len() > 4 * self.max_query_chars {
            return None;
        }
        let query_chars = query.chars().take(self.max_query_chars + 1).count();
        if query_chars > self.max_query_chars {
            return None;
        }
        let mut best: Option<(usize, &'static str)> = None;
        for &(name, chars) in &self.names {
            let limit = match best {
                // Only a strictly closer name can replace the one found.
                Some((distance, _)) => allowed(chars).min(distance.saturating_sub(1)),
                None => allowed(chars),
            };
            // The distance is at least the difference in length: skip what cannot be close.
            if chars == 0 || query_chars.abs_diff(chars) > limit {
                continue;
            }
            let distance = strsim::damerau_levenshtein(query, name);
            if distance <= limit {
                best = Some((distance, name));
            }
        }
        best.map(|(_, name)| name)
    }
}

#[cfg(test)]
mod tests {
    use super::Suggester;

    fn nearest(names: &[&'static str], query: &str) -> Option<&'static str> {
        Suggester::new(names.iter().copied()).nearest(query)
    }

    #[test]
    fn typos_find_the_nearest_name() {
        let names = ["csv", "json", "ms", "tsv_exporter"];
        assert_eq!(nearest(&names, "jsn"), Some("json"));
        assert_eq!(nearest(&names, "cvs"), Some("csv"));
        assert_eq!(nearest(&names, "tsv-exporter"), Some("tsv_exporter"));
        assert_eq!(nearest(&names, "md"), Some("ms"));
        // Equally close: the first in order.
        assert_eq!(nearest(&["ab", "ac"], "ad"), Some("ab"));
    }

    #[test]
    fn distant_empty_and_long_queries_find_nothing() {
        let names = ["csv", "json", "ms"];
        assert_eq!(nearest(&names, "spreadsheet"), None);
        assert_eq!(nearest(&names, ""), None);
        assert_eq!(nearest(&names, "x"), None);
        assert_eq!(nearest(&names, &"j".repeat(1_000_000)), None);
        assert_eq!(nearest(&names, &"é".repeat(8)), None);
        assert_eq!(nearest(&[], "csv"), None);
    }

    #[test]
    fn non_ascii_names_count_characters() {
        assert_eq!(nearest(&["größe"], "grösse"), Some("größe"));
        assert_eq!(nearest(&["日本語"], "日本"), Some("日本語"));
    }
}
