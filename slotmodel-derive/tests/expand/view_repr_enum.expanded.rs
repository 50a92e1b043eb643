::slotmodel::__private::view_enum!(
    ident = Kind, repr = u8, variants = [Data, Ack,], last = Reset
);
#[automatically_derived]
impl ::slotmodel::__private::DerivesView for Kind {}
