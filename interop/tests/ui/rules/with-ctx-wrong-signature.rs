use slotmodel::Validate;

#[derive(Default)]
struct Taken(Vec<String>);

fn free(name: &String, taken: &Taken) -> bool {
    !taken.0.contains(name)
}

#[derive(Validate, Debug)]
#[slotmodel(context = Taken)]
struct Account {
    #[check(with_ctx(free))]
    name: String,
}

fn main() {}
