//! `#[derive(Compact)]`: a `<Name>Packed` companion that stores each field in the bits its type
//! and bounds need, `Packable` for nesting, and `Name::LAYOUT`.

mod codec;
mod columns;
mod enums;

use proc_macro2::TokenStream;
use quote::format_ident;
use syn::DeriveInput;

use crate::ast::{Container, Derive, Field, Input};
use crate::ctxt::{with_fallback, Ctxt};
use crate::expand::rules::{check_expr, const_order_check, Operand};
use crate::expand::shared::{doc, type_text};
use crate::verify;
use codec::{check_fields_packable, Codec};

pub fn derive(cx: Ctxt, input: &DeriveInput) -> TokenStream {
    match Input::from_ast(&cx, input, Derive::Compact) {
        Some(Input::Struct(container)) => {
            verify::check(&cx, &container);
            check_packable(&cx, &container);
            let mut reserved = verify::Reserved::fixed(&["unpack", "to_bytes", "from_bytes"], "the method");
            reserved.extend(verify::Reserved::fixed(&["BITS", "SIZE"], "the constant"));
            if container.attrs.columns {
                let what = format!("the `{}Columns` method", container.ident);
                reserved.extend(verify::Reserved::fixed(columns::METHODS, &what));
            }
            let _ = verify::check_accessor_names(&cx, &container, &reserved, &|_| (true, true));
            match cx.check() {
                Ok(()) => expand(&container),
                Err(error) => with_fallback(&error, crate::expand::stub::compact(&container)),
            }
        }
        Some(Input::Enum(data)) => enums::derive(cx, data),
        None => cx.check().err().map(syn::Error::into_compile_error).unwrap_or_default(),
    }
}

fn check_packable(cx: &Ctxt, container: &Container) {
    if !container.input.generics.params.is_empty() {
        cx.error_spanned_by(&container.input.generics, "`#[derive(Compact)]` does not support generic structs: the packed size must be known when the macro runs; derive it on a concrete struct");
    }
    check_fields_packable(cx, container, "compact struct");
}

fn expand(container: &Container) -> TokenStream {
    let krate = &container.attrs.krate;
    let codec = Codec::new(container, crate::runtime::path(krate), "");
    let p = &codec.p;
    let ident = container.ident;
    let vis = &container.input.vis;
    let packed = format_ident!("{}Packed", ident);
    let count = container.fields.len();
    let value = template!([] value);
    let (mut widths, mut layout, mut accessors, mut debug) = (
        TokenStream::new(),
        TokenStream::new(),
        TokenStream::new(),
        TokenStream::new(),
    );
    let (mut invalid, mut writes, mut reads, mut checks) =
        (TokenStream::new(), TokenStream::new(), Vec::new(), TokenStream::new());
    for (i, field) in container.fields.iter().enumerate() {
        let (name, member, ty) = (&field.name, &field.member, field.ty);
        let width = codec.width(i);
        let ty_text = type_text(ty);
        let read = codec.read(i);
        widths.extend(template!([width] #width,));
        layout.extend(template!([name, ty_text, member, ty, i] (#name, #ty_text, #member, #ty, #i),));
        if codec.whole(i) {
            let (offset, _) = codec.place(i);
            invalid.extend(template!([ty, p, offset, name] if !<#ty as #p::Packable>::bits_valid(__bytes, #offset) { return #p::Some(#name); }));
        }
        writes.extend(codec.write(i, &template!([member] self.#member)));
        checks.extend(check_field(&codec, i));
        accessors.extend(packed_accessors(&codec, field, i, &read, &codec.write(i, &value)));
        reads.push(read);
        let (getter, _) = container.accessor_names(field, i);
        debug.extend(template!([name, getter] .field(#name, &self.#getter())));
    }
    let build = crate::expand::shared::construct(container, &reads);
    let columns = if container.attrs.columns {
        columns::expand(&codec)
    } else {
        TokenStream::new()
    };
    // Spanned on the key, where a missing `arrow` feature is reported.
    let arrow = container.attrs.arrow.map(|span| {
        let mut fields = TokenStream::new();
        for (i, f) in container.fields.iter().enumerate() {
            // Unsuffixed: the index also picks the field's column out of a tuple.
            let (name, member, ty, i) = (&f.name, &f.member, f.ty, syn::Index::from(i));
            fields.extend(template!([i, name, member, ty] #i #name #member: #ty,));
        }
        let p = crate::expand::shared::respan(p, span);
        template_spanned!(span => [p, ident, fields] #p::arrow_record!(#ident { #fields });)
    });
    let max_size = container.attrs.max_size_check(ident);
    let mut out = template! {[p, vis, ident, packed, count, widths, layout, invalid, writes, build, checks, accessors, debug, columns, arrow, max_size]
        #p::compact_struct! {
            vis = [#vis], ident = #ident, packed = #packed, count = #count,
            locals = [self, value, __bytes, __base, __errors],
            widths = [#widths], layout = [#layout],
            invalid = { #invalid }, write = { #writes }, read = { #build }, check = { #checks },
            accessors = [#accessors], debug = { #debug },
        }
        #columns
        #arrow
        #max_size
    };
    for field in &container.fields {
        out.extend(const_order_check(container, field, p));
    }
    out
}

/// The statements that check one field for packing: every rule on it (bounds, length, checks),
/// then a nested struct's own rules, so a packed record only ever holds values that passed.
fn check_field(codec: &Codec, i: usize) -> TokenStream {
    let (container, p, field) = (codec.container, &codec.p, &codec.container.fields[i]);
    let (name, member, ty) = (&field.name, &field.member, field.ty);
    let mut out = TokenStream::new();
    if let Some(check) = check_expr(container, field, p, &Operand::Field(member)) {
        out.extend(template!([check] __errors.field(#check);));
    }
    if codec.composite(i) {
        out.extend(template!([name, ty, p, member] __errors.nested(#name, <#ty as #p::Packable>::check_packable(&self.#member));));
    }
    out
}

/// One `{ get .. set .. }` entry of `compact_struct!`'s accessors: the getter, then the setter.
fn packed_accessors(
    codec: &Codec,
    field: &Field,
    index: usize,
    read: &TokenStream,
    write: &TokenStream,
) -> TokenStream {
    let (container, p) = (codec.container, &codec.p);
    let (getter, setter) = container.accessor_names(field, index);
    let ty = field.ty;
    let name = &field.name;
    let own_rules = check_expr(container, field, p, &Operand::Value);
    let set = if codec.composite(index) {
        let struct_name = container.ident.to_string();
        // With rules of its own the setter can refuse whatever the type, so it says so in its
        // type; without, it returns what the type's own rules make of it: `()` for an enum.
        let (set_doc, returns, finish) = if own_rules.is_some() {
            (
                doc(&format!("Sets the `{name}` field if the value passes its rules; a refused value leaves the old one in place.\n\n# Errors\n\nEvery rule the value breaks.")),
                template!([p] #p::Result<(), #p::ValidationErrors>),
                template!([] __outcome),
            )
        } else {
            (
                doc(&format!("Sets the `{name}` field. Returns `()` when every value of the type packs (an enum), else `Result<(), ValidationErrors>` with every rule the new value breaks, and a refused value leaves the old one in place.")),
                template!([ty, p] <#ty as #p::Packable>::SetResult),
                template!([ty, p] <#ty as #p::Packable>::set_result(__outcome)),
            )
        };
        let own_rules = own_rules.map(|check| template!([check] __errors.field(#check);));
        template! {[set_doc, setter, ty, returns, p, struct_name, own_rules, name, write, finish]
            custom {
                #set_doc
                #[inline]
                pub fn #setter(&mut self, value: #ty) -> #returns {
                    let mut __errors = #p::Collector::new(#struct_name);
                    #own_rules
                    __errors.nested(#name, #p::Packable::check_packable(&value));
                    let __outcome = __errors.finish();
                    if __outcome.is_ok() {
                        let __bytes = &mut self.bytes;
                        let __base = 0;
                        #write
                    }
                    #finish
                }
            }
        }
    } else if let Some(check) = own_rules {
        template!([setter, check, write] set_checked #setter { #check } { #write })
    } else {
        // Every value of a primitive without rules packs: a plain write.
        template!([setter, write] set #setter { #write })
    };
    template!([name, getter, ty, read, set] { get #name #getter (#ty) { #read } #set })
}
