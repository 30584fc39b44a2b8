//! Compiles the C runtime (`stdlib/runtime/*.c`) and zkcc's own support routines
//! (`compiler/rt/*.c`) to LLVM bitcode with clang-22 and embeds them in zkcc.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

fn c_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "c")).collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

fn compile(clang: &str, src: &Path, include: &Path, out: &Path) {
    let output = Command::new(clang)
        .args([
            "--target=x86_64-unknown-linux-gnu",
            "-ffreestanding",
            "-fno-builtin",
            "-fno-stack-protector",
            "-fno-exceptions",
            "-O2",
            "-c",
            "-emit-llvm",
        ])
        .arg("-I")
        .arg(include)
        .arg("-o")
        .arg(out)
        .arg(src)
        .output()
        .unwrap_or_else(|e| panic!("cannot run `{clang}` (install clang-22, or set ZKCC_CLANG): {e}"));
    if !output.status.success() {
        panic!("`{clang}` failed on {}:\n{}", src.display(), String::from_utf8_lossy(&output.stderr));
    }
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let root = manifest.parent().unwrap().to_path_buf();
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let clang = std::env::var("ZKCC_CLANG").unwrap_or_else(|_| "clang-22".into());
    println!("cargo:rerun-if-env-changed=ZKCC_CLANG");

    let runtime_dir = root.join("stdlib/runtime");
    let include = root.join("stdlib/include");
    let rt_dir = manifest.join("rt");
    for dir in [&runtime_dir, &include, &rt_dir] {
        println!("cargo:rerun-if-changed={}", dir.display());
    }

    let mut generated = String::new();
    for (name, dir) in [("RUNTIME", &runtime_dir), ("SUPPORT", &rt_dir)] {
        let _ = writeln!(generated, "pub static {name}: &[(&str, &[u8])] = &[");
        for src in c_files(dir) {
            println!("cargo:rerun-if-changed={}", src.display());
            let stem = src.file_stem().unwrap().to_string_lossy().into_owned();
            let out = out_dir.join(format!("{}-{stem}.bc", name.to_lowercase()));
            compile(&clang, &src, &include, &out);
            let shown = src.strip_prefix(&root).unwrap_or(&src).display().to_string();
            let _ = writeln!(generated, "    ({shown:?}, include_bytes!({:?})),", out.display().to_string());
        }
        let _ = writeln!(generated, "];");
    }
    std::fs::write(out_dir.join("embedded.rs"), generated).unwrap();
}
