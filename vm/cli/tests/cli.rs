//! The `zkvm` command-line contract (DESIGN-NOTES §3): exit statuses, one-line errors,
//! no partial output files.

mod common;

use std::os::unix::fs::FileTypeExt;
use std::path::Path;
use std::process::Command;

use common::{assemble, counting_loop, stderr_lines, zkvm};

use zkvm_air::proof_file::ProofFile;

const ECHO: &str = "\
.func \"_start\"
loop:
    read s1
    eq s2, s1, -1
    bnz s2, done
    write 1, s1
    write 2, s1
    commit s1
    jmp loop
done:
    li s3, 258
    halt s3
";

#[test]
fn run_forwards_output_journal_and_exit_code() {
    let dir = tempfile::tempdir().unwrap();
    assemble(dir.path(), "echo", ECHO);
    std::fs::write(dir.path().join("in.txt"), "hi").unwrap();
    let out = zkvm(&["run", "echo.zkbin", "--input", "in.txt", "--journal", "j.bin"], dir.path());
    assert_eq!(out.status.code(), Some(258 & 0xff));
    assert_eq!(out.stdout, b"hi");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("hi"), "{err}");
    assert!(err.contains("cycles"), "{err}");
    assert_eq!(std::fs::read(dir.path().join("j.bin")).unwrap(), b"hi");
}

#[test]
fn traps_exit_134_with_one_line_naming_pc_and_function() {
    let dir = tempfile::tempdir().unwrap();
    assemble(dir.path(), "t", ".func \"_start\"\nli s1, 0\n.func \"crash\"\nld8 s2, [s1]\nhalt s2\n");
    let out = zkvm(&["run", "t.zkbin"], dir.path());
    assert_eq!(out.status.code(), Some(134));
    assert_eq!(stderr_lines(&out), ["zkvm: guest trap: bad memory access at 0x0 at pc 1 in `crash`"]);
}

#[test]
fn malformed_files_and_usage_exit_2_with_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let program = assemble(dir.path(), "echo", ECHO);
    let bytes = std::fs::read(&program).unwrap();
    let mut cases: Vec<(&str, Vec<u8>)> = vec![
        ("empty", vec![]),
        ("truncated", bytes[..bytes.len() - 3].to_vec()),
        ("garbage", b"\0ZKBIN\r\n\x63\0\0\0".to_vec()),
    ];
    let mut flipped = bytes.clone();
    flipped[28] = 0xee; // the first opcode byte
    cases.push(("bad-opcode", flipped));
    for (name, content) in cases {
        std::fs::write(dir.path().join(name), content).unwrap();
        let out = zkvm(&["run", name], dir.path());
        assert_eq!(out.status.code(), Some(2), "{name}");
        let lines = stderr_lines(&out);
        assert_eq!(lines.len(), 1, "{name}: {lines:?}");
        assert!(lines[0].starts_with("zkvm: error: "), "{name}: {lines:?}");
    }
    assert_eq!(zkvm(&["run", "missing.zkbin"], dir.path()).status.code(), Some(2));
    assert_eq!(zkvm(&["frobnicate"], dir.path()).status.code(), Some(2));
}

#[test]
fn asm_errors_leave_no_output_and_disasm_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bad.s"), "add s1, s2\n").unwrap();
    let out = zkvm(&["asm", "bad.s", "-o", "bad.zkbin"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr_lines(&out).len(), 1);
    assert!(!dir.path().join("bad.zkbin").exists());

    let program = assemble(dir.path(), "echo", ECHO);
    assert!(zkvm(&["disasm", "echo.zkbin", "-o", "echo2.s"], dir.path()).status.success());
    assert!(zkvm(&["asm", "echo2.s", "-o", "echo2.zkbin"], dir.path()).status.success());
    assert_eq!(std::fs::read(program).unwrap(), std::fs::read(dir.path().join("echo2.zkbin")).unwrap());
    let info = zkvm(&["info", "echo.zkbin"], dir.path());
    assert!(String::from_utf8_lossy(&info.stdout).contains("program id:"));
}

#[test]
fn profile_lists_cycles_per_function() {
    let dir = tempfile::tempdir().unwrap();
    let text = ".func \"_start\"\nli s9, 100\ncall busy, 8\nhalt s9\n.func \"busy\"\nloop:\nsub s1, s1, 1\nbnz s1, loop\nret\n";
    assemble(dir.path(), "p", text);
    let out = zkvm(&["run", "p.zkbin", "--profile=5"], dir.path());
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8_lossy(&out.stderr);
    // Without a value, `--profile` takes none (the program path is not its N).
    let bare = zkvm(&["run", "--profile", "p.zkbin"], dir.path());
    assert_eq!(bare.status.code(), Some(0), "{}", String::from_utf8_lossy(&bare.stderr));
    assert!(String::from_utf8_lossy(&bare.stderr).contains("top 20"));
    // Columns: inclusive cycles, its share, self cycles, its share, name.
    let columns = |name: &str| -> Vec<String> {
        let line = err.lines().find(|l| l.ends_with(&format!("  {name}"))).unwrap_or_else(|| panic!("{err}"));
        line.split_whitespace().map(str::to_string).collect()
    };
    assert_eq!(columns("busy")[0], "201", "{err}");
    assert_eq!(columns("busy")[2], "201", "{err}");
    assert_eq!(columns("_start")[0], "204", "{err}");
    assert_eq!(columns("_start")[2], "3", "{err}");
}

/// A program of known call structure, with a span (`write 3` of a marker: the name's
/// address in the low half, its length in the high half; 0 ends the span), a tail call
/// (`jmp` into another function) and recursion. Its folded stacks are exact, the table
/// agrees with them, and the span's marker is not console output.
#[test]
fn profile_has_call_stacks_spans_and_folded_output() {
    let dir = tempfile::tempdir().unwrap();
    let span = 0x1_0000u64 | (5 << 32); // "parse" at DATA_BASE
    let text = format!(
        ".data \"7061727365\"
.func \"_start\"
    li s9, 7
    call main, 8
    halt s9
.func \"main\"
    call busy, 8
    li s5, {span}
    write 3, s5
    call busy, 8
    call leaf, 8
    li s5, 0
    write 3, s5
    li s21, 3
    call rec, 20
    call tail, 8
    ret
.func \"busy\"
    li s1, 10
loop:
    sub s1, s1, 1
    bnz s1, loop
    call leaf, 4
    ret
.func \"leaf\"
    ret
.func \"rec\"
    sub s1, s1, 1
    bnz s1, again
    ret
again:
    add s3, s1, 0
    call rec, 2
    ret
.func \"tail\"
    jmp leaf
"
    );
    assemble(dir.path(), "p", &text);
    let out = zkvm(&["run", "p.zkbin", "--profile", "--profile-folded", "p.folded"], dir.path());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(7), "{err}");
    assert!(!err.starts_with("parse") && !err.contains('\u{0}'), "a span marker reached the console: {err}");
    let folded = std::fs::read_to_string(dir.path().join("p.folded")).unwrap();
    let mut stacks: Vec<(&str, u64)> =
        folded.lines().map(|l| l.rsplit_once(' ').map(|(s, n)| (s, n.parse().unwrap())).unwrap()).collect();
    stacks.sort();
    let expected = [
        ("_start", 3),
        ("_start;main", 7),
        ("_start;main;busy", 23),
        ("_start;main;busy;leaf", 1),
        ("_start;main;rec", 5),
        ("_start;main;rec;rec", 5),
        ("_start;main;rec;rec;rec", 3),
        ("_start;main;span:parse", 4),
        ("_start;main;span:parse;busy", 23),
        ("_start;main;span:parse;busy;leaf", 1),
        ("_start;main;span:parse;leaf", 1),
        ("_start;main;tail", 1),
        ("_start;main;leaf", 1),
    ];
    let mut expected = expected.to_vec();
    expected.sort();
    assert_eq!(stacks, expected, "{folded}");
    let total: u64 = stacks.iter().map(|s| s.1).sum();
    assert!(err.contains(&format!("zkvm: {total} cycles")), "{err}");
    let row = |name: &str| -> (u64, u64) {
        let line = err.lines().find(|l| l.ends_with(&format!("  {name}"))).unwrap_or_else(|| panic!("{name}: {err}"));
        let c: Vec<&str> = line.split_whitespace().collect();
        (c[0].parse().unwrap(), c[2].parse().unwrap())
    };
    // Inclusive: every stack through the frame (recursion counted once); self: stacks
    // ending in it. Self cycles sum to the run's.
    let mut self_sum = 0;
    for name in ["_start", "main", "busy", "leaf", "rec", "tail", "span:parse"] {
        let frames = |s: &str| s.split(';').map(str::to_string).collect::<Vec<_>>();
        let through: u64 = stacks.iter().filter(|s| frames(s.0).iter().any(|f| f == name)).map(|s| s.1).sum();
        let ending: u64 = stacks.iter().filter(|s| frames(s.0).last().unwrap() == name).map(|s| s.1).sum();
        assert_eq!(row(name), (through, ending), "{name}: {err}");
        self_sum += ending;
    }
    assert_eq!(self_sum, total);
    assert_eq!(row("main").0, total - 3, "main: all but _start's own cycles");
}

/// An output path that is a FIFO (or `/dev/null`) is written through, not replaced by a
/// regular file: the atomic rename must only ever replace regular files.
#[test]
fn outputs_to_a_fifo_write_through_it() {
    let dir = tempfile::tempdir().unwrap();
    assemble(dir.path(), "echo", ECHO);
    std::fs::write(dir.path().join("in.txt"), "hi").unwrap();
    let fifo = dir.path().join("journal.fifo");
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read(fifo).unwrap())
    };
    let out = zkvm(&["run", "echo.zkbin", "--input", "in.txt", "--journal", "journal.fifo"], dir.path());
    assert_eq!(out.status.code(), Some(258 & 0xff), "{}", String::from_utf8_lossy(&out.stderr));
    // Checked before joining: had the FIFO been replaced, the reader would wait forever.
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo(), "the FIFO was replaced");
    assert_eq!(reader.join().unwrap(), b"hi");
}

#[test]
fn prove_profiles_verify_and_unknown_profiles_are_usage_errors() {
    let dir = tempfile::tempdir().unwrap();
    assemble(dir.path(), "echo", ECHO);
    std::fs::write(dir.path().join("in.txt"), "zk").unwrap();
    let bad = zkvm(&["prove", "echo.zkbin", "--proof-options", "tiny"], dir.path());
    assert_eq!(bad.status.code(), Some(2));
    assert!(!dir.path().join("echo.proof").exists());
    // The old spelling, which on `run` is the cycle profile, is refused with a hint.
    for old in [&["--profile", "small"][..], &["--profile=small"], &["--profile"]] {
        let out = zkvm(&[&["prove", "echo.zkbin"][..], old].concat(), dir.path());
        assert_eq!(out.status.code(), Some(2), "{old:?}");
        assert_eq!(stderr_lines(&out).len(), 1, "{old:?}");
        assert!(stderr_lines(&out)[0].contains("--proof-options fast|small|smallest"), "{old:?}");
        assert!(!dir.path().join("echo.proof").exists());
    }
    // The fast profile cannot hide: without --no-zk it is refused with a hint.
    let out = zkvm(&["prove", "echo.zkbin", "--proof-options", "fast"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr_lines(&out).len(), 1);
    assert!(
        stderr_lines(&out)[0].contains("cannot make a zero-knowledge proof")
            && stderr_lines(&out)[0].contains("--no-zk")
    );
    let mut sizes = Vec::new();
    for profile in ["fast", "small", "smallest"] {
        let proof = format!("{profile}.proof");
        let args = ["prove", "echo.zkbin", "--input", "in.txt", "--no-zk", "--proof-options", profile, "-o", &proof];
        let out = zkvm(&args, dir.path());
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{profile}: {err}");
        assert!(err.contains("96 bits conjectured security"), "{profile}: {err}");
        let out = zkvm(&["verify", &proof, "echo.zkbin", "--journal", "j.bin"], dir.path());
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success() && err.contains("not zero-knowledge"), "{profile}: {err}");
        assert_eq!(std::fs::read(dir.path().join("j.bin")).unwrap(), b"zk");
        sizes.push(std::fs::metadata(dir.path().join(&proof)).unwrap().len());
    }
    assert!(sizes[1] * 5 < sizes[0] * 4, "small {} bytes, fast {}", sizes[1], sizes[0]);
    assert!(sizes[2] * 10 < sizes[1] * 9, "smallest {} bytes, small {}", sizes[2], sizes[1]);
}

/// Proofs are zero-knowledge by default (the small profile), and `zkvm verify` says so.
#[test]
fn proofs_are_zero_knowledge_by_default() {
    let dir = tempfile::tempdir().unwrap();
    assemble(dir.path(), "echo", ECHO);
    std::fs::write(dir.path().join("in.txt"), "zk").unwrap();
    let out = zkvm(&["prove", "echo.zkbin", "--input", "in.txt"], dir.path());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let out = zkvm(&["verify", "echo.proof", "echo.zkbin", "--journal", "j.bin"], dir.path());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && err.contains(", zero-knowledge"), "{err}");
    assert_eq!(std::fs::read(dir.path().join("j.bin")).unwrap(), b"zk");
}

/// `prove --max-cycles N` proves a run of N cycles and refuses a longer one with the
/// trap `zkvm run --max-cycles` reports (exit 134, no proof file).
#[test]
fn prove_max_cycles_traps_longer_runs() {
    let dir = tempfile::tempdir().unwrap();
    assemble(dir.path(), "loop", &counting_loop(30));
    let run = zkvm(&["run", "loop.zkbin"], dir.path());
    let err = String::from_utf8_lossy(&run.stderr);
    let cycles: u64 = err.split("zkvm: ").nth(1).and_then(|l| l.split(' ').next()).unwrap().parse().unwrap();
    let limit = (cycles - 1).to_string();
    let short = zkvm(&["run", "loop.zkbin", "--max-cycles", &limit], dir.path());
    let trap = stderr_lines(&short).pop().unwrap();
    assert_eq!(short.status.code(), Some(134));
    let out = zkvm(&["prove", "loop.zkbin", "--max-cycles", &limit], dir.path());
    assert_eq!(out.status.code(), Some(134), "{:?}", stderr_lines(&out));
    assert_eq!(stderr_lines(&out).last(), Some(&trap));
    assert!(trap.contains(&format!("cycle limit of {limit} reached")), "{trap}");
    assert!(!dir.path().join("loop.proof").exists());
    let out = zkvm(&["prove", "loop.zkbin", "--no-zk", "--max-cycles", &cycles.to_string()], dir.path());
    assert!(out.status.success(), "{:?}", stderr_lines(&out));
    assert!(zkvm(&["verify", "loop.proof", "loop.zkbin"], dir.path()).status.success());
    for bad in ["0", "-1", "x", "4294967297"] {
        assert_eq!(zkvm(&["prove", "loop.zkbin", "--max-cycles", bad], dir.path()).status.code(), Some(2), "{bad}");
    }
}

/// `zkvm input` writes exactly the SDK's frames (and raw bytes), which a guest then
/// reads byte for byte; a bad value is one line, exit 2, and no file.
#[test]
fn input_writes_the_sdks_frames() {
    let dir = tempfile::tempdir().unwrap();
    assemble(dir.path(), "echo", ECHO);
    std::fs::write(dir.path().join("blob.bin"), [0u8, 1, 2, 255]).unwrap();
    let args = [
        "input",
        "-o",
        "in.bin",
        "u32:10",
        "str:hello",
        "bytes:@blob.bin",
        "hex:00ff",
        "i64:-2",
        "bool:false",
        "char:λ",
        "f32:0.5",
        "raw:@@x",
        "rawhex:0a0b",
        "u32le:0x01020304",
        "i16le:-1",
    ];
    let out = zkvm(&args, dir.path());
    assert!(out.status.success(), "{:?}", stderr_lines(&out));
    assert!(out.stdout.is_empty() && out.stderr.is_empty());
    let mut expected = zkvm_sdk::Input::new();
    expected.write(&10u32).unwrap().write("hello").unwrap().write(&vec![0u8, 1, 2, 255]).unwrap();
    expected.write(&vec![0u8, 255]).unwrap().write(&-2i64).unwrap().write(&false).unwrap().write(&'λ').unwrap();
    expected.write(&0.5f32).unwrap();
    expected.write_slice(b"@x").write_slice(&[10, 11]).write_slice(&0x01020304u32.to_le_bytes());
    expected.write_slice(&[0xff, 0xff]);
    let written = std::fs::read(dir.path().join("in.bin")).unwrap();
    assert_eq!(written, expected.as_bytes());
    let run = zkvm(&["run", "echo.zkbin", "--input", "in.bin", "--journal", "j.bin"], dir.path());
    assert_eq!(run.status.code(), Some(258 & 0xff));
    assert_eq!(std::fs::read(dir.path().join("j.bin")).unwrap(), written);

    for bad in [&["u8:256"][..], &["u32:10", "str:@missing.txt"], &["nonsense"], &["u32:1", "q:1"], &["str:@blob.bin"]]
    {
        let out = zkvm(&[&["input", "-o", "bad.bin"][..], bad].concat(), dir.path());
        let err = stderr_lines(&out);
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
        assert_eq!(err.len(), 1, "{bad:?}: {err:?}");
        assert!(err[0].starts_with("zkvm: error: bad input value `"), "{bad:?}: {err:?}");
        assert!(!dir.path().join("bad.bin").exists(), "{bad:?}");
    }
    let none = zkvm(&["input", "-o", "bad.bin"], dir.path());
    assert_eq!(none.status.code(), Some(2));
    assert!(!dir.path().join("bad.bin").exists());
}

/// A loop of `n` iterations (three cycles each) that commits its counter's low byte.
/// A run longer than one segment: the memory estimate first, one plain progress line
/// per segment (stderr is not a terminal here), a proof that verifies and says how many
/// segments it has; a bad segment size is a usage error.
#[test]
fn long_runs_prove_in_segments_with_progress_lines() {
    let dir = tempfile::tempdir().unwrap();
    assemble(dir.path(), "long", &counting_loop(20_000));
    let out = zkvm(&["prove", "long.zkbin", "--no-zk", "--segment-log", "16", "-o", "long.proof"], dir.path());
    let err = stderr_lines(&out);
    assert!(out.status.success(), "{err:?}");
    assert!(err[0].starts_with("zkvm: traces of up to 2^16 rows, estimated peak memory"), "{err:?}");
    for line in ["segment 1 of 2: proving", "segment 2 of 2: proving", "final memory 1 of 1: proving"] {
        assert!(err.iter().any(|l| l.starts_with("zkvm: [") && l.ends_with(line)), "{line}: {err:?}");
    }
    assert!(err.iter().any(|l| l.contains("2 segments of up to 65536 rows")), "{err:?}");
    let out = zkvm(&["verify", "long.proof", "long.zkbin", "--journal", "j.bin"], dir.path());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("exit code 5") && err.contains("2 segments"), "{err}");
    assert_eq!(std::fs::read(dir.path().join("j.bin")).unwrap(), [0]);

    // The same proof made in parts, each by a process of its own, as workers would.
    let run = ["long.zkbin", "--no-zk", "--segment-log", "16"];
    let out = zkvm(&[&["segments", "plan"][..], &run].concat(), dir.path());
    assert!(out.status.success(), "{:?}", stderr_lines(&out));
    let parts = String::from_utf8(out.stdout).unwrap();
    assert_eq!(parts, "segment:0\nsegment:1\nfinal:0\n");
    let mut files = Vec::new();
    for (k, part) in parts.lines().rev().enumerate() {
        let file = format!("part{k}.bin");
        let out = zkvm(&[&["segments", "prove"][..], &run, &["--part", part, "-o", &file]].concat(), dir.path());
        assert!(out.status.success(), "{part}: {:?}", stderr_lines(&out));
        files.push(file);
    }
    let join = |files: &[String], output: &str| {
        let parts = files.iter().flat_map(|f| ["--part", f.as_str()]);
        zkvm(&[&["segments", "join"][..], &run, &parts.collect::<Vec<_>>(), &["-o", output]].concat(), dir.path())
    };
    let out = join(&files, "joined.proof");
    assert!(out.status.success(), "{:?}", stderr_lines(&out));
    // The same traces and commitments; the proof-of-work nonce is a parallel search.
    let read = |f: &str| ProofFile::from_bytes(&std::fs::read(dir.path().join(f)).unwrap()).unwrap().commitments();
    assert_eq!(read("joined.proof"), read("long.proof"), "the joined proof is the one-process proof");
    // A missing part, a file that is not a part, a part that is not in the run.
    let out = join(&files[1..], "x.proof");
    assert_eq!(out.status.code(), Some(1), "{:?}", stderr_lines(&out));
    let out = join(&[files[0].clone(), "long.proof".into()], "x.proof");
    assert_eq!(stderr_lines(&out), ["zkvm: error: long.proof: not a zkvm part file (bad magic)"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!dir.path().join("x.proof").exists());
    for (part, status) in [("segment:2", 1), ("final:x", 2), ("page:0", 2)] {
        let out = zkvm(&[&["segments", "prove"][..], &run, &["--part", part, "-o", "p.bin"]].concat(), dir.path());
        assert_eq!(out.status.code(), Some(status), "{part}: {:?}", stderr_lines(&out));
        assert!(!dir.path().join("p.bin").exists());
    }
    for k in ["15", "27", "x"] {
        let out = zkvm(&["prove", "long.zkbin", "--segment-log", k], dir.path());
        assert_eq!(out.status.code(), Some(2), "--segment-log {k}");
    }
    // Zero-knowledge segments are twice the least (2^17 here), and their parts share a seed.
    let out = zkvm(&["prove", "long.zkbin", "--segment-log", "16"], dir.path());
    assert!(stderr_lines(&out).iter().any(|l| l.contains("twice that for zero knowledge")), "{:?}", stderr_lines(&out));
    let out = zkvm(&["segments", "plan", "long.zkbin", "--segment-log", "17"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_lines(&out)[0].contains("--zk-seed FILE"), "{:?}", stderr_lines(&out));
    std::fs::write(dir.path().join("bad.seed"), "00").unwrap();
    let args = ["segments", "prove", "long.zkbin", "--zk-seed", "bad.seed", "--part", "segment:0", "-o", "p.bin"];
    let out = zkvm(&args, dir.path());
    assert_eq!(stderr_lines(&out), ["zkvm: error: bad.seed: not a seed (64 hex digits)"]);
}

/// A run whose traces cannot fit in this machine's memory is refused before any work:
/// one line naming a smaller segment size, exit status 3, no proof file.
#[test]
fn traces_too_large_for_memory_exit_3() {
    let dir = tempfile::tempdir().unwrap();
    assemble(dir.path(), "forever", ".func \"_start\"\nloop:\n    jmp loop\n");
    let out = zkvm(&["prove", "forever.zkbin", "--segment-log", "26"], dir.path());
    let err = stderr_lines(&out);
    assert_eq!(out.status.code(), Some(3), "{err:?}");
    assert_eq!(err.len(), 2, "{err:?}");
    assert!(err[1].contains("needs about") && err[1].contains("--segment-log 25"), "{err:?}");
    assert!(!dir.path().join("forever.proof").exists());
}

/// A reader that went away (`zkvm info p.zkbin | head -0`) is a quiet exit: no panic,
/// the command's normal status. Also for the statistics on a closed stderr.
#[test]
fn closed_pipes_are_quiet_exits() {
    let dir = tempfile::tempdir().unwrap();
    assemble(dir.path(), "echo", ECHO);
    std::fs::write(dir.path().join("in.txt"), "hi").unwrap();
    for args in [&["info", "echo.zkbin"][..], &["disasm", "echo.zkbin"], &["run", "echo.zkbin", "--input", "in.txt"]] {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let (err_reader, err_writer) = std::io::pipe().unwrap();
        drop(err_reader);
        let out = Command::new(env!("CARGO_BIN_EXE_zkvm"))
            .args(args)
            .current_dir(dir.path())
            .stdout(writer)
            .stderr(err_writer)
            .output()
            .unwrap();
        let expected = if args[0] == "run" { 258 & 0xff } else { 0 };
        assert_eq!(out.status.code(), Some(expected), "{args:?}");
    }
}

fn program_id(dir: &Path, zkbin: &str) -> String {
    let info = zkvm(&["info", zkbin], dir);
    let text = String::from_utf8_lossy(&info.stdout).to_string();
    let line = text.lines().find(|l| l.starts_with("program id:")).unwrap_or_else(|| panic!("{text}"));
    line.split_whitespace().last().unwrap().to_string()
}

/// `zkvm verify PROOF --id HEX` needs no `.zkbin` for a proof made with
/// `--embed-program`; exactly one of PROGRAM and --id; another ID is a rejection (1), a
/// bad one, a proof without the image or an old proof file a usage error (2).
#[test]
fn verify_by_id_alone() {
    let dir = tempfile::tempdir().unwrap();
    assemble(dir.path(), "echo", ECHO);
    std::fs::write(dir.path().join("in.txt"), "id").unwrap();
    let out = zkvm(&["prove", "echo.zkbin", "--input", "in.txt", "--no-zk", "-o", "bare.proof"], dir.path());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let out = zkvm(
        &["prove", "echo.zkbin", "--input", "in.txt", "--no-zk", "--embed-program", "-o", "echo.proof"],
        dir.path(),
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let id = program_id(dir.path(), "echo.zkbin");
    let size = |f: &str| std::fs::metadata(dir.path().join(f)).unwrap().len();
    assert!(size("echo.proof") > size("bare.proof"));
    let out = zkvm(&["verify", "bare.proof", "echo.zkbin"], dir.path());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let out = zkvm(&["verify", "bare.proof", "--id", &id], dir.path());
    let lines = stderr_lines(&out);
    assert_eq!(out.status.code(), Some(2), "{lines:?}");
    assert!(
        lines.len() == 1 && lines[0].contains("does not carry its program") && lines[0].contains("--embed-program")
    );
    std::fs::remove_file(dir.path().join("echo.zkbin")).unwrap();
    let out = zkvm(&["verify", "echo.proof", "--id", &id, "--journal", "j.bin"], dir.path());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.contains(&format!("program {id}")), "{err}");
    assert_eq!(std::fs::read(dir.path().join("j.bin")).unwrap(), b"id");

    let mut other = id.clone().into_bytes();
    other[0] = if other[0] == b'0' { b'1' } else { b'0' };
    let other = String::from_utf8(other).unwrap();
    let bad_hex = "xyz".to_string();
    assemble(dir.path(), "echo", ECHO);
    for (args, status, says) in [
        (vec!["--id", &other], 1, "not for the expected program"),
        (vec!["--id", &bad_hex], 2, "--id: a program ID is 64 hex digits"),
        (vec!["echo.zkbin", "--id", &id], 2, "not both"),
        (vec![], 2, "PROGRAM (a .zkbin) or --id HEX"),
    ] {
        let out = zkvm(&[&["verify", "echo.proof"][..], &args, &["--journal", "k.bin"]].concat(), dir.path());
        let lines = stderr_lines(&out);
        assert_eq!(out.status.code(), Some(status), "{args:?}: {lines:?}");
        assert!(lines.len() == 1 && lines[0].starts_with("zkvm: ") && lines[0].contains(says), "{args:?}: {lines:?}");
        assert!(!dir.path().join("k.bin").exists());
    }
    // A version 4 file (before salted openings) gets a clear error, not a parse failure.
    let mut old = std::fs::read(dir.path().join("echo.proof")).unwrap();
    old[8..12].copy_from_slice(&4u32.to_le_bytes());
    std::fs::write(dir.path().join("old.proof"), old).unwrap();
    for args in [&["verify", "old.proof", "--id", &id][..], &["verify", "old.proof", "echo.zkbin"]] {
        let out = zkvm(args, dir.path());
        let lines = stderr_lines(&out);
        assert_eq!(out.status.code(), Some(2), "{lines:?}");
        assert_eq!(lines, ["zkvm: error: old.proof: unsupported proof file version 4 (this build reads version 5)"]);
    }
}

/// `zkvm prove --dev` and `ZKVM_DEV_MODE=1` execute without proving and say so; the
/// receipt is refused by `zkvm verify` with status 4, by program and by ID.
#[test]
fn dev_mode_receipts_are_refused_with_status_4() {
    let dir = tempfile::tempdir().unwrap();
    assemble(dir.path(), "echo", ECHO);
    std::fs::write(dir.path().join("in.txt"), "dev").unwrap();
    let id = program_id(dir.path(), "echo.zkbin");
    let by_env = |value: &str, proof: &str| {
        Command::new(env!("CARGO_BIN_EXE_zkvm"))
            .args(["prove", "echo.zkbin", "--input", "in.txt", "-o", proof, "--journal", "j.bin"])
            .env("ZKVM_DEV_MODE", value)
            .current_dir(dir.path())
            .output()
            .unwrap()
    };
    let flag = zkvm(&["prove", "echo.zkbin", "--input", "in.txt", "--dev", "-o", "flag.proof"], dir.path());
    for (out, proof) in [(flag, "flag.proof"), (by_env("1", "env.proof"), "env.proof")] {
        let lines = stderr_lines(&out);
        assert_eq!(out.status.code(), Some(0), "{lines:?}");
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(lines[0].contains("dev mode") && lines[0].contains("NOT be a proof"), "{lines:?}");
        assert!(lines[1].contains("unproven dev-mode receipt") && lines[1].contains("exit code 258"), "{lines:?}");
        for how in [&["echo.zkbin"][..], &["--id", &id]] {
            let out = zkvm(&[&["verify", proof][..], how, &["--journal", "k.bin"]].concat(), dir.path());
            let lines = stderr_lines(&out);
            assert_eq!(out.status.code(), Some(4), "{lines:?}");
            assert_eq!(lines.len(), 1, "{lines:?}");
            assert!(lines[0].contains("an unproven dev-mode receipt is not a proof"), "{lines:?}");
            assert!(!dir.path().join("k.bin").exists());
        }
    }
    assert_eq!(std::fs::read(dir.path().join("j.bin")).unwrap(), b"dev");
    // Off, and a value that means neither.
    std::fs::remove_file(dir.path().join("j.bin")).unwrap();
    let out = by_env("yes", "bad.proof");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr_lines(&out), ["zkvm: error: ZKVM_DEV_MODE must be 1 (dev mode), 0 or empty, not `yes`"]);
    assert!(!dir.path().join("bad.proof").exists() && !dir.path().join("j.bin").exists());
    // A trap is a trap in dev mode too, and leaves no receipt.
    assemble(dir.path(), "t", ".func \"_start\"\nli s1, 0\n.func \"crash\"\nld8 s2, [s1]\nhalt s2\n");
    let out = zkvm(&["prove", "t.zkbin", "--dev"], dir.path());
    assert_eq!(out.status.code(), Some(134));
    assert!(!dir.path().join("t.proof").exists());
}
