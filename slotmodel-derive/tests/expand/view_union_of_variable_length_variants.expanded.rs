///A checked, zero-copy view of a `Value` in a byte buffer: the variant the tag chose, viewed in place.
#[derive(::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug)]
pub enum ValueView<'a> {
    ///`Value::Number`, tag 1.
    Number(<u32 as ::slotmodel::__private01::ViewPayload>::Ref<'a>),
    ///`Value::Name`, tag 2.
    Name(<Name as ::slotmodel::__private01::ViewPayload>::Ref<'a>),
    ///`Value::Unknown`, every other tag.
    Unknown,
}
#[automatically_derived]
impl ::slotmodel::__private01::ViewUnion for Value {
    const TAGS: &'static [u64] = &[1u64, 2u64];
    const TAGS_WRITTEN: &'static [&'static str] = &["1", "2"];
    type Ref<'a> = ValueView<'a>;
    const REST: bool = false || <u32 as ::slotmodel::__private01::ViewPayload>::REST
        || <Name as ::slotmodel::__private01::ViewPayload>::REST;
    fn check_prefix<const BIG: bool, const CHECK: bool>(
        tag: u64,
        bytes: &[u8],
        type_name: &'static str,
        field: &'static str,
        offset: usize,
    ) -> ::slotmodel::__private01::Result<usize, ::slotmodel::__private01::ViewError> {
        match tag {
            1u64 => {
                <u32 as ::slotmodel::__private01::ViewPayload>::check_prefix::<
                    BIG,
                    CHECK,
                >(bytes, type_name, [field, "Number"], offset)
            }
            2u64 => {
                <Name as ::slotmodel::__private01::ViewPayload>::check_prefix::<
                    BIG,
                    CHECK,
                >(bytes, type_name, [field, "Name"], offset)
            }
            _ => ::slotmodel::__private01::Ok(0),
        }
    }
    fn get<const BIG: bool>(tag: u64, bytes: &[u8]) -> ValueView<'_> {
        let _ = bytes;
        match tag {
            1u64 => {
                ValueView::Number(
                    <u32 as ::slotmodel::__private01::ViewPayload>::get::<BIG>(bytes),
                )
            }
            2u64 => {
                ValueView::Name(
                    <Name as ::slotmodel::__private01::ViewPayload>::get::<BIG>(bytes),
                )
            }
            _ => ValueView::Unknown,
        }
    }
    fn read<const BIG: bool>(tag: u64, bytes: &[u8]) -> Self {
        let _ = bytes;
        match tag {
            1u64 => {
                Value::Number(
                    <u32 as ::slotmodel::__private01::ViewPayload>::read::<BIG>(bytes),
                )
            }
            2u64 => {
                Value::Name(
                    <Name as ::slotmodel::__private01::ViewPayload>::read::<BIG>(bytes),
                )
            }
            _ => Value::Unknown,
        }
    }
    fn tag(&self) -> ::slotmodel::__private01::Option<u64> {
        match self {
            Value::Number(_) => ::slotmodel::__private01::Some(1u64),
            Value::Name(_) => ::slotmodel::__private01::Some(2u64),
            Value::Unknown => ::slotmodel::__private01::None,
        }
    }
    fn view_len(&self) -> usize {
        match self {
            Value::Number(value) => {
                <u32 as ::slotmodel::__private01::ViewPayload>::payload_len(value)
            }
            Value::Name(value) => {
                <Name as ::slotmodel::__private01::ViewPayload>::payload_len(value)
            }
            Value::Unknown => 0,
        }
    }
    fn write<const BIG: bool>(
        &self,
        bytes: &mut [u8],
        type_name: &'static str,
        field: &'static str,
        offset: usize,
    ) -> ::slotmodel::__private01::Result<(), ::slotmodel::__private01::ViewError> {
        let _ = (&bytes, type_name, field, offset);
        match self {
            Value::Number(value) => {
                <u32 as ::slotmodel::__private01::ViewPayload>::write::<
                    BIG,
                >(value, bytes, type_name, [field, "Number"], offset)
            }
            Value::Name(value) => {
                <Name as ::slotmodel::__private01::ViewPayload>::write::<
                    BIG,
                >(value, bytes, type_name, [field, "Name"], offset)
            }
            Value::Unknown => ::slotmodel::__private01::Ok(()),
        }
    }
    fn fits(
        &self,
        type_name: &'static str,
        field: &'static str,
        offset: usize,
    ) -> ::slotmodel::__private01::Result<(), ::slotmodel::__private01::ViewError> {
        let _ = (type_name, field, offset);
        match self {
            Value::Number(value) => {
                <u32 as ::slotmodel::__private01::ViewPayload>::fits(
                    value,
                    type_name,
                    field,
                    offset,
                )
            }
            Value::Name(value) => {
                <Name as ::slotmodel::__private01::ViewPayload>::fits(
                    value,
                    type_name,
                    field,
                    offset,
                )
            }
            Value::Unknown => ::slotmodel::__private01::Ok(()),
        }
    }
}
#[automatically_derived]
impl ::slotmodel::__private01::DerivesView for Value {}
