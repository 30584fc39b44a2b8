; Variadic functions (x86-64 va_list handling as clang emits it), byval arguments,
; many arguments, mismatched call signatures, tail calls.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"
declare void @print_u64(i64)
declare void @print_i64(i64)
declare void @print_hex(i64)
declare void @print_str(ptr)

%struct.__va_list_tag = type { i32, i32, ptr, ptr }
%struct.big = type { i64, i64, i64, i64, i32 }
@gbig = global %struct.big { i64 1, i64 2, i64 3, i64 4, i32 5 }
define i64 @vsum(i32 %n, ...) {
entry:
  %ap = alloca [1 x %struct.__va_list_tag], align 16
  call void @llvm.va_start.p0(ptr %ap)
  %cmp = icmp sgt i32 %n, 0
  br i1 %cmp, label %loop, label %done
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %next ]
  %s = phi i64 [ 0, %entry ], [ %s1, %next ]
  %gpo = load i32, ptr %ap, align 16
  %inreg = icmp ult i32 %gpo, 41
  br i1 %inreg, label %reg, label %mem
reg:
  %rsap = getelementptr inbounds i8, ptr %ap, i64 16
  %rsa = load ptr, ptr %rsap, align 16
  %off = zext i32 %gpo to i64
  %ra = getelementptr i8, ptr %rsa, i64 %off
  %gpo2 = add i32 %gpo, 8
  store i32 %gpo2, ptr %ap, align 16
  br label %next
mem:
  %oap = getelementptr inbounds i8, ptr %ap, i64 8
  %oa = load ptr, ptr %oap, align 8
  %oa2 = getelementptr i8, ptr %oa, i64 8
  store ptr %oa2, ptr %oap, align 8
  br label %next
next:
  %addr = phi ptr [ %ra, %reg ], [ %oa, %mem ]
  %v = load i64, ptr %addr, align 8
  %s1 = add i64 %s, %v
  %i1 = add i32 %i, 1
  %c = icmp eq i32 %i1, %n
  br i1 %c, label %done, label %loop
done:
  %r = phi i64 [ 0, %entry ], [ %s1, %next ]
  %ap2 = alloca [1 x %struct.__va_list_tag], align 16
  call void @llvm.va_copy.p0(ptr %ap2, ptr %ap)
  call void @llvm.va_end.p0(ptr %ap2)
  call void @llvm.va_end.p0(ptr %ap)
  ret i64 %r
}
define i64 @bysum(ptr byval(%struct.big) align 8 %b, i64 %k) {
  %p3 = getelementptr inbounds i8, ptr %b, i64 24
  %v3 = load i64, ptr %p3
  %p4 = getelementptr inbounds i8, ptr %b, i64 32
  %v4 = load i32, ptr %p4
  store i64 1000, ptr %b
  %v0 = load i64, ptr %b
  %z4 = zext i32 %v4 to i64
  %a = add i64 %v3, %z4
  %a2 = add i64 %a, %v0
  %a3 = mul i64 %a2, %k
  ret i64 %a3
}
define i64 @many(i64 %a, i64 %b, i64 %c, i64 %d, i64 %e, i64 %f, i64 %g, i64 %h, i64 %i, i64 %j, i128 %w, i8 %k) {
  %1 = add i64 %a, %b
  %2 = mul i64 %1, %c
  %3 = sub i64 %2, %d
  %4 = xor i64 %3, %e
  %5 = add i64 %4, %f
  %6 = mul i64 %5, %g
  %7 = add i64 %6, %h
  %8 = sub i64 %7, %i
  %9 = add i64 %8, %j
  %wl = trunc i128 %w to i64
  %wh0 = lshr i128 %w, 64
  %wh = trunc i128 %wh0 to i64
  %10 = add i64 %9, %wl
  %11 = add i64 %10, %wh
  %kz = sext i8 %k to i64
  %12 = add i64 %11, %kz
  ret i64 %12
}
define i64 @ignore_extra() {
  ret i64 77
}
define i32 @main() {
  %s = call i64 (i32, ...) @vsum(i32 8, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8)
  call void @print_u64(i64 %s)
  %s0 = call i64 (i32, ...) @vsum(i32 0)
  call void @print_u64(i64 %s0)
  %b1 = call i64 @bysum(ptr byval(%struct.big) align 8 @gbig, i64 3)
  call void @print_u64(i64 %b1)
  %g0 = load i64, ptr @gbig
  call void @print_u64(i64 %g0)
  %m = call i64 @many(i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i128 -36893488147419103231, i8 -3)
  call void @print_i64(i64 %m)
  %e = call i64 @ignore_extra(i64 1, i64 2)
  call void @print_u64(i64 %e)
  ; A variadic function called as old C does through an implicit or K&R declaration:
  ; the call site types the arguments as fixed ones.
  %k1 = call i64 (i32, i64, i64, ...) @vsum(i32 3, i64 10, i64 20, i64 30)
  call void @print_u64(i64 %k1)
  %k2 = call i64 (i32, i64, i64) @vsum(i32 2, i64 100, i64 200)
  call void @print_u64(i64 %k2)
  %t = tail call i64 @many(i64 %s, i64 %b1, i64 %m, i64 %e, i64 %s0, i64 %g0, i64 1, i64 1, i64 1, i64 1, i128 1, i8 1)
  call void @print_i64(i64 %t)
  ret i32 0
}
declare void @llvm.va_start.p0(ptr)
declare void @llvm.va_copy.p0(ptr, ptr)
declare void @llvm.va_end.p0(ptr)
