; The program the `proof` fuzz target verifies proofs against. It reads no input, so
; exactly one statement (journal "zk", exit code 3) is provable for it.
.entry main
.func "main"
    li s1, 122
    li s2, 107
    commit s1
    commit s2
    li s3, 3
    halt s3
.endfunc
