//! `#[derive(View)]` on a record with a variable-length field (`#[view(len = ..)]` or
//! `#[view(count = ..)]` on a `Vec`): the view checks the buffer once, recording where each field
//! starts, and the getters read in place from those offsets.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::spanned::Spanned;

use super::slot::{big_const, debug_impl, in_order, runtime, Kind, Order, Slot};
use crate::ast::Container;
use crate::attr::view::LengthFrom;
use crate::expand::rules::check_expr;

/// The record's code: the layout check, `<Name>View<'a>`, writing and `Debug`.
pub fn expand(container: &Container, slots: &[Slot], p: &TokenStream) -> TokenStream {
    let ident = container.ident;
    let (vis, count) = (&container.input.vis, slots.len());
    let view = format_ident!("{}View", ident);
    let (mut steps, mut getters, mut reads) = (TokenStream::new(), TokenStream::new(), Vec::new());
    let (mut view_len, mut writes) = (template!([] 0), TokenStream::new());
    for s in slots {
        steps.extend(layout_step(container, slots, s, p));
        let (getter, _) = container.accessor_names(s.field, s.index);
        let (name, member, big, range) = (&s.field.name, &s.field.member, s.big, range(slots, s.index));
        let skip = skip(s);
        let (ret, body) = getter_body(container, slots, s, p);
        let body = in_order(container, &template!([] self.big), &body);
        getters.extend(template!([name, getter, ret, body] (#name, { pub fn #getter(&self) -> #ret } { #body }),));
        if let Kind::Union { from, .. } = s.kind {
            let tag = tag_value(container, slots, s, p, &Source::View);
            let (read, view_length) = (
                s.union(p, &template!([big] ::read::<#big>)),
                s.union(p, &template!([] ::view_len)),
            );
            reads.push(template!([read, tag, range] #read(#tag, &self.bytes[#range])));
            view_len.extend(template!([skip, view_length, member] + #skip + #view_length(&self.#member)));
            writes.extend(union_write(container, slots, s, from, p));
        } else if let Kind::Optional { .. } = s.kind {
            let (read, len, write) = optional(container, slots, s, p);
            reads.push(read);
            view_len.extend(len);
            writes.extend(write);
        } else if let Kind::Run { element, .. } = &s.kind {
            // By path: a module without the prelude has no `Ord` or `Iterator` in scope.
            reads.push(template! {[range, element, p, big]
                ::core::iter::Iterator::collect(::core::iter::Iterator::map(
                    self.bytes[#range].chunks_exact(::core::cmp::Ord::max(<#element as #p::ViewItem>::SIZE, 1)),
                    <#element as #p::ViewItem>::read::<#big>,
                ))
            });
            view_len.extend(
                template!([skip, member, element, p] + #skip + self.#member.len() * <#element as #p::ViewItem>::SIZE),
            );
            let agrees = expr_agrees(container, slots, s, p);
            writes.extend(template! {[skip, agrees, member, element, p, big]
                __out[__at..__at + #skip].fill(0);
                __at += #skip;
                #agrees
                for __value in &self.#member {
                    let __size = <#element as #p::ViewItem>::SIZE;
                    <#element as #p::ViewItem>::write::<#big>(__value, &mut __out[__at..__at + __size]);
                    __at += __size;
                }
            });
        } else {
            reads.push(s.decode(p, &template!([range] &self.bytes[#range])));
            let (item, value) = (s.item(p), s.wrap(p, &template!([member] self.#member)));
            view_len.extend(template!([skip, item, p] + #skip + <#item as #p::ViewItem>::SIZE));
            let agrees = length_checks(container, slots, s, p);
            let fits = s.narrow().then(|| {
                let struct_name = ident.to_string();
                template!([item, p, value, struct_name, name] <#item as #p::ViewItem>::fits(#value, #struct_name, #name, __at)?;)
            });
            writes.extend(template! {[skip, agrees, fits, item, p, big, value]
                __out[__at..__at + #skip].fill(0);
                __at += #skip;
                #agrees
                #fits
                let __size = <#item as #p::ViewItem>::SIZE;
                <#item as #p::ViewItem>::write::<#big>(#value, &mut __out[__at..__at + __size]);
                __at += __size;
            });
        }
    }
    let owned = crate::expand::shared::construct(container, &reads);
    let pad_to = pad_to(container);
    let debug = debug_impl(container, slots, &view);
    if runtime(container) {
        let parts = Parts {
            steps,
            getters,
            owned,
            view_len,
            writes,
            pad_to,
        };
        let mut out = ordered(container, slots, p, parts);
        out.extend(debug);
        out.extend(super::var_mut::expand(container, slots, p));
        return out;
    }
    let mutable = super::var_mut::expand(container, slots, p);
    let rest = takes_rest(slots, p);
    template! {[p, vis, ident, view, count, pad_to, rest, steps, getters, owned, view_len, writes, debug, mutable]
        #p::view_var! {
            vis = [#vis], ident = #ident, view = #view, count = #count, pad_to = #pad_to, rest = #rest,
            locals = [self, __bytes, __offsets, __at, __field, __k, __out],
            steps = [#steps], getters = [#getters], to_owned = { #owned },
            view_len = { #view_len }, write = { #writes },
        }
        #p::view_payload! { order = fixed, ident = #ident, view = #view, rest = #rest }
        #debug
        #mutable
    }
}

/// Whether the record takes every byte it is given: its last field is `#[view(rest)]`, or a
/// union without a length one of whose variants takes the rest.
fn takes_rest(slots: &[Slot], p: &TokenStream) -> TokenStream {
    match slots.last() {
        Some(last) if last.field.view.rest.is_some() => template!([] true),
        Some(last) if matches!(last.kind, Kind::Union { sized: None, .. }) => {
            let rest = last.union(p, &template!([] ::REST));
            template!([rest] { #rest })
        }
        _ => template!([] false),
    }
}

/// The multiple the record's length is padded to.
fn pad_to(container: &Container) -> TokenStream {
    let pad_to = container.view.pad_to.as_ref();
    pad_to.map_or_else(|| template!([] 1_usize), |lit| template!([lit] #lit))
}

/// Whether every field has a fixed size, so that the record has one too.
fn fixed_size(slots: &[Slot]) -> bool {
    slots
        .iter()
        .all(|s| matches!(s.kind, Kind::Value | Kind::Bytes | Kind::Numbers | Kind::Other))
}

/// The code of each field, for the template.
struct Parts {
    steps: TokenStream,
    getters: TokenStream,
    owned: TokenStream,
    view_len: TokenStream,
    writes: TokenStream,
    pad_to: TokenStream,
}

/// A record whose byte order is chosen at run time: `view_ordered!`, with where its order comes
/// from, and `ViewItem` for a record of fixed size.
fn ordered(container: &Container, slots: &[Slot], p: &TokenStream, parts: Parts) -> TokenStream {
    let Parts {
        steps,
        getters,
        owned,
        view_len,
        writes,
        pad_to,
    } = parts;
    let (ident, vis, count) = (container.ident, &container.input.vis, slots.len());
    let view = format_ident!("{}View", ident);
    let owned = in_order(container, &template!([] self.big), &owned);
    let (big, order) = (big_const(), order_source(container, slots, p));
    // A record of fixed size nests in others, taking their order.
    let size = fixed_size(slots).then(|| {
        let sizes = slots.iter().map(|s| {
            let (skip, item) = (skip(s), s.item(p));
            template!([skip, item, p] + #skip + <#item as #p::ViewItem>::SIZE)
        });
        quote!(size = { 0_usize #(#sizes)* },)
    });
    let rest = takes_rest(slots, p);
    let payload = (!fixed_size(slots)).then(|| {
        let order = if container.view.big_if.is_some() {
            template!([] read)
        } else {
            template!([] given)
        };
        template!([p, order, ident, view, rest] #p::view_payload! { order = #order, ident = #ident, view = #view, rest = #rest })
    });
    template! {[p, vis, ident, view, count, pad_to, rest, big, order, steps, getters, owned, view_len, writes, size, payload]
        #p::view_ordered! {
            vis = [#vis], ident = #ident, view = #view, count = #count, pad_to = #pad_to, rest = #rest,
            big = #big, locals = [self, __bytes, __offsets, __at, __field, __k, __out],
            order = #order,
            steps = [#steps], getters = [#getters], to_owned = { #owned },
            view_len = { #view_len }, write = { #writes }, #size
        }
        #payload
    }
}

/// Where a run-time order comes from: `given` by the caller, or `read { .. } owned { .. }`, the
/// condition of `big_if` over the record's bytes (the fields it names sit at fixed offsets
/// before any variable-length field) and over an owned record being written.
fn order_source(container: &Container, slots: &[Slot], p: &TokenStream) -> TokenStream {
    let Some(big_if) = &container.view.big_if else {
        return template!([] given);
    };
    let (name, text, first) = (container.ident.to_string(), big_if.text(), big_if.field.to_string());
    let count = slots.len();
    let mut bounds = TokenStream::new();
    let mut named = Vec::new();
    for field in big_if.names() {
        let Some(i) = slots
            .iter()
            .position(|s| s.field.original.ident.as_ref() == Some(field))
        else {
            continue;
        };
        if named.contains(&i) {
            continue;
        }
        named.push(i);
        let mut offset = template!([] 0_usize);
        for before in &slots[..i] {
            let (skip, item) = (skip(before), before.item(p));
            offset.extend(template!([skip, item, p] + #skip + <#item as #p::ViewItem>::SIZE));
        }
        let (skip, item, fname) = (skip(&slots[i]), slots[i].item(p), &slots[i].field.name);
        bounds.extend(template! {[i, offset, skip, p, item, name, fname]
            __offsets[#i] = #offset + #skip;
            #p::view_run_end(__offsets[#i], 1, <#item as #p::ViewItem>::SIZE, __bytes.len(), #name, #fname)?;
        });
    }
    let (read, owned) = (
        source_value(slots, big_if, p, &Source::Layout),
        source_value(slots, big_if, p, &Source::Owned),
    );
    template! {[count, bounds, p, read, text, name, first, owned]
        read {
            let mut __offsets = [0_usize; #count + 1];
            #bounds
            #p::view_when(#read, #text, #name, #first, 0)
        }
        owned { #p::view_when(#owned, #text, #name, #first, 0)? }
    }
}

/// A getter's return type and body.
fn getter_body(container: &Container, slots: &[Slot], s: &Slot, p: &TokenStream) -> (TokenStream, TokenStream) {
    let (big, range, lifetime) = (s.big, range(slots, s.index), template!([] 'a));
    match &s.kind {
        Kind::Run { bytes: true, .. } => (template!([] &'a [u8]), template!([range] &self.bytes[#range])),
        Kind::Run { element, .. } => {
            let order = match big {
                Order::Fixed(true) => template!([p] #p::BigEndian),
                Order::Fixed(false) => template!([p] #p::LittleEndian),
                Order::Runtime => template!([p] #p::Endian),
            };
            let value = match big {
                Order::Runtime => template!([p, big] #p::Endian::big_if(#big)),
                Order::Fixed(_) => order.clone(),
            };
            (
                template!([p, element, order] #p::ViewRun<'a, #element, #order>),
                template!([p, range, value] #p::ViewRun::new(&self.bytes[#range], #value)),
            )
        }
        Kind::Optional { element } => (
            s.ret(p, &lifetime),
            template! {[range, element, p, big] {
                let __field = &self.bytes[#range];
                (!__field.is_empty()).then(|| <#element as #p::ViewItem>::get::<#big>(__field))
            }},
        ),
        Kind::Union { .. } => {
            let (tag, get) = (
                tag_value(container, slots, s, p, &Source::View),
                s.union(p, &template!([big] ::get::<#big>)),
            );
            // The whole call on the type, for the same reason as the return type.
            let body = crate::expand::shared::respan(
                &template!([get, tag, range] #get(#tag, &self.bytes[#range])),
                s.field.ty.span(),
            );
            (s.ret(p, &lifetime), body)
        }
        _ => {
            let item = s.item(p);
            (
                s.ret(p, &lifetime),
                template!([item, p, big, range] <#item as #p::ViewItem>::get::<#big>(&self.bytes[#range])),
            )
        }
    }
}

/// A conditional field's owned read, bytes written and writing, which refuses a value whose
/// presence its condition over the fields before it does not give.
fn optional(
    container: &Container,
    slots: &[Slot],
    s: &Slot,
    p: &TokenStream,
) -> (TokenStream, TokenStream, TokenStream) {
    let (Kind::Optional { element }, Some(when)) = (&s.kind, &s.field.view.when) else {
        return Default::default();
    };
    let (big, name, member, skip, range) = (s.big, &s.field.name, &s.field.member, skip(s), range(slots, s.index));
    let read = template! {[range, element, p, big] {
        let __field = &self.bytes[#range];
        (!__field.is_empty()).then(|| <#element as #p::ViewItem>::read::<#big>(__field))
    }};
    let len = template!([skip, member, element, p] + #skip + self.#member.as_ref().map_or(0, |_| <#element as #p::ViewItem>::SIZE));
    let condition = source_value(slots, when, p, &Source::Owned);
    let (struct_name, text) = (container.ident.to_string(), when.text());
    let write = template! {[skip, p, condition, member, text, struct_name, name, element, big]
        __out[__at..__at + #skip].fill(0);
        __at += #skip;
        #p::view_when_agrees(#condition, self.#member.is_some(), #text, #struct_name, #name, __at)?;
        if let #p::Some(__value) = &self.#member {
            <#element as #p::ViewItem>::fits(__value, #struct_name, #name, __at)?;
            let __size = <#element as #p::ViewItem>::SIZE;
            <#element as #p::ViewItem>::write::<#big>(__value, &mut __out[__at..__at + __size]);
            __at += __size;
        }
    };
    (read, len, write)
}

/// Writes the tagged union `s`, once its tag field (at `from`) agrees with its variant.
fn union_write(container: &Container, slots: &[Slot], s: &Slot, from: usize, p: &TokenStream) -> TokenStream {
    let (big, name, member, skip) = (s.big, &s.field.name, &s.field.member, skip(s));
    let [tag, tags, written, fits, view_len, write] = [
        template!([] ::tag),
        template!([] ::TAGS),
        template!([] ::TAGS_WRITTEN),
        template!([] ::fits),
        template!([] ::view_len),
        template!([big] ::write::<#big>),
    ]
    .map(|item| s.union(p, &item));
    let (source, struct_name) = (&slots[from].field, container.ident.to_string());
    let owned_tag = tag_value(container, slots, s, p, &Source::Owned);
    let tag_name = match s.field.view.tag.as_ref().filter(|tag| tag.expr.is_some()) {
        Some(tag) => tag.text(),
        None => source.name.clone(),
    };
    let agrees = s.field.view.length.as_ref().filter(|length| length.expr.is_some()).map(|length| {
        let (value, text) = (source_value(slots, length, p, &Source::Owned), length.text());
        template!([p, value, view_len, member, text, struct_name, name] #p::view_expr_agrees(#value, (#view_len(&self.#member), 0), #text, #struct_name, #name, __at)?;)
    });
    template! {[skip, owned_tag, p, tag, member, tags, written, name, struct_name, tag_name, fits, view_len, write, agrees]
        __out[__at..__at + #skip].fill(0);
        __at += #skip;
        #agrees
        let __tag = #owned_tag;
        #p::check_tag(
            __tag,
            #tag(&self.#member),
            #tags.contains(&__tag),
            #written,
            [#name, #struct_name, #tag_name],
        )?;
        #fits(&self.#member, #struct_name, #name, __at)?;
        let __size = #view_len(&self.#member);
        #write(&self.#member, &mut __out[__at..__at + __size], #struct_name, #name, __at)?;
        __at += __size;
    }
}

/// Checks, before the length field `source` is written, that its value is what each `Vec` it
/// sizes holds: the layout check after the writing would blame whichever field ran short.
fn length_checks(container: &Container, slots: &[Slot], source: &Slot, p: &TokenStream) -> TokenStream {
    let name = container.ident.to_string();
    let (field, member) = (&source.field.name, &source.field.member);
    slots
        .iter()
        .filter_map(|run| {
            let length = run.field.view.length.as_ref()?;
            if length.expr.is_some() {
                // Checked where the `Vec` or union is written, once every field the expression reads is.
                return None;
            }
            let (run_name, run_member) = (&run.field.name, &run.field.member);
            let (from, held, unit) = match run.kind {
                Kind::Run { element, from, .. } if !length.elements => (
                    from,
                    template!([run_member] self.#run_member.len()),
                    template!([element, p] <#element as #p::ViewItem>::SIZE),
                ),
                Kind::Run { from, .. } => (
                    from,
                    template!([run_member] self.#run_member.len()),
                    template!([] 1_usize),
                ),
                Kind::Union { sized: Some(from), .. } => {
                    let view_len = run.union(p, &template!([] ::view_len));
                    (
                        from,
                        template!([view_len, run_member] #view_len(&self.#run_member)),
                        template!([] 0_usize),
                    )
                }
                _ => return None,
            };
            (from == source.index).then(|| {
                template! {[p, member, held, unit, name, field, run_name]
                    #p::view_length_agrees(self.#member, #held, #unit, #name, (#field, #run_name), __at)?;
                }
            })
        })
        .collect()
}

pub(super) fn skip(slot: &Slot) -> TokenStream {
    slot.field
        .view
        .skip
        .as_ref()
        .map_or_else(|| template!([] 0_usize), |lit| template!([lit] #lit))
}

/// The element type and its count expression of a variable-length field.
fn run_count(container: &Container, slots: &[Slot], slot: &Slot, p: &TokenStream) -> TokenStream {
    let (Kind::Run { from, .. } | Kind::Union { sized: Some(from), .. }) = slot.kind else {
        return template!([] 1_usize);
    };
    if slot.field.view.rest.is_some() {
        return template!([] __bytes.len().saturating_sub(__at));
    }
    let name = container.ident.to_string();
    let source = &slots[from];
    let (field, i) = (&source.field.name, source.index);
    if let Some(length) = slot.field.view.length.as_ref().filter(|length| length.expr.is_some()) {
        let (run, text) = (&slot.field.name, length.text());
        let value = source_value(slots, length, p, &Source::Layout);
        let count = template!([p, value, text, name, run] #p::view_expr_len(#value, #text, #name, #run, __at)?);
        return match slot.kind {
            Kind::Run {
                bytes: false, element, ..
            } if !length.elements => {
                template!([p, count, element, name, run] #p::view_elements(#count, <#element as #p::ViewItem>::SIZE, #name, (#run, #run), __at)?)
            }
            _ => count,
        };
    }
    let read = field_value(source, p, &Source::Layout);
    let count = template! {[p, read, name, field, i]
        #p::view_count(#read, #name, #field, __offsets[#i])?
    };
    match (&slot.kind, &slot.field.view.length) {
        // `len` on elements wider than a byte: the bytes must hold whole elements.
        (
            Kind::Run {
                bytes: false, element, ..
            },
            Some(length),
        ) if !length.elements => {
            let run = &slot.field.name;
            template!([p, count, element, name, field, run, i] #p::view_elements(#count, <#element as #p::ViewItem>::SIZE, #name, (#field, #run), __offsets[#i])?)
        }
        _ => count,
    }
}

/// Where the fields a length or tag reads come from.
enum Source {
    /// The buffer being checked: `__bytes` at `__offsets`, inside the layout check.
    Layout,
    /// A checked view: `self.bytes` at `self.offsets`.
    View,
    /// An owned record being written: `self.field`, inside `write_to`.
    Owned,
}

/// The value of `slot`'s field from `source`.
fn field_value(slot: &Slot, p: &TokenStream, source: &Source) -> TokenStream {
    let (item, i, member) = (slot.item(p), slot.index, &slot.field.member);
    let (bytes, offsets) = match source {
        Source::Layout => (template!([] __bytes), template!([] __offsets)),
        Source::View => (template!([] self.bytes), template!([] self.offsets)),
        Source::Owned => return template!([member] self.#member),
    };
    slot.decode(
        p,
        &template!([bytes, offsets, i, item, p] &#bytes[#offsets[#i]..#offsets[#i] + <#item as #p::ViewItem>::SIZE]),
    )
}

/// An expression source's value, as an `Option<i128>` (`None` once a step overflows), each
/// field it names read from `source`.
fn source_value(slots: &[Slot], from: &LengthFrom, p: &TokenStream, source: &Source) -> TokenStream {
    fn walk(expr: &syn::Expr, value: &dyn Fn(&syn::Ident) -> TokenStream, p: &TokenStream) -> TokenStream {
        match expr {
            syn::Expr::Paren(inner) => walk(&inner.expr, value, p),
            syn::Expr::Group(inner) => walk(&inner.expr, value, p),
            syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Int(lit),
                ..
            }) => {
                let n = proc_macro2::Literal::i128_suffixed(lit.base10_parse::<u64>().map_or(0, i128::from));
                template!([p, n] #p::Some(#n))
            }
            syn::Expr::Binary(binary) => {
                let (a, b) = (walk(&binary.left, value, p), walk(&binary.right, value, p));
                let op = match binary.op {
                    syn::BinOp::Add(_) => "expr_add",
                    syn::BinOp::Sub(_) => "expr_sub",
                    syn::BinOp::Mul(_) => "expr_mul",
                    syn::BinOp::Div(_) => "expr_div",
                    syn::BinOp::Rem(_) => "expr_rem",
                    syn::BinOp::Shl(_) => "expr_shl",
                    syn::BinOp::Shr(_) => "expr_shr",
                    syn::BinOp::BitAnd(_) => "expr_and",
                    syn::BinOp::BitOr(_) => "expr_or",
                    syn::BinOp::Eq(_) => "expr_eq",
                    syn::BinOp::Ne(_) => "expr_ne",
                    syn::BinOp::Lt(_) => "expr_lt",
                    syn::BinOp::Le(_) => "expr_le",
                    syn::BinOp::Gt(_) => "expr_gt",
                    syn::BinOp::Ge(_) => "expr_ge",
                    syn::BinOp::And(_) => "expr_both",
                    syn::BinOp::Or(_) => "expr_either",
                    _ => "expr_xor",
                };
                let op = format_ident!("{}", op);
                template!([p, op, a, b] #p::#op(#a, #b))
            }
            syn::Expr::Path(path) => path.path.get_ident().map(value).unwrap_or_default(),
            _ => TokenStream::new(),
        }
    }
    let value = |name: &syn::Ident| {
        let slot = slots.iter().find(|s| s.field.original.ident.as_ref() == Some(name));
        let read = slot.map(|slot| field_value(slot, p, source)).unwrap_or_default();
        template!([p, read] #p::expr_value(#read))
    };
    match &from.expr {
        Some((expr, _)) => walk(expr, &value, p),
        None => value(&from.field),
    }
}

/// The tag that chooses the variant of the union `slot`, as a `u64`: in the layout check and
/// when writing, an expression that overflows is an error.
fn tag_value(container: &Container, slots: &[Slot], slot: &Slot, p: &TokenStream, source: &Source) -> TokenStream {
    let Some(tag) = &slot.field.view.tag else {
        return TokenStream::new();
    };
    let Kind::Union { from, .. } = slot.kind else {
        return TokenStream::new();
    };
    if tag.expr.is_none() {
        let read = field_value(&slots[from], p, source);
        return template!([p, read] #p::view_tag(#read));
    }
    let value = source_value(slots, tag, p, source);
    let (name, field, text) = (container.ident.to_string(), &slot.field.name, tag.text());
    match source {
        Source::View => template!([p, value] #p::expr_tag(#value)),
        Source::Layout | Source::Owned => {
            template!([p, value, text, name, field] #p::view_expr_tag(#value, #text, #name, #field, __at)?)
        }
    }
}

/// Before a `Vec` whose length an expression gives is written: the expression over the fields
/// written before it gives the `Vec`'s length.
fn expr_agrees(container: &Container, slots: &[Slot], run: &Slot, p: &TokenStream) -> TokenStream {
    let (Kind::Run { element, .. }, Some(length)) = (&run.kind, &run.field.view.length) else {
        return TokenStream::new();
    };
    if length.expr.is_none() {
        return TokenStream::new();
    }
    let unit = if length.elements {
        template!([] 1_usize)
    } else {
        template!([element, p] <#element as #p::ViewItem>::SIZE)
    };
    let value = source_value(slots, length, p, &Source::Owned);
    let (name, field, member, text) = (
        container.ident.to_string(),
        &run.field.name,
        &run.field.member,
        length.text(),
    );
    template!([p, value, member, unit, text, name, field] #p::view_expr_agrees(#value, (self.#member.len(), #unit), #text, #name, #field, __at)?;)
}

/// One `{ .. }` step of the layout check: checks one field and moves past it.
fn layout_step(container: &Container, slots: &[Slot], slot: &Slot, p: &TokenStream) -> TokenStream {
    let (field, i, big, skip) = (&slot.field.name, slot.index, slot.big, skip(slot));
    if let Kind::Union { sized, .. } = slot.kind {
        let (tag, check) = (
            tag_value(container, slots, slot, p, &Source::Layout),
            slot.union(p, &template!([big] ::check_prefix::<#big, __CHECK>)),
        );
        if sized.is_none() {
            return template!([field, i, skip, tag, check] { union #field #i skip = #skip tag = { #tag } check = { #check } });
        }
        let (count, tags) = (
            run_count(container, slots, slot, p),
            slot.union(p, &template!([] ::TAGS)),
        );
        return template!([field, i, skip, tag, check, count, tags] { union #field #i skip = #skip tag = { #tag } check = { #check } len = { #count } tags = { #tags } });
    }
    let count = match (&slot.kind, &slot.field.view.when) {
        (Kind::Optional { .. }, Some(when)) => {
            let (value, text, name) = (
                source_value(slots, when, p, &Source::Layout),
                when.text(),
                container.ident.to_string(),
            );
            template!([p, value, text, name, field] <::core::primitive::usize as ::core::convert::From<::core::primitive::bool>>::from(#p::view_when(#value, #text, #name, #field, __at)?))
        }
        _ => run_count(container, slots, slot, p),
    };
    if let Kind::Run { bytes: true, .. } = slot.kind {
        // Bytes hold any value: only their length is checked.
        return template!([field, i, skip, count] { bytes #field #i skip = #skip count = { #count } });
    }
    let element = slot.element_item(p);
    let rules = check_expr(container, slot.field, p, &template!([] & __value)).map(|check| {
        let (read, name) = (slot.decode(p, &template!([] __field)), container.ident.to_string());
        // A conditional field's rules are those of its `Option`, here present.
        let read = match slot.kind {
            Kind::Optional { element } => {
                template!([p, element, big] #p::Some(<#element as #p::ViewItem>::read::<#big>(__field)))
            }
            _ => read,
        };
        template! {[read, p, check, name, field]
            let __value = #read;
            #p::view_rule(#check, #name, #field, __at)?;
        }
    });
    let (size, check) = (
        template!([element, p] <#element as #p::ViewItem>::SIZE),
        template!([element, p, big] <#element as #p::ViewItem>::check::<#big>),
    );
    if matches!(slot.kind, Kind::Optional { .. }) {
        template!([field, i, skip, count, size, check, rules] { maybe #field #i skip = #skip count = { #count } size = { #size } check = { #check } rules = { #rules } })
    } else if matches!(slot.kind, Kind::Run { .. }) {
        template!([field, i, skip, count, size, check, rules] { run #field #i skip = #skip count = { #count } size = { #size } check = { #check } rules = { #rules } })
    } else {
        template!([field, i, skip, size, check, rules] { one #field #i skip = #skip size = { #size } check = { #check } rules = { #rules } })
    }
}

/// The byte range of field `i` in a view: from its offset to the next field's, less that one's
/// reserved bytes.
fn range(slots: &[Slot], i: usize) -> TokenStream {
    let next_skip = slots.get(i + 1).map_or_else(|| template!([] 0_usize), skip);
    let j = i + 1;
    template!([i, j, next_skip] self.offsets[#i]..self.offsets[#j] - #next_skip)
}
