//! Python's `contextlib.ExitStack`, done with `slotmodel::scope::ExitStack`.
//!
//! The seed's `batch_process` opens a number of files known only at run time, writes a report
//! into each, and closes them all, last opened first, even when one close fails; every failure is
//! reported. `open_all` shows the all-or-nothing pattern with `pop_all`.
//!
//! Run: `cargo run --example batch_files`

use std::fs::File;
use std::io::{BufWriter, IntoInnerError, Write};
use std::path::{Path, PathBuf};

use slotmodel::scope::ExitStack;

/// Opens every file or none: if one fails, those opened so far are closed before returning.
fn open_all(paths: &[PathBuf]) -> Result<(Vec<PathBuf>, ExitStack<'static>), Box<dyn std::error::Error + Send + Sync>> {
    let mut stack = ExitStack::new();
    for path in paths {
        let file = File::create(path)?; // on error, `stack` drops and closes the files already open
        let shown = path.display().to_string();
        stack.enter(file, move |file: File| {
            file.sync_all()?;
            println!("  closed {shown}");
            Ok::<_, std::io::Error>(())
        });
    }
    Ok((paths.to_vec(), stack.pop_all()))
}

fn batch_process(dir: &Path, names: &[&str]) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let stack: ExitStack = ExitStack::new();
    let mut summary = stack.enter(String::new(), |summary: String| {
        println!("  summary: {}", summary.trim_end());
        Ok::<_, std::io::Error>(())
    });
    for (i, name) in names.iter().enumerate() {
        let path = dir.join(name);
        let shown = name.to_string();
        // A buffered writer, flushed then synced by its cleanup; both entered resources are used
        // side by side below.
        let mut out = stack.enter(BufWriter::new(File::create(&path)?), move |out: BufWriter<File>| {
            out.into_inner().map_err(IntoInnerError::into_error)?.sync_all()?;
            println!("  closed {shown}");
            Ok::<_, std::io::Error>(())
        });
        writeln!(out.get_mut(), "report {i} for {name}")?;
        let mut summary = summary.get_mut();
        summary.push_str(name);
        summary.push(' ');
    }
    stack.defer(|| {
        println!("  uploading the batch summary... the share is gone");
        Err::<(), _>(std::io::Error::other("upload of the batch summary failed"))
    });
    println!(
        "processing done; closing {} resources, last registered first:",
        stack.len()
    );
    stack.close().map_err(|errors| {
        for error in &errors {
            println!("  reported: {error}");
        }
        Box::new(errors) as Box<dyn std::error::Error + Send + Sync>
    })
}

fn main() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let dir = tempfile::tempdir()?;
    if let Err(err) = batch_process(dir.path(), &["north.csv", "south.csv", "east.csv"]) {
        println!("batch_process -> Err: {err}");
    }
    for name in ["north.csv", "south.csv", "east.csv"] {
        println!("{name}: {}", std::fs::read_to_string(dir.path().join(name))?.trim());
    }

    println!("\nopen_all with an impossible path in third place:");
    let paths = vec![
        dir.path().join("a.log"),
        dir.path().join("b.log"),
        dir.path().join("missing/dir/c.log"),
    ];
    match open_all(&paths) {
        Ok(_) => return Err("open_all opened a file under a directory that does not exist".into()),
        Err(err) => println!("  -> Err: {err} (the two opened files were closed above)"),
    }
    println!("open_all with good paths hands the whole stack to the caller:");
    let (opened, stack) = open_all(&paths[..2])?;
    println!(
        "  caller holds {} open files: {:?}",
        stack.len(),
        opened.iter().map(|p| p.file_name()).collect::<Vec<_>>()
    );
    stack.close()?;
    Ok(())
}
