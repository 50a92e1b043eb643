::slotmodel::__private01::view_fixed! {
    vis = [], ident = Header, view = HeaderView, view_mut = HeaderViewMut, count =
    2usize, locals = [self, value, __bytes], sizes = [< Kind as
    ::slotmodel::__private01::ViewItem >::SIZE, < i16 as
    ::slotmodel::__private01::ViewItem >::SIZE,], skips = [0, 2,], check = { < Kind as
    ::slotmodel::__private01::ViewItem >::check::< false > (&
    __bytes[Header::__SLOTMODEL_VIEW_OFFSETS[0usize]
    ..Header::__SLOTMODEL_VIEW_OFFSETS[0usize] + < Kind as
    ::slotmodel::__private01::ViewItem >::SIZE], "Header", "kind",
    Header::__SLOTMODEL_VIEW_OFFSETS[0usize]) ?; < i16 as
    ::slotmodel::__private01::ViewItem >::check::< false > (&
    __bytes[Header::__SLOTMODEL_VIEW_OFFSETS[1usize]
    ..Header::__SLOTMODEL_VIEW_OFFSETS[1usize] + < i16 as
    ::slotmodel::__private01::ViewItem >::SIZE], "Header", "level",
    Header::__SLOTMODEL_VIEW_OFFSETS[1usize]) ?; { let __value = < i16 as
    ::slotmodel::__private01::ViewItem >::read::< false > (&
    __bytes[Header::__SLOTMODEL_VIEW_OFFSETS[1usize]
    ..Header::__SLOTMODEL_VIEW_OFFSETS[1usize] + < i16 as
    ::slotmodel::__private01::ViewItem >::SIZE]);
    ::slotmodel::__private01::view_rule(::slotmodel::__private01::within(& __value, -
    100, 100, & ["Header", "level"]), "Header", "level",
    Header::__SLOTMODEL_VIEW_OFFSETS[1usize]) ?; } }, fits = { < Kind as
    ::slotmodel::__private01::ViewItem >::fits(& self.kind, "Header", "kind",
    Header::__SLOTMODEL_VIEW_OFFSETS[0usize]) ?; }, getters = [("kind", { pub fn kind(&
    self) -> < Kind as ::slotmodel::__private01::ViewItem >::Ref < 'a > } { < Kind as
    ::slotmodel::__private01::ViewItem >::get::< false > (& self
    .bytes[Header::__SLOTMODEL_VIEW_OFFSETS[0usize]
    ..Header::__SLOTMODEL_VIEW_OFFSETS[0usize] + < Kind as
    ::slotmodel::__private01::ViewItem >::SIZE]) }, { pub fn kind(& self) -> < Kind as
    ::slotmodel::__private01::ViewItem >::Ref < '_ > } { self.as_view().kind() }),
    ("level", { pub fn level(& self) -> i16 } { < i16 as
    ::slotmodel::__private01::ViewItem >::get::< false > (& self
    .bytes[Header::__SLOTMODEL_VIEW_OFFSETS[1usize]
    ..Header::__SLOTMODEL_VIEW_OFFSETS[1usize] + < i16 as
    ::slotmodel::__private01::ViewItem >::SIZE]) }, { pub fn level(& self) -> i16 } {
    self.as_view().level() }),], to_owned = { Header { kind : < Kind as
    ::slotmodel::__private01::ViewItem >::read::< false > (& self
    .bytes[Header::__SLOTMODEL_VIEW_OFFSETS[0usize]
    ..Header::__SLOTMODEL_VIEW_OFFSETS[0usize] + < Kind as
    ::slotmodel::__private01::ViewItem >::SIZE]), level : < i16 as
    ::slotmodel::__private01::ViewItem >::read::< false > (& self
    .bytes[Header::__SLOTMODEL_VIEW_OFFSETS[1usize]
    ..Header::__SLOTMODEL_VIEW_OFFSETS[1usize] + < i16 as
    ::slotmodel::__private01::ViewItem >::SIZE]) } }, setters = [{ "kind" custom { #[doc
    =
    "Writes the `kind` field after checking the encoded value; a refused value leaves the buffer as it was.\n\n# Errors\n\nThe nested field that holds an invalid value."]
    pub fn set_kind(& mut self, value : Kind) -> ::slotmodel::__private01::Result < (),
    ::slotmodel::__private01::ViewError > { let mut __encoded = [0_u8; < Kind as
    ::slotmodel::__private01::ViewItem >::SIZE]; < Kind as
    ::slotmodel::__private01::ViewItem >::write::< false > (& value, & mut __encoded); <
    Kind as ::slotmodel::__private01::ViewItem >::check::< false > (& __encoded,
    "Header", "kind", Header::__SLOTMODEL_VIEW_OFFSETS[0usize]) ?; self
    .bytes[Header::__SLOTMODEL_VIEW_OFFSETS[0usize]
    ..Header::__SLOTMODEL_VIEW_OFFSETS[0usize] + < Kind as
    ::slotmodel::__private01::ViewItem >::SIZE].copy_from_slice(& __encoded);
    ::slotmodel::__private01::Ok(()) } } } { "level" checked set_level(i16) {
    ::slotmodel::__private01::within(& value, - 100, 100, & ["Header", "level"]) } { <
    i16 as ::slotmodel::__private01::ViewItem >::write::< false > (& value, & mut self
    .bytes[Header::__SLOTMODEL_VIEW_OFFSETS[1usize]
    ..Header::__SLOTMODEL_VIEW_OFFSETS[1usize] + < i16 as
    ::slotmodel::__private01::ViewItem >::SIZE]); } }], write = { < Kind as
    ::slotmodel::__private01::ViewItem >::write::< false > (& self.kind, & mut
    __bytes[Header::__SLOTMODEL_VIEW_OFFSETS[0usize]
    ..Header::__SLOTMODEL_VIEW_OFFSETS[0usize] + < Kind as
    ::slotmodel::__private01::ViewItem >::SIZE]); < i16 as
    ::slotmodel::__private01::ViewItem >::write::< false > (& self.level, & mut
    __bytes[Header::__SLOTMODEL_VIEW_OFFSETS[1usize]
    ..Header::__SLOTMODEL_VIEW_OFFSETS[1usize] + < i16 as
    ::slotmodel::__private01::ViewItem >::SIZE]); },
}
#[automatically_derived]
impl ::core::fmt::Debug for HeaderView<'_> {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct(::core::stringify!(HeaderView))
            .field("kind", &self.kind())
            .field("level", &self.level())
            .finish()
    }
}
#[automatically_derived]
impl ::slotmodel::__private01::DerivesView for Header {}
