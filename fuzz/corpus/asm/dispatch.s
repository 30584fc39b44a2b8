; zkvm program 54b9714a2306143d3f27b4eab85016fc5d038b44f630cf0d2d98a08134182e31
.entry @118
.data "4f00000000000000510000000000000053000000000000000000000000000000"
.data "0300000000000000ffffffffffffffff0400000000000000ffffffffffffffff"
.data "0500000000000000f7ffffffffffffff0200000000000000faffffffffffffff"
.bss 8
.object "ops" 65536 65560
.object "table" 65568 65632
.object "_start.argv" 65632 65640
.func "__zkcc_null"
    trap   0                         ; @0
.func "main"
    li     s3, 0                     ; @1
    fpaddr s1, 64                    ; @2
    fpaddr s2, 72                    ; @3
    st8    [s1], s3                  ; @4
    li     s3, 1                     ; @5
    st64   [s2], s3                  ; @6
    add    s17, s1, 0                ; @7
    li     s18, 1                    ; @8
    call   @89, 16                   ; @9
    bnz    s17, @75                  ; @10
    jmp    @69                       ; @11
    ld8    s3, [s1]                  ; @12
    remu   s4, s3, 5                 ; @13
    xor    s5, s4, 128               ; @14
    ltu    s5, s5, 130               ; @15
    bnz    s5, @23                   ; @16
    xor    s5, s4, 128               ; @17
    ltu    s5, s5, 131               ; @18
    bnz    s5, @45                   ; @19
    sub    s4, s4, 3                 ; @20
    bnz    s4, @62                   ; @21
    jmp    @55                       ; @22
    xor    s4, s4, 128               ; @23
    ltu    s4, s4, 129               ; @24
    bnz    s4, @27                   ; @25
    jmp    @37                       ; @26
    remu   s4, s3, 3                 ; @27
    shl    s4, s4, 3                 ; @28
    ld64   s4, [s4 + 65536]          ; @29
    and    s3, s3, 7                 ; @30
    shl    s3, s3, 3                 ; @31
    ld64   s18, [s3 + 65568]         ; @32
    calli  s4, 16                    ; @33
    add    s3, s17, 0                ; @34
    st64   [s2], s3                  ; @35
    jmp    @65                       ; @36
    mul    s3, s17, -7046029254386353131 ; @37
    mulhu  s4, s17, -7046029254386353131 ; @38
    sra    s3, s17, 63               ; @39
    mul    s3, s3, -7046029254386353131 ; @40
    add    s3, s4, s3                ; @41
    xor    s3, s17, s3               ; @42
    st64   [s2], s3                  ; @43
    jmp    @65                       ; @44
    li     s4, 0                     ; @45
    and    s3, s3, 63                ; @46
    shr    s5, s17, s3               ; @47
    sub    s3, s4, s17               ; @48
    sub    s4, s3, s5                ; @49
    lts    s3, s17, 0                ; @50
    mul    s3, s4, s3                ; @51
    add    s3, s5, s3                ; @52
    st64   [s2], s3                  ; @53
    jmp    @65                       ; @54
    and    s3, s3, 7                 ; @55
    shl    s3, s3, 3                 ; @56
    ld64   s4, [s3 + 65568]          ; @57
    add    s4, s4, s17               ; @58
    st64   [s3 + 65568], s4          ; @59
    add    s3, s17, 0                ; @60
    jmp    @65                       ; @61
    shl    s3, s17, 48               ; @62
    sra    s3, s3, 48                ; @63
    st64   [s2], s3                  ; @64
    add    s17, s1, 0                ; @65
    li     s18, 1                    ; @66
    call   @89, 16                   ; @67
    bnz    s17, @77                  ; @68
    add    s17, s2, 0                ; @69
    li     s18, 8                    ; @70
    call   @106, 16                  ; @71
    ld64   s1, [s2]                  ; @72
    and    s1, s1, 1                 ; @73
    ret                              ; @74
    li     s17, 1                    ; @75
    jmp    @12                       ; @76
    add    s17, s3, 0                ; @77
    jmp    @12                       ; @78
.func "add"
    add    s1, s2, s1                ; @79
    ret                              ; @80
.func "mul"
    mul    s1, s2, s1                ; @81
    ret                              ; @82
.func "quo"
    bnz    s2, @85                   ; @83
    jmp    @87                       ; @84
    divs   s1, s1, s2                ; @85
    jmp    @88                       ; @86
    rems   s1, s1, 7                 ; @87
    ret                              ; @88
.func "zk_read"
    bnz    s2, @102                  ; @89
    li     s2, 0                     ; @90
    jmp    @100                      ; @91
    read   s4                        ; @92
    lts    s5, s4, 0                 ; @93
    bnz    s5, @104                  ; @94
    add    s5, s3, s1                ; @95
    st8    [s5], s4                  ; @96
    add    s3, s3, 1                 ; @97
    sub    s4, s3, s2                ; @98
    bnz    s4, @92                   ; @99
    add    s1, s2, 0                 ; @100
    ret                              ; @101
    li     s3, 0                     ; @102
    jmp    @92                       ; @103
    add    s2, s3, 0                 ; @104
    jmp    @100                      ; @105
.func "zk_commit"
    bnz    s2, @115                  ; @106
    ret                              ; @107
    add    s4, s3, s1                ; @108
    ld8    s4, [s4]                  ; @109
    commit s4                        ; @110
    add    s3, s3, 1                 ; @111
    eq     s4, s3, s2                ; @112
    bnz    s4, @107                  ; @113
    jmp    @108                      ; @114
    li     s3, 0                     ; @115
    jmp    @108                      ; @116
.func "zk_exit"
    halt   s1                        ; @117
.func "_start"
    call   @124, 8                   ; @118
    li     s9, 0                     ; @119
    li     s10, 65632                ; @120
    call   @1, 8                     ; @121
    call   @125, 8                   ; @122
    trap   0                         ; @123
.func "__zkcc_run_ctors"
    ret                              ; @124
.func "exit"
    call   @129, 8                   ; @125
    add    s9, s1, 0                 ; @126
    call   @117, 8                   ; @127
    trap   0                         ; @128
.func "__zkcc_run_dtors"
    ret                              ; @129
