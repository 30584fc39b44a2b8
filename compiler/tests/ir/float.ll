; Floating-point comparisons (every predicate, NaN, infinities, signed zeros), classification,
; minimum/maximum, negation, remainder and float<->double conversion.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"
declare void @print_hex(i64)
@vals = global [8 x double] [double 0.0, double -0.0, double 1.5, double -2.25, double 0x7FF8000000000000, double 0x7FF0000000000000, double 0xFFF0000000000000, double 0x0000000000000001]
define void @cmp(double %a, double %b) {
  %c0 = fcmp false double %a, %b
  %z0 = zext i1 %c0 to i64
  %s0 = shl i64 %z0, 0
  %c1 = fcmp oeq double %a, %b
  %z1 = zext i1 %c1 to i64
  %s1 = shl i64 %z1, 1
  %o1 = or i64 %s0, %s1
  %c2 = fcmp ogt double %a, %b
  %z2 = zext i1 %c2 to i64
  %s2 = shl i64 %z2, 2
  %o2 = or i64 %o1, %s2
  %c3 = fcmp oge double %a, %b
  %z3 = zext i1 %c3 to i64
  %s3 = shl i64 %z3, 3
  %o3 = or i64 %o2, %s3
  %c4 = fcmp olt double %a, %b
  %z4 = zext i1 %c4 to i64
  %s4 = shl i64 %z4, 4
  %o4 = or i64 %o3, %s4
  %c5 = fcmp ole double %a, %b
  %z5 = zext i1 %c5 to i64
  %s5 = shl i64 %z5, 5
  %o5 = or i64 %o4, %s5
  %c6 = fcmp one double %a, %b
  %z6 = zext i1 %c6 to i64
  %s6 = shl i64 %z6, 6
  %o6 = or i64 %o5, %s6
  %c7 = fcmp ord double %a, %b
  %z7 = zext i1 %c7 to i64
  %s7 = shl i64 %z7, 7
  %o7 = or i64 %o6, %s7
  %c8 = fcmp uno double %a, %b
  %z8 = zext i1 %c8 to i64
  %s8 = shl i64 %z8, 8
  %o8 = or i64 %o7, %s8
  %c9 = fcmp ueq double %a, %b
  %z9 = zext i1 %c9 to i64
  %s9 = shl i64 %z9, 9
  %o9 = or i64 %o8, %s9
  %c10 = fcmp ugt double %a, %b
  %z10 = zext i1 %c10 to i64
  %s10 = shl i64 %z10, 10
  %o10 = or i64 %o9, %s10
  %c11 = fcmp uge double %a, %b
  %z11 = zext i1 %c11 to i64
  %s11 = shl i64 %z11, 11
  %o11 = or i64 %o10, %s11
  %c12 = fcmp ult double %a, %b
  %z12 = zext i1 %c12 to i64
  %s12 = shl i64 %z12, 12
  %o12 = or i64 %o11, %s12
  %c13 = fcmp ule double %a, %b
  %z13 = zext i1 %c13 to i64
  %s13 = shl i64 %z13, 13
  %o13 = or i64 %o12, %s13
  %c14 = fcmp une double %a, %b
  %z14 = zext i1 %c14 to i64
  %s14 = shl i64 %z14, 14
  %o14 = or i64 %o13, %s14
  %c15 = fcmp true double %a, %b
  %z15 = zext i1 %c15 to i64
  %s15 = shl i64 %z15, 15
  %o15 = or i64 %o14, %s15
  call void @print_hex(i64 %o15)
  %fa = fptrunc double %a to float
  %fb = fptrunc double %b to float
  %fc = fcmp ult float %fa, %fb
  %fcz = zext i1 %fc to i64
  call void @print_hex(i64 %fcz)
  %mn = call double @llvm.minimum.f64(double %a, double %b)
  %mx = call double @llvm.maximum.f64(double %a, double %b)
  %mnb = bitcast double %mn to i64
  %mxb = bitcast double %mx to i64
  call void @print_hex(i64 %mnb)
  call void @print_hex(i64 %mxb)
  ret void
}
define void @one(double %a) {
  %cls = call i1 @llvm.is.fpclass.f64(double %a, i32 3)
  %cls2 = call i1 @llvm.is.fpclass.f64(double %a, i32 96)
  %cls3 = call i1 @llvm.is.fpclass.f64(double %a, i32 516)
  %cls4 = call i1 @llvm.is.fpclass.f64(double %a, i32 144)
  %z1 = zext i1 %cls to i64
  %z2 = zext i1 %cls2 to i64
  %z3 = zext i1 %cls3 to i64
  %z4 = zext i1 %cls4 to i64
  %s2 = shl i64 %z2, 1
  %s3 = shl i64 %z3, 2
  %s4 = shl i64 %z4, 3
  %o1 = or i64 %z1, %s2
  %o2 = or i64 %o1, %s3
  %o3 = or i64 %o2, %s4
  call void @print_hex(i64 %o3)
  %n = fneg double %a
  %nb = bitcast double %n to i64
  call void @print_hex(i64 %nb)
  %f = fptrunc double %a to float
  %fe = fpext float %f to double
  %feb = bitcast double %fe to i64
  call void @print_hex(i64 %feb)
  %r = frem double %a, 0.75
  %rb = bitcast double %r to i64
  call void @print_hex(i64 %rb)
  %ui = fptoui double %a to i8
  %uiz = zext i8 %ui to i64
  %ok = fcmp olt double %a, 200.0
  %ok2 = fcmp oge double %a, 0.0
  %both = and i1 %ok, %ok2
  %uis = select i1 %both, i64 %uiz, i64 0
  call void @print_hex(i64 %uis)
  %ab = call double @llvm.fabs.f64(double %a)
  %sq = call double @llvm.sqrt.f64(double %ab)
  %sqb = bitcast double %sq to i64
  call void @print_hex(i64 %sqb)
  ret void
}
define i32 @main() {
entry:
  br label %outer
outer:
  %i = phi i64 [ 0, %entry ], [ %i1, %inner.end ]
  %pa = getelementptr [8 x double], ptr @vals, i64 0, i64 %i
  %a = load volatile double, ptr %pa
  call void @one(double %a)
  br label %inner
inner:
  %j = phi i64 [ 0, %outer ], [ %j1, %inner ]
  %pb = getelementptr [8 x double], ptr @vals, i64 0, i64 %j
  %b = load volatile double, ptr %pb
  call void @cmp(double %a, double %b)
  %j1 = add i64 %j, 1
  %dj = icmp eq i64 %j1, 8
  br i1 %dj, label %inner.end, label %inner
inner.end:
  %i1 = add i64 %i, 1
  %di = icmp eq i64 %i1, 8
  br i1 %di, label %exit, label %outer
exit:
  ret i32 0
}
declare double @llvm.minimum.f64(double, double)
declare double @llvm.maximum.f64(double, double)
declare i1 @llvm.is.fpclass.f64(double, i32)
declare double @llvm.fabs.f64(double)
declare double @llvm.sqrt.f64(double)
