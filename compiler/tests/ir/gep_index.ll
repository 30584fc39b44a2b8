; GEP indices `i + k` (add, or disjoint, negative k) on 64-bit indices: the constant goes
; into the address offset and one scaled `i` serves every access of the block; an index
; sum with another use is still computed; an i32 index sum keeps its sign extension
; (ir_programs.rs checks the instruction shapes).
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"
declare void @print_hex(i64)

@table = global [16 x i32] [i32 3, i32 1, i32 4, i32 1, i32 5, i32 9, i32 2, i32 6, i32 5, i32 3, i32 5, i32 8, i32 9, i32 7, i32 9, i32 3]
%pair = type { i32, i64 }
@pairs = global [4 x %pair] [%pair { i32 10, i64 100 }, %pair { i32 20, i64 200 }, %pair { i32 30, i64 300 }, %pair { i32 40, i64 400 }]

; table[i] + table[i | 1] + table[i | 2] + table[i | 3] for i a multiple of 4: one scaled
; index for all four loads.
define internal i64 @sum4(i64 %i) noinline {
  %p0 = getelementptr inbounds i32, ptr @table, i64 %i
  %v0 = load i32, ptr %p0
  %i1 = or disjoint i64 %i, 1
  %p1 = getelementptr inbounds i32, ptr @table, i64 %i1
  %v1 = load i32, ptr %p1
  %i2 = or disjoint i64 %i, 2
  %p2 = getelementptr inbounds i32, ptr @table, i64 %i2
  %v2 = load i32, ptr %p2
  %i3 = add nuw i64 %i, 3
  %p3 = getelementptr inbounds i32, ptr @table, i64 %i3
  %v3 = load i32, ptr %p3
  %s01 = add i32 %v0, %v1
  %s23 = add i32 %v2, %v3
  %s = add i32 %s01, %s23
  %r = zext i32 %s to i64
  ret i64 %r
}

; a[i - 1] * a[i + 1] through a pointer argument, both via `add`.
define internal i64 @neighbours(ptr %a, i64 %i) noinline {
  %im = add i64 %i, -1
  %pm = getelementptr inbounds i32, ptr %a, i64 %im
  %vm = load i32, ptr %pm
  %ip = add i64 %i, 1
  %pp = getelementptr inbounds i32, ptr %a, i64 %ip
  %vp = load i32, ptr %pp
  %m = mul i32 %vm, %vp
  %r = zext i32 %m to i64
  ret i64 %r
}

; The index sum is also returned: it must still be computed.
define internal i64 @shared_sum(i64 %i) noinline {
  %j = add i64 %i, 5
  %p = getelementptr inbounds i32, ptr @table, i64 %j
  %v = load i32, ptr %p
  %w = zext i32 %v to i64
  %r = mul i64 %w, %j
  ret i64 %r
}

; pairs[i + 1].1: an array of structs, then a field.
define internal i64 @pair_field(i64 %i) noinline {
  %j = add i64 %i, 1
  %p = getelementptr inbounds [4 x %pair], ptr @pairs, i64 0, i64 %j, i32 1
  %v = load i64, ptr %p
  ret i64 %v
}

; An i32 index sum: sign-extended as a whole, so not split (i + 1 wraps at 2^31).
define internal i64 @narrow_index(i32 %i) noinline {
  %j = add i32 %i, 1
  %p = getelementptr inbounds i32, ptr getelementptr (i8, ptr @table, i64 32), i32 %j
  %v = load i32, ptr %p
  %r = zext i32 %v to i64
  ret i64 %r
}

define i32 @main() {
entry:
  br label %loop
loop:
  %k = phi i64 [ 0, %entry ], [ %next, %loop ]
  %i = shl i64 %k, 2
  %a = call i64 @sum4(i64 %i)
  call void @print_hex(i64 %a)
  %b = call i64 @neighbours(ptr getelementptr (i8, ptr @table, i64 16), i64 %k)
  call void @print_hex(i64 %b)
  %c = call i64 @shared_sum(i64 %k)
  call void @print_hex(i64 %c)
  %kk = and i64 %k, 1
  %d = call i64 @pair_field(i64 %kk)
  call void @print_hex(i64 %d)
  %k32 = trunc i64 %k to i32
  %km = sub i32 %k32, 3
  %e = call i64 @narrow_index(i32 %km)
  call void @print_hex(i64 %e)
  %next = add i64 %k, 1
  %done = icmp eq i64 %next, 4
  br i1 %done, label %exit, label %loop
exit:
  ret i32 0
}
