//! `template!` and `template_spanned!` (defined in the crate root, to be in scope everywhere):
//! code written as Rust tokens, like `quote!`, but lexed by the compiler in one call when the
//! macro runs.
//!
//! `quote!` compiles every token of a template into a call of its own; with some four thousand
//! template tokens, those calls were a quarter of this crate's own build, which every user of
//! slotmodel pays once. A `template!` compiles to one string and a list of the variables it
//! splices. Its tokens take the call-site span, as `quote!`'s do; each `#name` is replaced by
//! that variable's tokens, which keep their own spans.

use proc_macro2::{Group, Punct, Spacing, Span, TokenStream, TokenTree};
use quote::ToTokens;

use super::code::source;

/// A variable of a template: its name and its tokens.
pub type Slot<'a> = (&'a str, &'a dyn ToTokens);

/// The tokens of `template` with each `#name` of `slots` replaced by its tokens. With a `span`
/// (as `quote_spanned!` gives one), the template's own tokens take it: where the compiler
/// reports an error in them, and the names they resolve in.
pub fn fill(span: Option<Span>, template: &str, slots: &[Slot]) -> TokenStream {
    let tokens = source(template);
    if slots.is_empty() && span.is_none() {
        return tokens;
    }
    place(tokens, slots, span)
}

fn place(tokens: TokenStream, slots: &[Slot], span: Option<Span>) -> TokenStream {
    // Trees are gathered and handed over at once: each `extend` would be a round trip to the
    // compiler.
    let mut out: Vec<TokenTree> = Vec::new();
    let mut trees = tokens.into_iter().peekable();
    while let Some(tree) = trees.next() {
        match tree {
            TokenTree::Punct(punct) if punct.as_char() == '#' => {
                let slot = match trees.peek() {
                    Some(TokenTree::Ident(name)) => slots.iter().find(|(slot, _)| name == slot),
                    _ => None,
                };
                match slot {
                    Some((_, value)) => {
                        trees.next();
                        // A punctuation joint to the `#` (`<#ty>`) must not glue to the
                        // spliced tokens (`<<T as Trait>::Item>`).
                        if let Some(TokenTree::Punct(last)) = out.last_mut() {
                            if last.spacing() == Spacing::Joint {
                                let mut alone = Punct::new(last.as_char(), Spacing::Alone);
                                alone.set_span(last.span());
                                *last = alone;
                            }
                        }
                        out.extend(value.to_token_stream());
                    }
                    None => out.push(respan(TokenTree::Punct(punct), span)),
                }
            }
            TokenTree::Group(group) => {
                let mut filled = Group::new(group.delimiter(), place(group.stream(), slots, span));
                filled.set_span(span.unwrap_or_else(|| group.span()));
                out.push(TokenTree::Group(filled));
            }
            other => out.push(respan(other, span)),
        }
    }
    out.into_iter().collect()
}

fn respan(mut tree: TokenTree, span: Option<Span>) -> TokenTree {
    if let Some(span) = span {
        tree.set_span(span);
    }
    tree
}

#[cfg(test)]
mod tests {
    use proc_macro2::{Ident, Spacing, Span, TokenTree};

    #[test]
    fn slots_are_replaced_in_every_group_and_attributes_stay() {
        let name = Ident::new("port", Span::call_site());
        let ty = quote::quote!(u16);
        let out = template!([name, ty] #[inline] fn #name() -> Option<#ty> { [#name; 2]; "#name" });
        let expected = quote::quote!(
            #[inline]
            fn port() -> Option<u16> {
                [port; 2];
                "#name"
            }
        );
        assert_eq!(out.to_string(), expected.to_string());
    }

    #[test]
    fn punctuation_before_a_slot_does_not_glue_to_the_spliced_tokens() {
        let reference = quote::quote!(&x);
        let path = quote::quote!(<T as Trait>::Item);
        let out = template!([reference, path] f(&#reference); Vec<#path>);
        let tokens: Vec<_> = out.into_iter().collect();
        let puncts: Vec<(char, Spacing)> = flatten(&tokens)
            .into_iter()
            .filter_map(|tree| match tree {
                TokenTree::Punct(punct) => Some((punct.as_char(), punct.spacing())),
                _ => None,
            })
            .collect();
        // `&` then the spliced `&`, and `<` then the spliced `<`: each alone, as `quote!` writes them.
        assert_eq!(puncts[..2], [('&', Spacing::Alone), ('&', Spacing::Alone)]);
        let open = puncts.iter().position(|p| p.0 == '<').unwrap();
        assert_eq!(puncts[open..open + 2], [('<', Spacing::Alone), ('<', Spacing::Alone)]);
    }

    fn flatten(tokens: &[TokenTree]) -> Vec<TokenTree> {
        let mut out = Vec::new();
        for tree in tokens {
            if let TokenTree::Group(group) = tree {
                out.extend(flatten(&group.stream().into_iter().collect::<Vec<_>>()));
            } else {
                out.push(tree.clone());
            }
        }
        out
    }

    #[test]
    fn a_spanned_template_gives_its_span_to_its_own_tokens_only() {
        let span = Span::mixed_site();
        let ty = quote::quote!(u16);
        let out = template_spanned!(span => [ty] fn f() -> Option<#ty> {});
        let expected = quote::quote_spanned!(span=> fn f() -> Option<#ty> {});
        assert_eq!(out.to_string(), expected.to_string());
    }

    #[test]
    fn a_template_without_slots_is_its_text() {
        let out = template!([] impl Drop for X { fn drop(&mut self) {} });
        assert_eq!(
            out.to_string(),
            quote::quote!(impl Drop for X { fn drop(&mut self) {} }).to_string()
        );
    }
}
