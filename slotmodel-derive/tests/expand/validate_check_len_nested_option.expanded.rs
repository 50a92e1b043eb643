#[automatically_derived]
impl ::slotmodel::__private01::Validate for User {
    fn validate(
        &self,
    ) -> ::slotmodel::__private01::Result<
        (),
        ::slotmodel::__private01::ValidationErrors,
    > {
        let mut __errors = ::slotmodel::__private01::Collector::new("User");
        __errors
            .field(
                ::slotmodel::__private01::check(
                    &self.tags,
                    &(rules::non_empty()),
                    &["User", "tags"],
                ),
            );
        __errors
            .field(
                ::slotmodel::__private01::length(
                    &self.name,
                    ::slotmodel::__private01::LengthUnit::Chars,
                    ::slotmodel::__private01::Some(1),
                    ::slotmodel::__private01::Some(64),
                    true,
                    &["User", "name"],
                ),
            );
        __errors
            .nested(
                "inner",
                <Inner as ::slotmodel::__private01::Validate>::validate(&self.inner),
            );
        __errors
            .field(
                ::slotmodel::__private01::range(
                    &self.age,
                    ::slotmodel::__private01::None,
                    true,
                    ::slotmodel::__private01::Some(120),
                    true,
                    &["User", "age"],
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
impl User {
    ///The fields of `User` and their rules, in order.
    pub const FIELDS: &'static [::slotmodel::__private01::FieldSpec] = &[
        ::slotmodel::__private01::spec(
            "User",
            "tags",
            "Vec<String>",
            &[::slotmodel::__private01::Rule::Check("rules::non_empty()")],
        ),
        ::slotmodel::__private01::spec(
            "User",
            "name",
            "String",
            &[
                ::slotmodel::__private01::length_rule(
                    ::slotmodel::__private01::LengthUnit::Chars,
                    ::slotmodel::__private01::Some(1),
                    ::slotmodel::__private01::Some(64),
                    true,
                ),
            ],
        ),
        ::slotmodel::__private01::spec(
            "User",
            "inner",
            "Inner",
            &[::slotmodel::__private01::Rule::Nested],
        ),
        ::slotmodel::__private01::spec(
            "User",
            "age",
            "Option<u8>",
            &[
                ::slotmodel::__private01::range_rule(
                    ::slotmodel::__private01::None,
                    true,
                    ::slotmodel::__private01::bound(
                        "120",
                        ::slotmodel::__private01::Number::Unsigned(120),
                    ),
                    true,
                ),
            ],
        ),
    ];
    /**Creates a `User` from its fields in order, checking every rule.

# Errors

Every rule broken, in field order.*/
    #[inline]
    pub fn new(
        tags: Vec<String>,
        name: String,
        inner: Inner,
        age: Option<u8>,
    ) -> ::slotmodel::__private01::Result<
        Self,
        ::slotmodel::__private01::ValidationErrors,
    > {
        ::slotmodel::__private01::validated(Self { tags, name, inner, age })
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
    ) -> ::slotmodel::__private01::Result<(), ::slotmodel::__private01::FieldError> {
        ::slotmodel::__private01::assign(
            ::slotmodel::__private01::check(
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
    ) -> ::slotmodel::__private01::Result<(), ::slotmodel::__private01::FieldError> {
        ::slotmodel::__private01::assign(
            ::slotmodel::__private01::length(
                &value,
                ::slotmodel::__private01::LengthUnit::Chars,
                ::slotmodel::__private01::Some(1),
                ::slotmodel::__private01::Some(64),
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
    ) -> ::slotmodel::__private01::Result<
        (),
        ::slotmodel::__private01::ValidationErrors,
    > {
        let mut __errors = ::slotmodel::__private01::Collector::new("User");
        __errors
            .nested(
                "inner",
                <Inner as ::slotmodel::__private01::Validate>::validate(&value),
            );
        __errors.finish()?;
        self.inner = value;
        ::slotmodel::__private01::Ok(())
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
    ) -> ::slotmodel::__private01::Result<(), ::slotmodel::__private01::FieldError> {
        ::slotmodel::__private01::assign(
            ::slotmodel::__private01::range(
                &value,
                ::slotmodel::__private01::None,
                true,
                ::slotmodel::__private01::Some(120),
                true,
                &["User", "age"],
            ),
            &mut self.age,
            value,
        )
    }
}
