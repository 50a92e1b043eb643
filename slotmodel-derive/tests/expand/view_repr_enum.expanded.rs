::slotmodel::__private01::view_enum!(
    ident = Kind, repr = u8, variants = [Data, Ack,], last = Reset
);
#[automatically_derived]
impl ::slotmodel::__private01::DerivesView for Kind {}
