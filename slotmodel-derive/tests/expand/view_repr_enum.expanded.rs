::slotmodel::__private01::view_enum!(
    ident = Kind, repr = u8, variants = [Data, Ack,], last = Reset
);
