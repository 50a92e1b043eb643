#[automatically_derived]
impl<T> ::slotmodel::__private::Validate for Labeled<T>
where
    T: Clone,
{
    fn validate(
        &self,
    ) -> ::slotmodel::__private::Result<(), ::slotmodel::__private::ValidationErrors> {
        let mut __errors = ::slotmodel::__private::Collector::new("Labeled");
        __errors
            .field(
                ::slotmodel::__private::length(
                    &self.label,
                    ::slotmodel::__private::LengthUnit::Chars,
                    ::slotmodel::__private::None,
                    ::slotmodel::__private::Some(16),
                    true,
                    &["Labeled", "label"],
                ),
            );
        __errors.finish()
    }
}
#[allow(
    clippy::too_many_arguments,
    reason = "the constructors take one argument per field"
)]
impl<T> Labeled<T>
where
    T: Clone,
{
    ///The fields of `Labeled` and their rules, in declaration order.
    pub const FIELDS: &'static [::slotmodel::__private::FieldSpec] = &[
        ::slotmodel::__private::spec(
            "label",
            "String",
            &[
                ::slotmodel::__private::length_rule(
                    ::slotmodel::__private::LengthUnit::Chars,
                    ::slotmodel::__private::None,
                    ::slotmodel::__private::Some(16),
                    true,
                ),
            ],
        ),
        ::slotmodel::__private::spec("value", "T", &[]),
    ];
    /**Creates a `Labeled` from its fields in declaration order, checking every rule.

# Errors

Every field that breaks a rule, in field order.*/
    pub fn new(
        label: String,
        value: T,
    ) -> ::slotmodel::__private::Result<Self, ::slotmodel::__private::ValidationErrors> {
        ::slotmodel::__private::validated(Self { label, value })
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
    ) -> ::slotmodel::__private::Result<(), ::slotmodel::__private::FieldError> {
        ::slotmodel::__private::assign(
            ::slotmodel::__private::length(
                &value,
                ::slotmodel::__private::LengthUnit::Chars,
                ::slotmodel::__private::None,
                ::slotmodel::__private::Some(16),
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
#[automatically_derived]
impl<T> ::slotmodel::__private::DerivesValidate for Labeled<T>
where
    T: Clone,
{}
