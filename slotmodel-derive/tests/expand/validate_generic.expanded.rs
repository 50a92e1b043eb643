#[automatically_derived]
impl<T> ::slotmodel::__private01::Validate for Labeled<T>
where
    T: Clone,
{
    fn validate(
        &self,
    ) -> ::slotmodel::__private01::Result<
        (),
        ::slotmodel::__private01::ValidationErrors,
    > {
        let mut __errors = ::slotmodel::__private01::Collector::new("Labeled");
        __errors
            .field(
                ::slotmodel::__private01::length(
                    &self.label,
                    ::slotmodel::__private01::LengthUnit::Chars,
                    ::slotmodel::__private01::None,
                    ::slotmodel::__private01::Some(16),
                    true,
                    &["Labeled", "label"],
                ),
            );
        __errors.finish()
    }
}
#[allow(
    clippy::too_many_arguments,
    clippy::len_without_is_empty,
    reason = "one constructor argument per field, one getter named after each"
)]
impl<T> Labeled<T>
where
    T: Clone,
{
    ///The fields of `Labeled` and their rules, in order.
    pub const FIELDS: &'static [::slotmodel::__private01::FieldSpec] = &[
        ::slotmodel::__private01::spec(
            "Labeled",
            "label",
            "String",
            &[
                ::slotmodel::__private01::length_rule(
                    ::slotmodel::__private01::LengthUnit::Chars,
                    ::slotmodel::__private01::None,
                    ::slotmodel::__private01::Some(16),
                    true,
                ),
            ],
        ),
        ::slotmodel::__private01::spec("Labeled", "value", "T", &[]),
    ];
    /**Creates a `Labeled` from its fields in order, checking every rule.

# Errors

Every rule broken, in field order.*/
    #[inline]
    pub fn new(
        label: String,
        value: T,
    ) -> ::slotmodel::__private01::Result<
        Self,
        ::slotmodel::__private01::ValidationErrors,
    > {
        ::slotmodel::__private01::validated(Self { label, value })
    }
    ///The `label` field.
    #[must_use]
    #[inline]
    pub fn label(&self) -> &String {
        &self.label
    }
    /**Sets `label` if the value passes its rules, else keeps the old value.

# Errors

The rule the value breaks.*/
    #[inline]
    pub fn set_label(
        &mut self,
        value: String,
    ) -> ::slotmodel::__private01::Result<(), ::slotmodel::__private01::FieldError> {
        ::slotmodel::__private01::assign(
            ::slotmodel::__private01::length(
                &value,
                ::slotmodel::__private01::LengthUnit::Chars,
                ::slotmodel::__private01::None,
                ::slotmodel::__private01::Some(16),
                true,
                &["Labeled", "label"],
            ),
            &mut self.label,
            value,
        )
    }
    ///The `value` field.
    #[must_use]
    #[inline]
    pub fn value(&self) -> &T {
        &self.value
    }
    ///Sets `value`, which has no rules.
    #[inline]
    pub fn set_value(&mut self, value: T) {
        self.value = value;
    }
}
