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

/// Generated code under construction.
#[derive(Default)]
pub struct Code {
    pieces: Vec<Piece>,
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
        match self.pieces.last_mut() {
            Some(Piece::Text(last)) => last.push_str(text),
            _ => self.pieces.push(Piece::Text(text.to_owned())),
        }
        self
    }

    /// Appends tokens that keep their spans.
    pub fn tokens(&mut self, tokens: impl ToTokens) -> &mut Self {
        self.pieces.push(Piece::Tokens(tokens.into_token_stream()));
        self
    }

    /// Appends a group, its contents written by `body`.
    pub fn group(&mut self, delimiter: Delimiter, body: impl FnOnce(&mut Code)) -> &mut Self {
        let mut inner = Code::new();
        body(&mut inner);
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
        for piece in code.pieces {
            match piece {
                Piece::Text(text) => {
                    self.text(&text);
                }
                other => self.pieces.push(other),
            }
        }
        self
    }

    pub fn is_empty(&self) -> bool {
        self.pieces.is_empty()
    }

    /// Appends the runtime's path: text for `::slotmodel`, the tokens of a renamed crate's path
    /// (which may hold `$crate`, which text cannot).
    pub fn private(&mut self, private: &crate::runtime::Private) -> &mut Self {
        match private.renamed() {
            None => self.text(crate::runtime::DEFAULT_PATH),
            Some(_) => self.tokens(private),
        }
    }

    fn is_text(&self) -> bool {
        self.pieces.iter().all(|piece| match piece {
            Piece::Text(_) => true,
            Piece::Tokens(_) => false,
            Piece::Group(_, inner) => inner.is_text(),
        })
    }

    /// Writes the text of a code that is all text.
    fn render(&self, out: &mut String) {
        for piece in &self.pieces {
            match piece {
                Piece::Text(text) => out.push_str(text),
                Piece::Group(delimiter, inner) => {
                    let (open, close) = match delimiter {
                        Delimiter::Parenthesis => ("(", ")"),
                        Delimiter::Brace => ("{", "}"),
                        Delimiter::Bracket => ("[", "]"),
                        Delimiter::None => ("", ""),
                    };
                    out.push_str(open);
                    inner.render(out);
                    out.push_str(close);
                }
                Piece::Tokens(_) => unreachable!("rendered only when all text"),
            }
        }
    }

    pub fn into_tokens(self) -> TokenStream {
        let mut out = TokenStream::new();
        let mut text = String::new();
        for piece in self.pieces {
            match piece {
                Piece::Text(more) => text.push_str(&more),
                // A group of text alone stays text, and joins the text around it.
                Piece::Group(delimiter, inner) if delimiter != Delimiter::None && inner.is_text() => {
                    Code {
                        pieces: vec![Piece::Group(delimiter, inner)],
                    }
                    .render(&mut text);
                }
                Piece::Group(delimiter, inner) => {
                    flush(&mut text, &mut out);
                    out.extend([proc_macro2::TokenTree::Group(Group::new(delimiter, inner.into_tokens()))]);
                }
                Piece::Tokens(tokens) => {
                    flush(&mut text, &mut out);
                    out.extend(tokens);
                }
            }
        }
        flush(&mut text, &mut out);
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

fn flush(text: &mut String, out: &mut TokenStream) {
    if !text.is_empty() {
        out.extend(source(text));
        text.clear();
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
    fn an_empty_code_is_no_tokens() {
        assert!(Code::new().into_tokens().is_empty());
    }
}
