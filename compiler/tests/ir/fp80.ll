; x86_fp80: a store touches only the 10 bytes of the value (not the padding of its
; 16-byte slot), array strides of 16, constants, phi and select, the bits as i80,
; arithmetic (fused and unfused multiply-add), intrinsics and conversions, and variadic long doubles read from 16-byte aligned
; stack slots as the SysV va_arg does (after one or two fixed arguments).
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"
declare void @print_hex(i64)
declare void @llvm.va_start.p0(ptr)
declare void @llvm.va_end.p0(ptr)
declare ptr @llvm.ptrmask.p0.i64(ptr, i64)
declare x86_fp80 @llvm.fabs.f80(x86_fp80)
declare x86_fp80 @llvm.floor.f80(x86_fp80)
declare x86_fp80 @llvm.sqrt.f80(x86_fp80)
declare x86_fp80 @llvm.fmuladd.f80(x86_fp80, x86_fp80, x86_fp80)
declare x86_fp80 @llvm.fma.f80(x86_fp80, x86_fp80, x86_fp80)
declare x86_fp80 @llvm.minnum.f80(x86_fp80, x86_fp80)
declare x86_fp80 @llvm.maximum.f80(x86_fp80, x86_fp80)
declare x86_fp80 @llvm.copysign.f80(x86_fp80, x86_fp80)
declare x86_fp80 @llvm.rint.f80(x86_fp80)
declare i1 @llvm.is.fpclass.f80(x86_fp80, i32)

@table = global [3 x x86_fp80] [x86_fp80 0xK3FFF8000000000000000, x86_fp80 0xK3FFBCCCCCCCCCCCCCCCD, x86_fp80 0xKC000E000000000000000]
@slot = global [2 x i64] [i64 -6148914691236517206, i64 -6148914691236517206]

define void @print_fp80(x86_fp80 %x) {
  %b = bitcast x86_fp80 %x to i80
  %hi = lshr i80 %b, 64
  %h = trunc i80 %hi to i64
  %l = trunc i80 %b to i64
  call void @print_hex(i64 %h)
  call void @print_hex(i64 %l)
  ret void
}

; Sums `n` long double variadic arguments, stepping the va_list like clang: the
; overflow area pointer (offset 8) rounded up to 16 with llvm.ptrmask, then advanced
; by 16.
define x86_fp80 @sum_va(ptr %ap, i32 %n) {
entry:
  %area = getelementptr i8, ptr %ap, i64 8
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %body ]
  %acc = phi x86_fp80 [ 0xK00000000000000000000, %entry ], [ %acc1, %body ]
  %done = icmp eq i32 %i, %n
  br i1 %done, label %out, label %body
body:
  %p = load ptr, ptr %area
  %pa = getelementptr i8, ptr %p, i64 15
  %q = call ptr @llvm.ptrmask.p0.i64(ptr %pa, i64 -16)
  %v = load x86_fp80, ptr %q, align 16
  %next = getelementptr i8, ptr %q, i64 16
  store ptr %next, ptr %area
  %acc1 = fadd x86_fp80 %acc, %v
  %i1 = add i32 %i, 1
  br label %loop
out:
  ret x86_fp80 %acc
}

define x86_fp80 @va1(i32 %n, ...) {
  %ap = alloca [24 x i8], align 16
  call void @llvm.va_start.p0(ptr %ap)
  %s = call x86_fp80 @sum_va(ptr %ap, i32 %n)
  call void @llvm.va_end.p0(ptr %ap)
  ret x86_fp80 %s
}

define x86_fp80 @va2(i32 %n, i32 %unused, ...) {
  %ap = alloca [24 x i8], align 16
  call void @llvm.va_start.p0(ptr %ap)
  %s = call x86_fp80 @sum_va(ptr %ap, i32 %n)
  call void @llvm.va_end.p0(ptr %ap)
  ret x86_fp80 %s
}

define x86_fp80 @pick(i1 %c, x86_fp80 %a, x86_fp80 %b) {
  %r = select i1 %c, x86_fp80 %a, x86_fp80 %b
  ret x86_fp80 %r
}

define i32 @main() {
entry:
  ; The store leaves bytes 10..15 of the slot alone.
  %one = load x86_fp80, ptr @table, align 16
  store x86_fp80 %one, ptr @slot, align 16
  %w0 = load i64, ptr @slot
  %w1p = getelementptr i8, ptr @slot, i64 8
  %w1 = load i64, ptr %w1p
  call void @print_hex(i64 %w0)
  call void @print_hex(i64 %w1)
  ; Array stride 16; a sum that differs from double precision.
  %e1p = getelementptr [3 x x86_fp80], ptr @table, i64 0, i64 1
  %e1 = load x86_fp80, ptr %e1p, align 16
  %e2p = getelementptr [3 x x86_fp80], ptr @table, i64 0, i64 2
  %e2 = load x86_fp80, ptr %e2p, align 16
  call void @print_fp80(x86_fp80 %e2)
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %acc = phi x86_fp80 [ 0xK00000000000000000000, %entry ], [ %acc1, %loop ]
  %acc1 = fadd x86_fp80 %acc, %e1
  %i1 = add i32 %i, 1
  %more = icmp ult i32 %i1, 10
  br i1 %more, label %loop, label %after
after:
  call void @print_fp80(x86_fp80 %acc1)
  %q = fdiv x86_fp80 %one, 0xK4000C000000000000000
  call void @print_fp80(x86_fp80 %q)
  %m = call x86_fp80 @llvm.fmuladd.f80(x86_fp80 %q, x86_fp80 %e2, x86_fp80 %e1)
  call void @print_fp80(x86_fp80 %m)
  ; Fused: q * 3 - 1 is the rounding error of q = 1/3.
  %fused = call x86_fp80 @llvm.fma.f80(x86_fp80 %q, x86_fp80 0xK4000C000000000000000, x86_fp80 0xKBFFF8000000000000000)
  call void @print_fp80(x86_fp80 %fused)
  %neg = fneg x86_fp80 %q
  %abs = call x86_fp80 @llvm.fabs.f80(x86_fp80 %neg)
  call void @print_fp80(x86_fp80 %neg)
  call void @print_fp80(x86_fp80 %abs)
  %fl = call x86_fp80 @llvm.floor.f80(x86_fp80 %e2)
  call void @print_fp80(x86_fp80 %fl)
  %sq = call x86_fp80 @llvm.sqrt.f80(x86_fp80 0xK40008000000000000000)
  call void @print_fp80(x86_fp80 %sq)
  %mn = call x86_fp80 @llvm.minnum.f80(x86_fp80 0xK7FFFC000000000000000, x86_fp80 %e2)
  call void @print_fp80(x86_fp80 %mn)
  %mx = call x86_fp80 @llvm.maximum.f80(x86_fp80 0xK80000000000000000000, x86_fp80 0xK00000000000000000000)
  call void @print_fp80(x86_fp80 %mx)
  %cs = call x86_fp80 @llvm.copysign.f80(x86_fp80 %q, x86_fp80 %e2)
  call void @print_fp80(x86_fp80 %cs)
  %ri = call x86_fp80 @llvm.rint.f80(x86_fp80 %e2)
  call void @print_fp80(x86_fp80 %ri)
  %rem = frem x86_fp80 %e2, %q
  call void @print_fp80(x86_fp80 %rem)
  %sub = fdiv x86_fp80 %q, 0xK7FFE8000000000000000
  %issub = call i1 @llvm.is.fpclass.f80(x86_fp80 %sub, i32 144)
  %isz = zext i1 %issub to i64
  call void @print_hex(i64 %isz)
  %lt = fcmp olt x86_fp80 %e2, %q
  %uno = fcmp uno x86_fp80 %q, 0xKFFFFC000000000000000
  %sel = call x86_fp80 @pick(i1 %lt, x86_fp80 %sq, x86_fp80 %e1)
  call void @print_fp80(x86_fp80 %sel)
  %u = zext i1 %uno to i64
  call void @print_hex(i64 %u)
  ; Conversions.
  %d = fptrunc x86_fp80 %q to double
  %db = bitcast double %d to i64
  call void @print_hex(i64 %db)
  %f = fptrunc x86_fp80 %q to float
  %fb = bitcast float %f to i32
  %fz = zext i32 %fb to i64
  call void @print_hex(i64 %fz)
  %x = fpext double %d to x86_fp80
  call void @print_fp80(x86_fp80 %x)
  %big = fmul x86_fp80 %e2, 0xK403B8000000000000001
  %k = fptosi x86_fp80 %big to i64
  call void @print_hex(i64 %k)
  %ku = fptoui x86_fp80 0xK403EFFFFFFFFFFFFFFFF to i64
  call void @print_hex(i64 %ku)
  %k8 = fptosi x86_fp80 %e2 to i8
  %k8z = sext i8 %k8 to i64
  call void @print_hex(i64 %k8z)
  %fromi = sitofp i64 -9007199254740993 to x86_fp80
  call void @print_fp80(x86_fp80 %fromi)
  %fromu = uitofp i64 18446744073709551615 to x86_fp80
  call void @print_fp80(x86_fp80 %fromu)
  %wide = fmul x86_fp80 %big, 0xK40408000000000000000
  %k128 = fptosi x86_fp80 %wide to i128
  %k128lo = trunc i128 %k128 to i64
  %k128s = lshr i128 %k128, 64
  %k128hi = trunc i128 %k128s to i64
  call void @print_hex(i64 %k128hi)
  call void @print_hex(i64 %k128lo)
  %fromb = sitofp i128 -170141183460469231731687303715884105727 to x86_fp80
  call void @print_fp80(x86_fp80 %fromb)
  ; Variadic long doubles after an odd and an even number of fixed slots.
  %s1 = call x86_fp80 (i32, ...) @va1(i32 3, x86_fp80 %one, x86_fp80 %e1, x86_fp80 %e2)
  call void @print_fp80(x86_fp80 %s1)
  %s2 = call x86_fp80 (i32, i32, ...) @va2(i32 2, i32 7, x86_fp80 %q, x86_fp80 %e1)
  call void @print_fp80(x86_fp80 %s2)
  ret i32 0
}
