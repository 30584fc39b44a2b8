; zkvm program 267e28a88f6c8ad48f3ac20ee9fd0a42553624482a34a1a50920d03b983808ee
.entry @100
.bss 8
.object "_start.argv" 65536 65544
.func "__zkcc_null"
    trap   0                         ; @0
.func "main"
    li     s3, 0                     ; @1
    fpaddr s1, 128                   ; @2
    fpaddr s2, 144                   ; @3
    st64   [s2], s3                  ; @4
    add    s25, s1, 0                ; @5
    li     s26, 16                   ; @6
    call   @71, 24                   ; @7
    bnz    s25, @66                  ; @8
    li     s1, 0                     ; @9
    jmp    @62                       ; @10
    and    s6, s25, 3                ; @11
    ltu    s7, s25, 4                ; @12
    bnz    s7, @69                   ; @13
    and    s8, s25, -4               ; @14
    li     s7, 0                     ; @15
    li     s9, 0                     ; @16
    jmp    @37                       ; @17
    bnz    s6, @20                   ; @18
    jmp    @30                       ; @19
    ltu    s8, s3, s6                ; @20
    li     s8, 0                     ; @21
    add    s9, s7, s1                ; @22
    ld8    s9, [s9]                  ; @23
    add    s7, s7, 1                 ; @24
    mul    s9, s7, s9                ; @25
    add    s4, s9, s4                ; @26
    add    s8, s8, 1                 ; @27
    sub    s9, s8, s6                ; @28
    bnz    s9, @22                   ; @29
    st64   [s2], s4                  ; @30
    add    s5, s25, s5               ; @31
    add    s25, s1, 0                ; @32
    li     s26, 16                   ; @33
    call   @71, 24                   ; @34
    bnz    s25, @11                  ; @35
    jmp    @61                       ; @36
    add    s10, s7, s1               ; @37
    ld8    s10, [s10]                ; @38
    or     s11, s7, 1                ; @39
    mul    s10, s11, s10             ; @40
    add    s4, s10, s4               ; @41
    add    s10, s11, s1              ; @42
    ld8    s10, [s10]                ; @43
    or     s11, s7, 2                ; @44
    mul    s10, s11, s10             ; @45
    add    s4, s10, s4               ; @46
    add    s10, s11, s1              ; @47
    ld8    s10, [s10]                ; @48
    or     s11, s7, 3                ; @49
    mul    s10, s11, s10             ; @50
    add    s4, s10, s4               ; @51
    add    s10, s11, s1              ; @52
    ld8    s10, [s10]                ; @53
    add    s7, s7, 4                 ; @54
    mul    s10, s7, s10              ; @55
    add    s4, s10, s4               ; @56
    add    s9, s9, 4                 ; @57
    eq     s10, s9, s8               ; @58
    bnz    s10, @18                  ; @59
    jmp    @37                       ; @60
    and    s1, s5, 255               ; @61
    add    s25, s2, 0                ; @62
    li     s26, 8                    ; @63
    call   @88, 24                   ; @64
    ret                              ; @65
    li     s4, 0                     ; @66
    li     s5, 0                     ; @67
    jmp    @11                       ; @68
    li     s7, 0                     ; @69
    jmp    @20                       ; @70
.func "zk_read"
    bnz    s2, @84                   ; @71
    li     s2, 0                     ; @72
    jmp    @82                       ; @73
    read   s4                        ; @74
    lts    s5, s4, 0                 ; @75
    bnz    s5, @86                   ; @76
    add    s5, s3, s1                ; @77
    st8    [s5], s4                  ; @78
    add    s3, s3, 1                 ; @79
    sub    s4, s3, s2                ; @80
    bnz    s4, @74                   ; @81
    add    s1, s2, 0                 ; @82
    ret                              ; @83
    li     s3, 0                     ; @84
    jmp    @74                       ; @85
    add    s2, s3, 0                 ; @86
    jmp    @82                       ; @87
.func "zk_commit"
    bnz    s2, @97                   ; @88
    ret                              ; @89
    add    s4, s3, s1                ; @90
    ld8    s4, [s4]                  ; @91
    commit s4                        ; @92
    add    s3, s3, 1                 ; @93
    eq     s4, s3, s2                ; @94
    bnz    s4, @89                   ; @95
    jmp    @90                       ; @96
    li     s3, 0                     ; @97
    jmp    @90                       ; @98
.func "zk_exit"
    halt   s1                        ; @99
.func "_start"
    call   @106, 8                   ; @100
    li     s9, 0                     ; @101
    li     s10, 65536                ; @102
    call   @1, 8                     ; @103
    call   @107, 8                   ; @104
    trap   0                         ; @105
.func "__zkcc_run_ctors"
    ret                              ; @106
.func "exit"
    call   @111, 8                   ; @107
    add    s9, s1, 0                 ; @108
    call   @99, 8                    ; @109
    trap   0                         ; @110
.func "__zkcc_run_dtors"
    ret                              ; @111
