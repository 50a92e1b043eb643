//! A command-line router whose subcommands are plugins: adding a subcommand is writing one impl.
//!
//! Run: `cargo run --example cli_router -- help`, `... -- sum 1 2 3`, `... -- echo hi there`

use std::fmt::Write as _;
use std::process::ExitCode;

/// One subcommand.
#[slotmodel::registry]
pub trait Command {
    /// Runs with the remaining arguments; returns what to print.
    ///
    /// # Errors
    ///
    /// A message for the user.
    fn run(&self, args: &[String]) -> Result<String, String>;
}

#[derive(Default)]
struct Help;

/// List the subcommands.
#[slotmodel::plugin(name = "help", alias = "--help")]
impl Command for Help {
    fn run(&self, _args: &[String]) -> Result<String, String> {
        let mut text = String::from("usage: cli_router <command> [args...]\n\ncommands:\n");
        for command in slotmodel::registry::<dyn Command>().iter() {
            // Writing to a String cannot fail.
            let _ = writeln!(text, "  {:<8} {}", command.name, command.about);
        }
        Ok(text)
    }
}

#[derive(Default)]
struct Sum;

/// Add up integers.
#[slotmodel::plugin(name = "sum", alias = "add")]
impl Command for Sum {
    fn run(&self, args: &[String]) -> Result<String, String> {
        let mut total: i64 = 0;
        for arg in args {
            let n: i64 = arg.parse().map_err(|_| format!("sum: {arg:?} is not an integer"))?;
            total = total.checked_add(n).ok_or("sum: the total overflows")?;
        }
        Ok(total.to_string())
    }
}

#[derive(Default)]
struct Echo;

/// Print the arguments back.
#[slotmodel::plugin(name = "echo")]
impl Command for Echo {
    fn run(&self, args: &[String]) -> Result<String, String> {
        Ok(args.join(" "))
    }
}

#[derive(Default)]
struct Version;

/// Print the version.
#[slotmodel::plugin(name = "version", alias = "-V")]
impl Command for Version {
    fn run(&self, _args: &[String]) -> Result<String, String> {
        Ok(format!("cli_router {}", env!("CARGO_PKG_VERSION")))
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (name, rest) = args
        .split_first()
        .map_or(("help", &[][..]), |(first, rest)| (first.as_str(), rest));
    let result = slotmodel::create::<dyn Command>(name)
        .map_err(|err| err.to_string())
        .and_then(|command| command.run(rest));
    match result {
        Ok(output) => {
            println!("{}", output.trim_end());
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
