#[automatically_derived]
impl ::slotmodel::__private::ViewItem for Kind {
    const SIZE: usize = ::core::mem::size_of::<u8>();
    type Ref<'a> = Kind;
    fn get<const BIG: bool>(__bytes: &[u8]) -> Kind {
        Self::read::<BIG>(__bytes)
    }
    fn read<const BIG: bool>(__bytes: &[u8]) -> Kind {
        match <u8 as ::slotmodel::__private::ViewItem>::read::<BIG>(__bytes) {
            __raw if __raw == Kind::Data as u8 => Kind::Data,
            __raw if __raw == Kind::Ack as u8 => Kind::Ack,
            _ => Kind::Reset,
        }
    }
    fn write<const BIG: bool>(&self, __bytes: &mut [u8]) {
        let __raw: u8 = match self {
            Kind::Data => Kind::Data as u8,
            Kind::Ack => Kind::Ack as u8,
            Kind::Reset => Kind::Reset as u8,
        };
        <u8 as ::slotmodel::__private::ViewItem>::write::<BIG>(&__raw, __bytes);
    }
    fn check<const BIG: bool>(
        __bytes: &[u8],
        type_name: &'static str,
        field: &'static str,
        offset: usize,
    ) -> ::slotmodel::__private::Result<(), ::slotmodel::__private::ViewError> {
        let __raw = <u8 as ::slotmodel::__private::ViewItem>::read::<BIG>(__bytes);
        if [Kind::Data as u8, Kind::Ack as u8, Kind::Reset as u8].contains(&__raw) {
            ::slotmodel::__private::Ok(())
        } else {
            ::slotmodel::__private::Err(
                ::slotmodel::__private::ViewError::invalid(
                    type_name,
                    field,
                    offset,
                    ::slotmodel::__private::ErrorKind::custom(
                        ::slotmodel::__private::format!(
                            "is not a {} discriminant, got {}", "Kind", __raw
                        ),
                    ),
                ),
            )
        }
    }
}
