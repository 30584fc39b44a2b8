; Saturating float-to-integer conversions (Rust's `as`), conversions between floats and
; 128-bit integers, x86 add-with-carry/subtract-with-borrow, and the vectorizer's
; first-set-lane count.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"
declare void @print_hex(i64)

@vals = global [16 x double] [double 0.0, double -0.0, double 0.75, double -0.75, double 127.9, double -128.5,
  double 300.0, double -300.0, double 0x41EFFFFFFFE00000, double 0x43E0000000000000, double 0xC3E0000000000000,
  double 0x47EFFFFFFFFFFFFF, double 0x7FF8000000000000, double 0xFFF8000000000000, double 0x7FF0000000000000,
  double 0xFFF0000000000000]
@ints = global [6 x i128] [i128 0, i128 1, i128 -1, i128 36893488147419103231, i128 -170141183460469231731687303715884105728,
  i128 170141183460469231731687303715884105727]

define void @sat(double %d) {
  %f = fptrunc double %d to float
  %a = call i8 @llvm.fptosi.sat.i8.f64(double %d)
  %a64 = sext i8 %a to i64
  call void @print_hex(i64 %a64)
  %b = call i8 @llvm.fptoui.sat.i8.f64(double %d)
  %b64 = zext i8 %b to i64
  call void @print_hex(i64 %b64)
  %c = call i32 @llvm.fptosi.sat.i32.f64(double %d)
  %c64 = sext i32 %c to i64
  call void @print_hex(i64 %c64)
  %e = call i32 @llvm.fptoui.sat.i32.f32(float %f)
  %e64 = zext i32 %e to i64
  call void @print_hex(i64 %e64)
  %g = call i64 @llvm.fptosi.sat.i64.f64(double %d)
  call void @print_hex(i64 %g)
  %h = call i64 @llvm.fptoui.sat.i64.f32(float %f)
  call void @print_hex(i64 %h)
  %i = call i128 @llvm.fptosi.sat.i128.f64(double %d)
  call void @print128(i128 %i)
  %j = call i128 @llvm.fptoui.sat.i128.f32(float %f)
  call void @print128(i128 %j)
  %k = call i1 @llvm.fptosi.sat.i1.f64(double %d)
  %k64 = zext i1 %k to i64
  call void @print_hex(i64 %k64)
  ret void
}

define void @print128(i128 %v) {
  %lo = trunc i128 %v to i64
  %s = lshr i128 %v, 64
  %hi = trunc i128 %s to i64
  call void @print_hex(i64 %hi)
  call void @print_hex(i64 %lo)
  ret void
}

define void @wide(i128 %v) {
  %d = sitofp i128 %v to double
  %db = bitcast double %d to i64
  call void @print_hex(i64 %db)
  %ud = uitofp i128 %v to double
  %udb = bitcast double %ud to i64
  call void @print_hex(i64 %udb)
  %f = sitofp i128 %v to float
  %fb = bitcast float %f to i32
  %fb64 = zext i32 %fb to i64
  call void @print_hex(i64 %fb64)
  %uf = uitofp i128 %v to float
  %ufb = bitcast float %uf to i32
  %ufb64 = zext i32 %ufb to i64
  call void @print_hex(i64 %ufb64)
  ; Back, halved so that every value is in range.
  %dh = fmul double %d, 0.5
  %back = fptosi double %dh to i128
  call void @print128(i128 %back)
  %udh = fmul double %ud, 0.5
  %uback = fptoui double %udh to i128
  call void @print128(i128 %uback)
  %fh = fmul float %f, 0.5
  %fback = fptosi float %fh to i128
  call void @print128(i128 %fback)
  ret void
}

define void @carries(i64 %a, i64 %b, i8 %c) {
  %r = call { i8, i64 } @llvm.x86.addcarry.64(i8 %c, i64 %a, i64 %b)
  %r0 = extractvalue { i8, i64 } %r, 0
  %r1 = extractvalue { i8, i64 } %r, 1
  %r064 = zext i8 %r0 to i64
  call void @print_hex(i64 %r064)
  call void @print_hex(i64 %r1)
  %s = call { i8, i64 } @llvm.x86.subborrow.64(i8 %c, i64 %a, i64 %b)
  %s0 = extractvalue { i8, i64 } %s, 0
  %s1 = extractvalue { i8, i64 } %s, 1
  %s064 = zext i8 %s0 to i64
  call void @print_hex(i64 %s064)
  call void @print_hex(i64 %s1)
  %a32 = trunc i64 %a to i32
  %b32 = trunc i64 %b to i32
  %t = call { i8, i32 } @llvm.x86.addcarry.32(i8 %c, i32 %a32, i32 %b32)
  %t0 = extractvalue { i8, i32 } %t, 0
  %t1 = extractvalue { i8, i32 } %t, 1
  %t064 = zext i8 %t0 to i64
  %t164 = zext i32 %t1 to i64
  call void @print_hex(i64 %t064)
  call void @print_hex(i64 %t164)
  %u = call { i8, i32 } @llvm.x86.subborrow.32(i8 %c, i32 %a32, i32 %b32)
  %u0 = extractvalue { i8, i32 } %u, 0
  %u1 = extractvalue { i8, i32 } %u, 1
  %u064 = zext i8 %u0 to i64
  %u164 = zext i32 %u1 to i64
  call void @print_hex(i64 %u064)
  call void @print_hex(i64 %u164)
  call void @llvm.x86.sse2.pause()
  ret void
}

define void @lanes(i32 %x) {
  %v0 = insertelement <4 x i32> poison, i32 %x, i64 0
  %v = shufflevector <4 x i32> %v0, <4 x i32> poison, <4 x i32> zeroinitializer
  %m = icmp ugt <4 x i32> %v, <i32 5, i32 3, i32 9, i32 1>
  %n = call i64 @llvm.experimental.cttz.elts.i64.v4i1(<4 x i1> %m, i1 false)
  call void @print_hex(i64 %n)
  %e = icmp eq <4 x i32> %v, <i32 7, i32 8, i32 9, i32 9>
  %k = call i32 @llvm.experimental.cttz.elts.i32.v4i1(<4 x i1> %e, i1 false)
  %k64 = zext i32 %k to i64
  call void @print_hex(i64 %k64)
  ret void
}

define i32 @main() {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %p = getelementptr [16 x double], ptr @vals, i64 0, i64 %i
  %d = load volatile double, ptr %p
  call void @sat(double %d)
  %i1 = add i64 %i, 1
  %done = icmp eq i64 %i1, 16
  br i1 %done, label %ints, label %loop
ints:
  %j = phi i64 [ 0, %loop ], [ %j1, %ints ]
  %q = getelementptr [6 x i128], ptr @ints, i64 0, i64 %j
  %w = load volatile i128, ptr %q
  call void @wide(i128 %w)
  %j1 = add i64 %j, 1
  %jdone = icmp eq i64 %j1, 6
  br i1 %jdone, label %carry, label %ints
carry:
  call void @carries(i64 -1, i64 1, i8 0)
  call void @carries(i64 -1, i64 0, i8 1)
  call void @carries(i64 5, i64 7, i8 255)
  call void @carries(i64 9223372036854775807, i64 9223372036854775807, i8 1)
  call void @carries(i64 0, i64 0, i8 1)
  call void @lanes(i32 0)
  call void @lanes(i32 4)
  call void @lanes(i32 7)
  call void @lanes(i32 9)
  call void @lanes(i32 100)
  ret i32 0
}

declare i8 @llvm.fptosi.sat.i8.f64(double)
declare i8 @llvm.fptoui.sat.i8.f64(double)
declare i32 @llvm.fptosi.sat.i32.f64(double)
declare i32 @llvm.fptoui.sat.i32.f32(float)
declare i64 @llvm.fptosi.sat.i64.f64(double)
declare i64 @llvm.fptoui.sat.i64.f32(float)
declare i128 @llvm.fptosi.sat.i128.f64(double)
declare i128 @llvm.fptoui.sat.i128.f32(float)
declare i1 @llvm.fptosi.sat.i1.f64(double)
declare { i8, i64 } @llvm.x86.addcarry.64(i8, i64, i64)
declare { i8, i64 } @llvm.x86.subborrow.64(i8, i64, i64)
declare { i8, i32 } @llvm.x86.addcarry.32(i8, i32, i32)
declare { i8, i32 } @llvm.x86.subborrow.32(i8, i32, i32)
declare void @llvm.x86.sse2.pause()
declare i64 @llvm.experimental.cttz.elts.i64.v4i1(<4 x i1>, i1)
declare i32 @llvm.experimental.cttz.elts.i32.v4i1(<4 x i1>, i1)
