; switch (with shared successors and phis), invoke/landingpad, indirect calls,
; recursion, unreachable default.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"
declare void @print_u64(i64)
declare void @print_i64(i64)
declare void @print_hex(i64)
declare void @print_str(ptr)

@k = global i32 0
@table = global [3 x ptr] [ptr @f0, ptr @f1, ptr @f2]
define i64 @f0(i64 %x) { %r = add i64 %x, 1
  ret i64 %r }
define i64 @f1(i64 %x) { %r = mul i64 %x, 3
  ret i64 %r }
define i64 @f2(i64 %x) { %r = call i64 @fact(i64 %x)
  ret i64 %r }
define i64 @fact(i64 %n) {
  %c = icmp ult i64 %n, 2
  br i1 %c, label %base, label %rec
base:
  ret i64 1
rec:
  %m = sub i64 %n, 1
  %f = call i64 @fact(i64 %m)
  %r = mul i64 %n, %f
  ret i64 %r
}
define i64 @classify(i8 %c) {
entry:
  switch i8 %c, label %other [
    i8 97, label %lower
    i8 98, label %lower
    i8 -1, label %neg
    i8 48, label %digit
    i8 49, label %digit
    i8 50, label %digit
  ]
lower:
  br label %done
digit:
  %d = sub i8 %c, 48
  %dz = zext i8 %d to i64
  br label %done
neg:
  br label %done
other:
  br label %done
done:
  %r = phi i64 [ 100, %lower ], [ %dz, %digit ], [ 7, %neg ], [ 1000, %other ]
  ret i64 %r
}
define i64 @dense(i32 %x) {
entry:
  switch i32 %x, label %unreach [
    i32 0, label %a
    i32 1, label %b
    i32 2, label %a
    i32 3, label %c
  ]
a:
  ret i64 10
b:
  ret i64 20
c:
  %p = phi i32 [ %x, %entry ]
  %pz = zext i32 %p to i64
  ret i64 %pz
unreach:
  unreachable
}
define i32 @main() personality ptr @pers {
entry:
  %k = load volatile i32, ptr @k
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %cont ]
  %sel = urem i64 %i, 3
  %fp = getelementptr [3 x ptr], ptr @table, i64 0, i64 %sel
  %f = load ptr, ptr %fp
  %r = invoke i64 %f(i64 %i) to label %cont unwind label %lp
cont:
  call void @print_u64(i64 %r)
  %i1 = add i64 %i, 1
  %d = icmp eq i64 %i1, 9
  br i1 %d, label %next, label %loop
next:
  %c1 = call i64 @classify(i8 97)
  %c2 = call i64 @classify(i8 50)
  %c3 = call i64 @classify(i8 -1)
  %c4 = call i64 @classify(i8 51)
  %c5 = call i64 @classify(i8 98)
  %s1 = add i64 %c1, %c2
  %s2 = mul i64 %s1, 10
  %s3 = add i64 %s2, %c3
  %s4 = mul i64 %s3, 10
  %s5 = add i64 %s4, %c4
  %s6 = add i64 %s5, %c5
  call void @print_u64(i64 %s6)
  %x = add i32 %k, 3
  %d1 = call i64 @dense(i32 %x)
  %d2 = call i64 @dense(i32 %k)
  %d3 = add i64 %d1, %d2
  call void @print_u64(i64 %d3)
  ret i32 5
lp:
  %l = landingpad { ptr, i32 } cleanup
  resume { ptr, i32 } %l
}
define i32 @pers(...) {
  ret i32 0
}
