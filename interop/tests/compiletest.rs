//! Every misuse of a macro is a compile error on the offending tokens, with a message that says
//! how to fix it. One misuse per file under `tests/ui/<macro>/`; `.stderr` holds the expected text.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/validate/*.rs");
    cases.compile_fail("tests/ui/rules/*.rs");
    cases.compile_fail("tests/ui/registry/*.rs");
    cases.compile_fail("tests/ui/compact/*.rs");
    cases.compile_fail("tests/ui/view/*.rs");
    cases.compile_fail("tests/ui/placement/*.rs");
    cases.pass("tests/ui/pass/*.rs");
}
