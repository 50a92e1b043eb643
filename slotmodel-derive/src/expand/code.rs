//! [`Code`]: generated code written mostly as text, which the compiler parses in one call.
//!
//! Every token a macro makes one by one, and every token stream it splices, is a round trip to
//! the compiler, and the macro runs at every build of the user's crate. Text is parsed by the
//! compiler's own lexer in one call per run of text, at a fraction of the cost. Its tokens all take
//! the call-site span, so only code that cannot fail to compile on the user's input is text; what
//! a user span must point into (a field's type, a rule's path) stays a token stream, and the
//! groups around it are made as groups.

use std::fmt::{self, Write as _};

use proc_macro2::{Delimiter, Group, TokenStream};
use quote::ToTokens;

/// Generated code under construction: finished pieces, then the text written since the last
/// of them. A group that holds only text stays text; one that receives tokens becomes a piece.
#[derive(Default)]
pub struct Code {
    pieces: Vec<Piece>,
    text: String,
}

enum Piece {
    Text(String),
    Tokens(TokenStream),
    Group(Delimiter, Code),
}

impl Code {
    pub fn new() -> Self {
        Code::default()
    }

    /// Appends source text; its delimiters must balance.
    pub fn text(&mut self, text: &str) -> &mut Self {
        self.text.push_str(text);
        self
    }

    /// Appends tokens that keep their spans.
    pub fn tokens(&mut self, tokens: impl ToTokens) -> &mut Self {
        self.stream(tokens.into_token_stream())
    }

    fn stream(&mut self, tokens: TokenStream) -> &mut Self {
        self.end_text();
        self.pieces.push(Piece::Tokens(tokens));
        self
    }

    /// Appends a group, its contents written by `body`.
    pub fn group(&mut self, delimiter: Delimiter, body: impl FnOnce(&mut Code)) -> &mut Self {
        // The generic part stays this small: `group` is instantiated once per closure.
        let mark = self.open(delimiter);
        body(self);
        self.close(delimiter, mark)
    }

    /// Where a group starts: the pieces and text before it.
    fn open(&mut self, delimiter: Delimiter) -> (usize, usize) {
        let mark = (self.pieces.len(), self.text.len());
        if let Some((open, _)) = delimiters(delimiter) {
            self.text.push(open);
        }
        mark
    }

    fn close(&mut self, delimiter: Delimiter, (pieces, text): (usize, usize)) -> &mut Self {
        let chars = delimiters(delimiter);
        if let (Some((_, close)), true) = (chars, self.pieces.len() == pieces) {
            self.text.push(close);
            return self;
        }
        // The body wrote tokens (or the group is invisible): what it wrote moves into a group
        // piece. The first piece it ended holds the text from before the group, then the
        // opening delimiter.
        self.end_text();
        let mut inner = Code::new();
        inner.pieces = self.pieces.split_off(pieces);
        if let Some(Piece::Text(first)) = inner.pieces.first_mut() {
            let contents = first.split_off(text + chars.map_or(0, |(open, _)| open.len_utf8()));
            first.truncate(text);
            if !first.is_empty() {
                self.pieces.push(Piece::Text(std::mem::take(first)));
            }
            *first = contents;
        }
        self.pieces.push(Piece::Group(delimiter, inner));
        self
    }

    /// Appends `{ .. }`.
    pub fn braces(&mut self, body: impl FnOnce(&mut Code)) -> &mut Self {
        self.group(Delimiter::Brace, body)
    }

    /// Appends `( .. )`.
    pub fn parens(&mut self, body: impl FnOnce(&mut Code)) -> &mut Self {
        self.group(Delimiter::Parenthesis, body)
    }

    /// Appends another piece of code.
    pub fn code(&mut self, code: Code) -> &mut Self {
        if code.pieces.is_empty() {
            return self.text(&code.text);
        }
        self.end_text();
        self.pieces.extend(code.pieces);
        self.text = code.text;
        self
    }

    pub fn is_empty(&self) -> bool {
        self.pieces.is_empty() && self.text.is_empty()
    }

    /// Appends the runtime's path: text for `::slotmodel`, the tokens of a renamed crate's path
    /// (which may hold `$crate`, which text cannot).
    pub fn private(&mut self, private: &crate::runtime::Private) -> &mut Self {
        match private.renamed() {
            None => self.text(crate::runtime::DEFAULT_PATH),
            Some(_) => self.tokens(private),
        }
    }

    fn end_text(&mut self) {
        if !self.text.is_empty() {
            self.pieces.push(Piece::Text(std::mem::take(&mut self.text)));
        }
    }

    pub fn into_tokens(mut self) -> TokenStream {
        self.end_text();
        let mut out = TokenStream::new();
        for piece in self.pieces {
            match piece {
                Piece::Text(text) => out.extend(source(&text)),
                Piece::Group(delimiter, inner) => {
                    out.extend([proc_macro2::TokenTree::Group(Group::new(
                        delimiter,
                        inner.into_tokens(),
                    ))]);
                }
                Piece::Tokens(tokens) => out.extend(tokens),
            }
        }
        out
    }
}

impl fmt::Write for Code {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        self.text(text);
        Ok(())
    }
}

impl Code {
    /// Appends formatted text: `code.fmt(format_args!(..))`.
    pub fn fmt(&mut self, args: fmt::Arguments<'_>) -> &mut Self {
        // Writing to a `String` cannot fail.
        let _ = self.write_fmt(args);
        self
    }
}

/// Source text parsed into tokens, all with the call-site span.
pub fn source(text: &str) -> TokenStream {
    // The compiler's own lexer, straight: `proc_macro2` would first lex the text again itself
    // to report errors, which costs more than the compiler's whole parse.
    if proc_macro::is_available() {
        if let Ok(tokens) = text.parse::<proc_macro::TokenStream>() {
            return tokens.into();
        }
    }
    text.parse().unwrap_or_else(|error: proc_macro2::LexError| {
        let message = format!("slotmodel wrote code it cannot parse ({error}): please report it");
        syn::Error::new(proc_macro2::Span::call_site(), message).into_compile_error()
    })
}

/// A string literal of `text`.
pub struct Str<'a>(pub &'a str);

impl fmt::Display for Str<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // `Debug` writes a string as a Rust literal: quoted, with every escape Rust reads.
        write!(f, "{:?}", self.0)
    }
}

/// The characters of a visible group's delimiters.
fn delimiters(delimiter: Delimiter) -> Option<(char, char)> {
    match delimiter {
        Delimiter::Parenthesis => Some(('(', ')')),
        Delimiter::Brace => Some(('{', '}')),
        Delimiter::Bracket => Some(('[', ']')),
        Delimiter::None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(code: Code) -> String {
        code.into_tokens().to_string()
    }

    #[test]
    fn text_and_tokens_join_in_order() {
        let mut code = Code::new();
        code.text("fn f").parens(|args| {
            args.text("a: ").tokens(quote::quote!(Vec<u8>));
        });
        code.braces(|body| {
            body.fmt(format_args!("let x = {};", Str("é\"\n")));
        });
        assert_eq!(text_of(code), "fn f (a : Vec < u8 >) { let x = \"é\\\"\\n\" ; }");
    }

    #[test]
    fn a_group_that_receives_tokens_keeps_the_text_around_it() {
        let mut code = Code::new();
        code.text("a").braces(|c| {
            c.text("b").parens(|c| {
                c.text("c");
            });
            c.tokens(quote::quote!(d)).text("e");
        });
        code.text("f");
        assert_eq!(text_of(code), "a { b (c) d e } f");
    }

    #[test]
    fn an_empty_code_is_no_tokens() {
        assert!(Code::new().into_tokens().is_empty());
    }
}
