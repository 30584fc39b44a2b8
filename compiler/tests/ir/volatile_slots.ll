; Volatile accesses to a stack slot whose address never escapes (subtle::black_box's way
; to hide a value from the optimizer) live in registers; volatile accesses to a global
; and to a slot whose address is passed on stay memory accesses (ir_programs.rs checks
; the instructions of each function).
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"
declare void @print_hex(i64)

@counter = global i64 0

; subtle::black_box, as rustc emits it.
define internal i8 @black_box(i8 %input) noinline {
  %slot = alloca i8, align 1
  store volatile i8 %input, ptr %slot, align 1
  %r = load volatile i8, ptr %slot, align 1
  ret i8 %r
}

; A volatile global: every access stays.
define internal i64 @bump() noinline {
  %v = load volatile i64, ptr @counter, align 8
  %n = add i64 %v, 1
  store volatile i64 %n, ptr @counter, align 8
  ret i64 %v
}

define internal i64 @read_through(ptr %p) noinline {
  %v = load volatile i64, ptr %p, align 8
  ret i64 %v
}

; A slot whose address escapes to another function: its accesses stay.
define internal i64 @escaping(i64 %x) noinline {
  %slot = alloca i64, align 8
  store volatile i64 %x, ptr %slot, align 8
  %r = call i64 @read_through(ptr %slot)
  ret i64 %r
}

define i32 @main() {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %next, %loop ]
  %b = trunc i64 %i to i8
  %k = mul i8 %b, 37
  %r0 = call i8 @black_box(i8 %k)
  %w0 = zext i8 %r0 to i64
  call void @print_hex(i64 %w0)
  %r1 = call i64 @bump()
  call void @print_hex(i64 %r1)
  %r2 = call i64 @escaping(i64 %i)
  call void @print_hex(i64 %r2)
  %next = add i64 %i, 1
  %done = icmp eq i64 %next, 10
  br i1 %done, label %exit, label %loop
exit:
  ret i32 0
}
