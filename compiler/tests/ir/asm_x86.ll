; Inline assembly that crates use on x86-64 without a CPU probe, as rustc and clang emit
; it: `div` (Intel and AT&T syntax, 64 and 32 bits), `sqrtsd`/`sqrtss`, and barriers
; (blank, comment-only, with tied operands). Natively it runs on the CPU itself.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"
declare void @print_hex(i64)

define void @div64(i64 %hi, i64 %lo, i64 %d) {
  %r = call { i64, i64 } asm inteldialect "div ${2:q}", "=&{ax},=&{dx},r,0,1,~{dirflag},~{fpsr},~{flags}"(i64 %d, i64 %lo, i64 %hi)
  %q = extractvalue { i64, i64 } %r, 0
  %m = extractvalue { i64, i64 } %r, 1
  call void @print_hex(i64 %q)
  call void @print_hex(i64 %m)
  ; AT&T, registers given the other way round.
  %s = call { i64, i64 } asm "divq $4", "={dx},={ax},{dx},{ax},r,~{flags}"(i64 %hi, i64 %lo, i64 %d)
  %sr = extractvalue { i64, i64 } %s, 0
  %sq = extractvalue { i64, i64 } %s, 1
  call void @print_hex(i64 %sq)
  call void @print_hex(i64 %sr)
  ret void
}

define void @div32(i32 %hi, i32 %lo, i32 %d) {
  %r = call { i32, i32 } asm "divl $2", "={ax},={dx},r,0,1,~{dirflag},~{fpsr},~{flags}"(i32 %d, i32 %lo, i32 %hi)
  %q = extractvalue { i32, i32 } %r, 0
  %m = extractvalue { i32, i32 } %r, 1
  %q64 = zext i32 %q to i64
  %m64 = zext i32 %m to i64
  call void @print_hex(i64 %q64)
  call void @print_hex(i64 %m64)
  ret void
}

define void @roots(double %x, float %y) {
  %a = call double asm inteldialect "sqrtsd ${0:x}, ${0:x}", "=&x,0,~{dirflag},~{fpsr},~{flags}"(double %x)
  %ab = bitcast double %a to i64
  call void @print_hex(i64 %ab)
  %b = call float asm inteldialect "sqrtss ${0:x}, ${0:x}", "=&x,0,~{dirflag},~{fpsr},~{flags}"(float %y)
  %bb = bitcast float %b to i32
  %bb64 = zext i32 %bb to i64
  call void @print_hex(i64 %bb64)
  ; AT&T, separate source and destination.
  %c = call double asm "sqrtsd $1, $0", "=x,x,~{dirflag},~{fpsr},~{flags}"(double %x)
  %cb = bitcast double %c to i64
  call void @print_hex(i64 %cb)
  ret void
}

define void @barriers(i64 %x, i64 %y) {
  %a = call i64 asm "", "=r,r,0,~{dirflag},~{fpsr},~{flags}"(i64 %y, i64 %x)
  call void @print_hex(i64 %a)
  %b = call i32 asm "/* ${0:q} */", "=&r,0,~{dirflag},~{fpsr},~{flags}"(i64 %y)
  %b64 = zext i32 %b to i64
  call void @print_hex(i64 %b64)
  %c = call { i64, i64 } asm "# swap? no: $0 $1", "=r,=r,1,0"(i64 %x, i64 %y)
  %c0 = extractvalue { i64, i64 } %c, 0
  %c1 = extractvalue { i64, i64 } %c, 1
  call void @print_hex(i64 %c0)
  call void @print_hex(i64 %c1)
  ret void
}

define i32 @main() {
  call void @div64(i64 0, i64 100, i64 7)
  call void @div64(i64 5, i64 12345678901234567, i64 9876543210987)
  call void @div64(i64 -2, i64 -1, i64 -1)
  call void @div32(i32 3, i32 77, i32 1000)
  call void @div32(i32 0, i32 -1, i32 16)
  call void @roots(double 2.0, float 2.0)
  call void @roots(double 1.0e300, float 0x3810000000000000)
  call void @roots(double -1.0, float 0.25)
  call void @barriers(i64 7, i64 11)
  ret i32 0
}
