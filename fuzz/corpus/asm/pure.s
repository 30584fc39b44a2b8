; zkvm program 33b74dac354254c133ff4ca31ca4298e72ef6c995aa5f15cc7b9bdcdd200339c
.entry @86
.data "0100000000000000010000000000000002000000000000000300000000000000"
.data "05000000000000000800000000000000"
.bss 8
.object "data" 65536 65584
.object "_start.argv" 65584 65592
.func "__zkcc_null"
    trap   0                         ; @0
.func "main"
    li     s1, 0                     ; @1
    ld64   s2, [s1 + 65536]          ; @2
    xor    s2, s2, -3750763034362895579 ; @3
    mul    s2, s2, 1099511628211     ; @4
    ld64   s3, [s1 + 65544]          ; @5
    xor    s2, s3, s2                ; @6
    mul    s2, s2, 1099511628211     ; @7
    ld64   s3, [s1 + 65552]          ; @8
    xor    s2, s3, s2                ; @9
    mul    s2, s2, 1099511628211     ; @10
    ld64   s3, [s1 + 65560]          ; @11
    xor    s2, s3, s2                ; @12
    mul    s2, s2, 1099511628211     ; @13
    ld64   s3, [s1 + 65568]          ; @14
    xor    s2, s3, s2                ; @15
    mul    s2, s2, 1099511628211     ; @16
    ld64   s1, [s1 + 65576]          ; @17
    xor    s1, s1, s2                ; @18
    mul    s1, s1, 1099511628211     ; @19
    shr    s2, s1, 1                 ; @20
    and    s2, s2, 6148914691236517205 ; @21
    sub    s2, s1, s2                ; @22
    shr    s3, s2, 2                 ; @23
    and    s3, s3, 3689348814741910323 ; @24
    and    s2, s2, 3689348814741910323 ; @25
    add    s2, s2, s3                ; @26
    shr    s3, s2, 4                 ; @27
    add    s2, s2, s3                ; @28
    and    s2, s2, 1085102592571150095 ; @29
    mul    s2, s2, 72340172838076673 ; @30
    shr    s2, s2, 56                ; @31
    or     s3, s1, 1                 ; @32
    shr    s4, s3, 1                 ; @33
    or     s3, s3, s4                ; @34
    shr    s4, s3, 2                 ; @35
    or     s3, s3, s4                ; @36
    shr    s4, s3, 4                 ; @37
    or     s3, s3, s4                ; @38
    shr    s4, s3, 8                 ; @39
    or     s3, s3, s4                ; @40
    shr    s4, s3, 16                ; @41
    or     s3, s3, s4                ; @42
    shr    s4, s3, 32                ; @43
    or     s3, s3, s4                ; @44
    shr    s4, s3, 1                 ; @45
    and    s4, s4, 6148914691236517205 ; @46
    sub    s3, s3, s4                ; @47
    shr    s4, s3, 2                 ; @48
    and    s4, s4, 3689348814741910323 ; @49
    and    s3, s3, 3689348814741910323 ; @50
    add    s3, s3, s4                ; @51
    shr    s4, s3, 4                 ; @52
    add    s3, s3, s4                ; @53
    and    s3, s3, 1085102592571150095 ; @54
    mul    s3, s3, 72340172838076673 ; @55
    shr    s3, s3, 56                ; @56
    mul    s3, s3, -1                ; @57
    add    s3, s3, 64                ; @58
    add    s1, s2, s1                ; @59
    add    s1, s1, s3                ; @60
    li     s9, 10                    ; @61
    call   @66, 8                    ; @62
    xor    s1, s9, s1                ; @63
    and    s1, s1, 127               ; @64
    ret                              ; @65
.func "fib"
    ltu    s2, s1, 2                 ; @66
    bnz    s2, @80                   ; @67
    li     s2, 0                     ; @68
    add    s3, s1, 4294967295        ; @69
    and    s9, s3, 4294967295        ; @70
    call   @66, 8                    ; @71
    add    s3, s1, 4294967294        ; @72
    and    s3, s3, 4294967295        ; @73
    add    s2, s9, s2                ; @74
    shr    s1, s1, 2                 ; @75
    bnz    s1, @83                   ; @76
    add    s1, s3, s2                ; @77
    and    s1, s1, 4294967295        ; @78
    ret                              ; @79
    add    s3, s1, 0                 ; @80
    li     s2, 0                     ; @81
    jmp    @77                       ; @82
    add    s1, s3, 0                 ; @83
    jmp    @69                       ; @84
.func "zk_exit"
    halt   s1                        ; @85
.func "_start"
    call   @92, 8                    ; @86
    li     s9, 0                     ; @87
    li     s10, 65584                ; @88
    call   @1, 8                     ; @89
    call   @93, 8                    ; @90
    trap   0                         ; @91
.func "__zkcc_run_ctors"
    ret                              ; @92
.func "exit"
    call   @97, 8                    ; @93
    add    s9, s1, 0                 ; @94
    call   @85, 8                    ; @95
    trap   0                         ; @96
.func "__zkcc_run_dtors"
    ret                              ; @97
