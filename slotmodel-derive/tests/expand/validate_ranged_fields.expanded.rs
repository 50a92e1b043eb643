#[automatically_derived]
impl ::slotmodel::__private01::Validate for Server {
    fn validate(
        &self,
    ) -> ::slotmodel::__private01::Result<
        (),
        ::slotmodel::__private01::ValidationErrors,
    > {
        let mut __errors = ::slotmodel::__private01::Collector::new("Server");
        __errors.within_run(Self::FIELDS, 0, &[self.port]);
        __errors.within_run(Self::FIELDS, 1, &[self.timeout_secs]);
        __errors.finish()
    }
}
#[allow(
    clippy::too_many_arguments,
    clippy::len_without_is_empty,
    reason = "one constructor argument per field, one getter named after each"
)]
impl Server {
    ///The fields of `Server` and their rules, in order.
    pub const FIELDS: &'static [::slotmodel::__private01::FieldSpec] = &[
        ::slotmodel::__private01::spec(
            "Server",
            "port",
            "u32",
            &[::slotmodel::__private01::unsigned_range("1", 1, "65535", 65535)],
        ),
        ::slotmodel::__private01::spec(
            "Server",
            "timeout_secs",
            "u16",
            &[::slotmodel::__private01::unsigned_range("0", 0, "300", 300)],
        ),
    ];
    /**Creates a `Server` from its fields in order, checking every rule.

# Errors

Every rule broken, in field order.*/
    #[inline]
    pub fn new(
        port: u32,
        timeout_secs: u16,
    ) -> ::slotmodel::__private01::Result<
        Self,
        ::slotmodel::__private01::ValidationErrors,
    > {
        ::slotmodel::__private01::validated(Self { port, timeout_secs })
    }
    /**Creates a `Server` in a `const` or `static`, where a value that breaks a bound stops compilation with `new`'s message.

# Panics

When a value breaks a bound.*/
    #[must_use]
    pub const fn new_const(port: u32, timeout_secs: u16) -> Self {
        ::slotmodel::__private01::const_check::u32("Server", Self::FIELDS, 0, &[port]);
        ::slotmodel::__private01::const_check::u16(
            "Server",
            Self::FIELDS,
            1,
            &[timeout_secs],
        );
        Self { port, timeout_secs }
    }
    ///The `port` field.
    #[must_use]
    #[inline]
    pub fn port(&self) -> u32 {
        self.port
    }
    /**Sets `port` if the value passes its rules, else keeps the old value.

# Errors

The rule the value breaks.*/
    #[inline]
    pub fn set_port(
        &mut self,
        value: u32,
    ) -> ::slotmodel::__private01::Result<(), ::slotmodel::__private01::FieldError> {
        ::slotmodel::__private01::assign(
            ::slotmodel::__private01::within(&value, 1, 65535, &["Server", "port"]),
            &mut self.port,
            value,
        )
    }
    ///The `timeout_secs` field.
    #[must_use]
    #[inline]
    pub fn timeout_secs(&self) -> u16 {
        self.timeout_secs
    }
    /**Sets `timeout_secs` if the value passes its rules, else keeps the old value.

# Errors

The rule the value breaks.*/
    #[inline]
    pub fn set_timeout_secs(
        &mut self,
        value: u16,
    ) -> ::slotmodel::__private01::Result<(), ::slotmodel::__private01::FieldError> {
        ::slotmodel::__private01::assign(
            ::slotmodel::__private01::within(
                &value,
                0,
                300,
                &["Server", "timeout_secs"],
            ),
            &mut self.timeout_secs,
            value,
        )
    }
}
