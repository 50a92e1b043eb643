#[automatically_derived]
impl ::slotmodel::__private::Validate for User {
    fn validate(
        &self,
    ) -> ::slotmodel::__private::Result<(), ::slotmodel::__private::ValidationErrors> {
        let mut __errors = ::slotmodel::__private::Collector::new("User");
        __errors
            .field(
                ::slotmodel::__private::check(
                    &self.tags,
                    &(rules::non_empty()),
                    &["User", "tags"],
                ),
            );
        __errors
            .field(
                ::slotmodel::__private::length(
                    &self.name,
                    ::slotmodel::__private::LengthUnit::Chars,
                    ::slotmodel::__private::Some(1),
                    ::slotmodel::__private::Some(64),
                    true,
                    &["User", "name"],
                ),
            );
        __errors
            .nested("inner", ::slotmodel::__private::Validate::validate(&self.inner));
        __errors
            .field(
                ::slotmodel::__private::range(
                    &self.age,
                    ::slotmodel::__private::None,
                    true,
                    ::slotmodel::__private::Some(120),
                    true,
                    &["User", "age"],
                ),
            );
        __errors.finish()
    }
}
#[allow(
    clippy::too_many_arguments,
    reason = "the constructors take one argument per field"
)]
impl User {
    ///The fields of `User` and their rules, in declaration order.
    pub const FIELDS: &'static [::slotmodel::__private::FieldSpec] = &[
        ::slotmodel::__private::spec(
            "tags",
            "Vec<String>",
            &[::slotmodel::__private::Rule::Check("rules::non_empty()")],
        ),
        ::slotmodel::__private::spec(
            "name",
            "String",
            &[
                ::slotmodel::__private::length_rule(
                    ::slotmodel::__private::LengthUnit::Chars,
                    ::slotmodel::__private::Some(1),
                    ::slotmodel::__private::Some(64),
                    true,
                ),
            ],
        ),
        ::slotmodel::__private::spec(
            "inner",
            "Inner",
            &[::slotmodel::__private::Rule::Nested],
        ),
        ::slotmodel::__private::spec(
            "age",
            "Option<u8>",
            &[
                ::slotmodel::__private::range_rule(
                    ::slotmodel::__private::None,
                    true,
                    ::slotmodel::__private::bound(
                        "120",
                        ::slotmodel::__private::Number::Unsigned(120),
                    ),
                    true,
                ),
            ],
        ),
    ];
    /**Creates a `User` from its fields in declaration order, checking every rule.

# Errors

Every field that breaks a rule, in field order.*/
    pub fn new(
        tags: Vec<String>,
        name: String,
        inner: Inner,
        age: Option<u8>,
    ) -> ::slotmodel::__private::Result<Self, ::slotmodel::__private::ValidationErrors> {
        ::slotmodel::__private::validated(Self { tags, name, inner, age })
    }
    ///The `tags` field.
    #[must_use]
    #[inline]
    pub fn tags(&self) -> &Vec<String> {
        &self.tags
    }
    /**Sets `tags` if the value passes its rules, else keeps the old value.

# Errors

The rule the value breaks.*/
    #[inline]
    pub fn set_tags(
        &mut self,
        value: Vec<String>,
    ) -> ::slotmodel::__private::Result<(), ::slotmodel::__private::FieldError> {
        ::slotmodel::__private::assign(
            ::slotmodel::__private::check(
                &value,
                &(rules::non_empty()),
                &["User", "tags"],
            ),
            &mut self.tags,
            value,
        )
    }
    ///The `name` field.
    #[must_use]
    #[inline]
    pub fn name(&self) -> &String {
        &self.name
    }
    /**Sets `name` if the value passes its rules, else keeps the old value.

# Errors

The rule the value breaks.*/
    #[inline]
    pub fn set_name(
        &mut self,
        value: String,
    ) -> ::slotmodel::__private::Result<(), ::slotmodel::__private::FieldError> {
        ::slotmodel::__private::assign(
            ::slotmodel::__private::length(
                &value,
                ::slotmodel::__private::LengthUnit::Chars,
                ::slotmodel::__private::Some(1),
                ::slotmodel::__private::Some(64),
                true,
                &["User", "name"],
            ),
            &mut self.name,
            value,
        )
    }
    ///The `inner` field.
    #[must_use]
    #[inline]
    pub fn inner(&self) -> &Inner {
        &self.inner
    }
    /**Replaces the `inner` field after validating the new value; a refused value leaves the old one in place.

# Errors

Every rule the new value breaks.*/
    pub fn set_inner(
        &mut self,
        value: Inner,
    ) -> ::slotmodel::__private::Result<(), ::slotmodel::__private::ValidationErrors> {
        let mut __errors = ::slotmodel::__private::Collector::new("User");
        __errors.nested("inner", ::slotmodel::__private::Validate::validate(&value));
        __errors.finish()?;
        self.inner = value;
        ::slotmodel::__private::Ok(())
    }
    ///The `age` field.
    #[must_use]
    #[inline]
    pub fn age(&self) -> Option<u8> {
        self.age
    }
    /**Sets `age` if the value passes its rules, else keeps the old value.

# Errors

The rule the value breaks.*/
    #[inline]
    pub fn set_age(
        &mut self,
        value: Option<u8>,
    ) -> ::slotmodel::__private::Result<(), ::slotmodel::__private::FieldError> {
        ::slotmodel::__private::assign(
            ::slotmodel::__private::range(
                &value,
                ::slotmodel::__private::None,
                true,
                ::slotmodel::__private::Some(120),
                true,
                &["User", "age"],
            ),
            &mut self.age,
            value,
        )
    }
}
#[automatically_derived]
impl ::slotmodel::__private::DerivesValidate for User {}
