; Integer intrinsics on every width, over a table of inputs.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"
declare void @print_u64(i64)
declare void @print_i64(i64)
declare void @print_hex(i64)
declare void @print_str(ptr)

@inputs = global [8 x i64] [i64 0, i64 1, i64 -1, i64 -9223372036854775808, i64 9223372036854775807, i64 81985529216486895, i64 -6148914691236517206, i64 1311768467463790320]
@amts = global [8 x i64] [i64 0, i64 1, i64 7, i64 13, i64 31, i64 33, i64 63, i64 64]
define void @run8(i64 %xa, i64 %ya, i64 %sa) {
  %x = trunc i64 %xa to i8
  %y = trunc i64 %ya to i8
  %s = trunc i64 %sa to i8
  %t1 = call i8 @llvm.ctpop.i8(i8 %x)
  %t2 = zext i8 %t1 to i64
  call void @print_hex(i64 %t2)
  %t3 = call i8 @llvm.ctlz.i8(i8 %x, i1 false)
  %t4 = zext i8 %t3 to i64
  call void @print_hex(i64 %t4)
  %t5 = call i8 @llvm.cttz.i8(i8 %x, i1 false)
  %t6 = zext i8 %t5 to i64
  call void @print_hex(i64 %t6)
  %t7 = call i8 @llvm.bitreverse.i8(i8 %x)
  %t8 = zext i8 %t7 to i64
  call void @print_hex(i64 %t8)
  %t9 = call i8 @llvm.fshl.i8(i8 %x, i8 %y, i8 %s)
  %t10 = zext i8 %t9 to i64
  call void @print_hex(i64 %t10)
  %t11 = call i8 @llvm.fshl.i8(i8 %x, i8 %x, i8 5)
  %t12 = zext i8 %t11 to i64
  call void @print_hex(i64 %t12)
  %t13 = call i8 @llvm.fshr.i8(i8 %x, i8 %y, i8 %s)
  %t14 = zext i8 %t13 to i64
  call void @print_hex(i64 %t14)
  %t15 = call i8 @llvm.fshr.i8(i8 %x, i8 %x, i8 5)
  %t16 = zext i8 %t15 to i64
  call void @print_hex(i64 %t16)
  %t17 = call i8 @llvm.umin.i8(i8 %x, i8 %y)
  %t18 = zext i8 %t17 to i64
  call void @print_hex(i64 %t18)
  %t19 = call i8 @llvm.umax.i8(i8 %x, i8 %y)
  %t20 = zext i8 %t19 to i64
  call void @print_hex(i64 %t20)
  %t21 = call i8 @llvm.smin.i8(i8 %x, i8 %y)
  %t22 = zext i8 %t21 to i64
  call void @print_hex(i64 %t22)
  %t23 = call i8 @llvm.smax.i8(i8 %x, i8 %y)
  %t24 = zext i8 %t23 to i64
  call void @print_hex(i64 %t24)
  %t25 = call i8 @llvm.uadd.sat.i8(i8 %x, i8 %y)
  %t26 = zext i8 %t25 to i64
  call void @print_hex(i64 %t26)
  %t27 = call i8 @llvm.usub.sat.i8(i8 %x, i8 %y)
  %t28 = zext i8 %t27 to i64
  call void @print_hex(i64 %t28)
  %t29 = call i8 @llvm.sadd.sat.i8(i8 %x, i8 %y)
  %t30 = zext i8 %t29 to i64
  call void @print_hex(i64 %t30)
  %t31 = call i8 @llvm.ssub.sat.i8(i8 %x, i8 %y)
  %t32 = zext i8 %t31 to i64
  call void @print_hex(i64 %t32)
  %t33 = call i8 @llvm.ucmp.i8.i8(i8 %x, i8 %y)
  %t34 = zext i8 %t33 to i64
  call void @print_hex(i64 %t34)
  %t35 = call i8 @llvm.scmp.i8.i8(i8 %x, i8 %y)
  %t36 = zext i8 %t35 to i64
  call void @print_hex(i64 %t36)
  %t37 = call i8 @llvm.abs.i8(i8 %x, i1 false)
  %t38 = zext i8 %t37 to i64
  call void @print_hex(i64 %t38)
  %t39 = call {i8, i1} @llvm.uadd.with.overflow.i8(i8 %x, i8 %y)
  %t40 = extractvalue {i8, i1} %t39, 0
  %t41 = extractvalue {i8, i1} %t39, 1
  %t42 = zext i8 %t40 to i64
  %t43 = zext i1 %t41 to i64
  call void @print_hex(i64 %t42)
  call void @print_u64(i64 %t43)
  %t44 = call {i8, i1} @llvm.sadd.with.overflow.i8(i8 %x, i8 %y)
  %t45 = extractvalue {i8, i1} %t44, 0
  %t46 = extractvalue {i8, i1} %t44, 1
  %t47 = zext i8 %t45 to i64
  %t48 = zext i1 %t46 to i64
  call void @print_hex(i64 %t47)
  call void @print_u64(i64 %t48)
  %t49 = call {i8, i1} @llvm.usub.with.overflow.i8(i8 %x, i8 %y)
  %t50 = extractvalue {i8, i1} %t49, 0
  %t51 = extractvalue {i8, i1} %t49, 1
  %t52 = zext i8 %t50 to i64
  %t53 = zext i1 %t51 to i64
  call void @print_hex(i64 %t52)
  call void @print_u64(i64 %t53)
  %t54 = call {i8, i1} @llvm.ssub.with.overflow.i8(i8 %x, i8 %y)
  %t55 = extractvalue {i8, i1} %t54, 0
  %t56 = extractvalue {i8, i1} %t54, 1
  %t57 = zext i8 %t55 to i64
  %t58 = zext i1 %t56 to i64
  call void @print_hex(i64 %t57)
  call void @print_u64(i64 %t58)
  %t59 = call {i8, i1} @llvm.umul.with.overflow.i8(i8 %x, i8 %y)
  %t60 = extractvalue {i8, i1} %t59, 0
  %t61 = extractvalue {i8, i1} %t59, 1
  %t62 = zext i8 %t60 to i64
  %t63 = zext i1 %t61 to i64
  call void @print_hex(i64 %t62)
  call void @print_u64(i64 %t63)
  %t64 = call {i8, i1} @llvm.smul.with.overflow.i8(i8 %x, i8 %y)
  %t65 = extractvalue {i8, i1} %t64, 0
  %t66 = extractvalue {i8, i1} %t64, 1
  %t67 = zext i8 %t65 to i64
  %t68 = zext i1 %t66 to i64
  call void @print_hex(i64 %t67)
  call void @print_u64(i64 %t68)
  %t69.a = or i8 %y, 3
  %t69 = lshr i8 %t69.a, 1
  %t70 = sdiv i8 %x, %t69
  %t71 = zext i8 %t70 to i64
  call void @print_hex(i64 %t71)
  %t72.a = or i8 %y, 3
  %t72 = lshr i8 %t72.a, 1
  %t73 = srem i8 %x, %t72
  %t74 = zext i8 %t73 to i64
  call void @print_hex(i64 %t74)
  %t75.a = or i8 %y, 3
  %t75 = lshr i8 %t75.a, 1
  %t76 = udiv i8 %x, %t75
  %t77 = zext i8 %t76 to i64
  call void @print_hex(i64 %t77)
  %t78.a = or i8 %y, 3
  %t78 = lshr i8 %t78.a, 1
  %t79 = urem i8 %x, %t78
  %t80 = zext i8 %t79 to i64
  call void @print_hex(i64 %t80)
  %t81 = urem i8 %s, 8
  %t82 = ashr i8 %x, %t81
  %t83 = zext i8 %t82 to i64
  call void @print_hex(i64 %t83)
  %t84 = urem i8 %s, 8
  %t85 = lshr i8 %x, %t84
  %t86 = zext i8 %t85 to i64
  call void @print_hex(i64 %t86)
  %t87 = urem i8 %s, 8
  %t88 = shl i8 %x, %t87
  %t89 = zext i8 %t88 to i64
  call void @print_hex(i64 %t89)
  %t90 = icmp slt i8 %x, %y
  %t91 = zext i1 %t90 to i64
  call void @print_hex(i64 %t91)
  %t92 = icmp slt i8 %x, 5
  %t93 = zext i1 %t92 to i64
  call void @print_hex(i64 %t93)
  %t94 = icmp slt i8 -3, %y
  %t95 = zext i1 %t94 to i64
  call void @print_hex(i64 %t95)
  %t96 = icmp sle i8 %x, %y
  %t97 = zext i1 %t96 to i64
  call void @print_hex(i64 %t97)
  %t98 = icmp sle i8 %x, 5
  %t99 = zext i1 %t98 to i64
  call void @print_hex(i64 %t99)
  %t100 = icmp sle i8 -3, %y
  %t101 = zext i1 %t100 to i64
  call void @print_hex(i64 %t101)
  %t102 = icmp sgt i8 %x, %y
  %t103 = zext i1 %t102 to i64
  call void @print_hex(i64 %t103)
  %t104 = icmp sgt i8 %x, 5
  %t105 = zext i1 %t104 to i64
  call void @print_hex(i64 %t105)
  %t106 = icmp sgt i8 -3, %y
  %t107 = zext i1 %t106 to i64
  call void @print_hex(i64 %t107)
  %t108 = icmp sge i8 %x, %y
  %t109 = zext i1 %t108 to i64
  call void @print_hex(i64 %t109)
  %t110 = icmp sge i8 %x, 5
  %t111 = zext i1 %t110 to i64
  call void @print_hex(i64 %t111)
  %t112 = icmp sge i8 -3, %y
  %t113 = zext i1 %t112 to i64
  call void @print_hex(i64 %t113)
  %t114 = icmp ult i8 %x, %y
  %t115 = zext i1 %t114 to i64
  call void @print_hex(i64 %t115)
  %t116 = icmp ult i8 %x, 5
  %t117 = zext i1 %t116 to i64
  call void @print_hex(i64 %t117)
  %t118 = icmp ult i8 -3, %y
  %t119 = zext i1 %t118 to i64
  call void @print_hex(i64 %t119)
  %t120 = icmp ule i8 %x, %y
  %t121 = zext i1 %t120 to i64
  call void @print_hex(i64 %t121)
  %t122 = icmp ule i8 %x, 5
  %t123 = zext i1 %t122 to i64
  call void @print_hex(i64 %t123)
  %t124 = icmp ule i8 -3, %y
  %t125 = zext i1 %t124 to i64
  call void @print_hex(i64 %t125)
  %t126 = icmp ugt i8 %x, %y
  %t127 = zext i1 %t126 to i64
  call void @print_hex(i64 %t127)
  %t128 = icmp ugt i8 %x, 5
  %t129 = zext i1 %t128 to i64
  call void @print_hex(i64 %t129)
  %t130 = icmp ugt i8 -3, %y
  %t131 = zext i1 %t130 to i64
  call void @print_hex(i64 %t131)
  %t132 = icmp uge i8 %x, %y
  %t133 = zext i1 %t132 to i64
  call void @print_hex(i64 %t133)
  %t134 = icmp uge i8 %x, 5
  %t135 = zext i1 %t134 to i64
  call void @print_hex(i64 %t135)
  %t136 = icmp uge i8 -3, %y
  %t137 = zext i1 %t136 to i64
  call void @print_hex(i64 %t137)
  %t138 = icmp eq i8 %x, %y
  %t139 = zext i1 %t138 to i64
  call void @print_hex(i64 %t139)
  %t140 = icmp eq i8 %x, 5
  %t141 = zext i1 %t140 to i64
  call void @print_hex(i64 %t141)
  %t142 = icmp eq i8 -3, %y
  %t143 = zext i1 %t142 to i64
  call void @print_hex(i64 %t143)
  %t144 = icmp ne i8 %x, %y
  %t145 = zext i1 %t144 to i64
  call void @print_hex(i64 %t145)
  %t146 = icmp ne i8 %x, 5
  %t147 = zext i1 %t146 to i64
  call void @print_hex(i64 %t147)
  %t148 = icmp ne i8 -3, %y
  %t149 = zext i1 %t148 to i64
  call void @print_hex(i64 %t149)
  ret void
}
define void @run16(i64 %xa, i64 %ya, i64 %sa) {
  %x = trunc i64 %xa to i16
  %y = trunc i64 %ya to i16
  %s = trunc i64 %sa to i16
  %t150 = call i16 @llvm.ctpop.i16(i16 %x)
  %t151 = zext i16 %t150 to i64
  call void @print_hex(i64 %t151)
  %t152 = call i16 @llvm.ctlz.i16(i16 %x, i1 false)
  %t153 = zext i16 %t152 to i64
  call void @print_hex(i64 %t153)
  %t154 = call i16 @llvm.cttz.i16(i16 %x, i1 false)
  %t155 = zext i16 %t154 to i64
  call void @print_hex(i64 %t155)
  %t156 = call i16 @llvm.bswap.i16(i16 %x)
  %t157 = zext i16 %t156 to i64
  call void @print_hex(i64 %t157)
  %t158 = call i16 @llvm.bitreverse.i16(i16 %x)
  %t159 = zext i16 %t158 to i64
  call void @print_hex(i64 %t159)
  %t160 = call i16 @llvm.fshl.i16(i16 %x, i16 %y, i16 %s)
  %t161 = zext i16 %t160 to i64
  call void @print_hex(i64 %t161)
  %t162 = call i16 @llvm.fshl.i16(i16 %x, i16 %x, i16 5)
  %t163 = zext i16 %t162 to i64
  call void @print_hex(i64 %t163)
  %t164 = call i16 @llvm.fshr.i16(i16 %x, i16 %y, i16 %s)
  %t165 = zext i16 %t164 to i64
  call void @print_hex(i64 %t165)
  %t166 = call i16 @llvm.fshr.i16(i16 %x, i16 %x, i16 5)
  %t167 = zext i16 %t166 to i64
  call void @print_hex(i64 %t167)
  %t168 = call i16 @llvm.umin.i16(i16 %x, i16 %y)
  %t169 = zext i16 %t168 to i64
  call void @print_hex(i64 %t169)
  %t170 = call i16 @llvm.umax.i16(i16 %x, i16 %y)
  %t171 = zext i16 %t170 to i64
  call void @print_hex(i64 %t171)
  %t172 = call i16 @llvm.smin.i16(i16 %x, i16 %y)
  %t173 = zext i16 %t172 to i64
  call void @print_hex(i64 %t173)
  %t174 = call i16 @llvm.smax.i16(i16 %x, i16 %y)
  %t175 = zext i16 %t174 to i64
  call void @print_hex(i64 %t175)
  %t176 = call i16 @llvm.uadd.sat.i16(i16 %x, i16 %y)
  %t177 = zext i16 %t176 to i64
  call void @print_hex(i64 %t177)
  %t178 = call i16 @llvm.usub.sat.i16(i16 %x, i16 %y)
  %t179 = zext i16 %t178 to i64
  call void @print_hex(i64 %t179)
  %t180 = call i16 @llvm.sadd.sat.i16(i16 %x, i16 %y)
  %t181 = zext i16 %t180 to i64
  call void @print_hex(i64 %t181)
  %t182 = call i16 @llvm.ssub.sat.i16(i16 %x, i16 %y)
  %t183 = zext i16 %t182 to i64
  call void @print_hex(i64 %t183)
  %t184 = call i8 @llvm.ucmp.i8.i16(i16 %x, i16 %y)
  %t185 = zext i8 %t184 to i64
  call void @print_hex(i64 %t185)
  %t186 = call i8 @llvm.scmp.i8.i16(i16 %x, i16 %y)
  %t187 = zext i8 %t186 to i64
  call void @print_hex(i64 %t187)
  %t188 = call i16 @llvm.abs.i16(i16 %x, i1 false)
  %t189 = zext i16 %t188 to i64
  call void @print_hex(i64 %t189)
  %t190 = call {i16, i1} @llvm.uadd.with.overflow.i16(i16 %x, i16 %y)
  %t191 = extractvalue {i16, i1} %t190, 0
  %t192 = extractvalue {i16, i1} %t190, 1
  %t193 = zext i16 %t191 to i64
  %t194 = zext i1 %t192 to i64
  call void @print_hex(i64 %t193)
  call void @print_u64(i64 %t194)
  %t195 = call {i16, i1} @llvm.sadd.with.overflow.i16(i16 %x, i16 %y)
  %t196 = extractvalue {i16, i1} %t195, 0
  %t197 = extractvalue {i16, i1} %t195, 1
  %t198 = zext i16 %t196 to i64
  %t199 = zext i1 %t197 to i64
  call void @print_hex(i64 %t198)
  call void @print_u64(i64 %t199)
  %t200 = call {i16, i1} @llvm.usub.with.overflow.i16(i16 %x, i16 %y)
  %t201 = extractvalue {i16, i1} %t200, 0
  %t202 = extractvalue {i16, i1} %t200, 1
  %t203 = zext i16 %t201 to i64
  %t204 = zext i1 %t202 to i64
  call void @print_hex(i64 %t203)
  call void @print_u64(i64 %t204)
  %t205 = call {i16, i1} @llvm.ssub.with.overflow.i16(i16 %x, i16 %y)
  %t206 = extractvalue {i16, i1} %t205, 0
  %t207 = extractvalue {i16, i1} %t205, 1
  %t208 = zext i16 %t206 to i64
  %t209 = zext i1 %t207 to i64
  call void @print_hex(i64 %t208)
  call void @print_u64(i64 %t209)
  %t210 = call {i16, i1} @llvm.umul.with.overflow.i16(i16 %x, i16 %y)
  %t211 = extractvalue {i16, i1} %t210, 0
  %t212 = extractvalue {i16, i1} %t210, 1
  %t213 = zext i16 %t211 to i64
  %t214 = zext i1 %t212 to i64
  call void @print_hex(i64 %t213)
  call void @print_u64(i64 %t214)
  %t215 = call {i16, i1} @llvm.smul.with.overflow.i16(i16 %x, i16 %y)
  %t216 = extractvalue {i16, i1} %t215, 0
  %t217 = extractvalue {i16, i1} %t215, 1
  %t218 = zext i16 %t216 to i64
  %t219 = zext i1 %t217 to i64
  call void @print_hex(i64 %t218)
  call void @print_u64(i64 %t219)
  %t220.a = or i16 %y, 3
  %t220 = lshr i16 %t220.a, 1
  %t221 = sdiv i16 %x, %t220
  %t222 = zext i16 %t221 to i64
  call void @print_hex(i64 %t222)
  %t223.a = or i16 %y, 3
  %t223 = lshr i16 %t223.a, 1
  %t224 = srem i16 %x, %t223
  %t225 = zext i16 %t224 to i64
  call void @print_hex(i64 %t225)
  %t226.a = or i16 %y, 3
  %t226 = lshr i16 %t226.a, 1
  %t227 = udiv i16 %x, %t226
  %t228 = zext i16 %t227 to i64
  call void @print_hex(i64 %t228)
  %t229.a = or i16 %y, 3
  %t229 = lshr i16 %t229.a, 1
  %t230 = urem i16 %x, %t229
  %t231 = zext i16 %t230 to i64
  call void @print_hex(i64 %t231)
  %t232 = urem i16 %s, 16
  %t233 = ashr i16 %x, %t232
  %t234 = zext i16 %t233 to i64
  call void @print_hex(i64 %t234)
  %t235 = urem i16 %s, 16
  %t236 = lshr i16 %x, %t235
  %t237 = zext i16 %t236 to i64
  call void @print_hex(i64 %t237)
  %t238 = urem i16 %s, 16
  %t239 = shl i16 %x, %t238
  %t240 = zext i16 %t239 to i64
  call void @print_hex(i64 %t240)
  %t241 = icmp slt i16 %x, %y
  %t242 = zext i1 %t241 to i64
  call void @print_hex(i64 %t242)
  %t243 = icmp slt i16 %x, 5
  %t244 = zext i1 %t243 to i64
  call void @print_hex(i64 %t244)
  %t245 = icmp slt i16 -3, %y
  %t246 = zext i1 %t245 to i64
  call void @print_hex(i64 %t246)
  %t247 = icmp sle i16 %x, %y
  %t248 = zext i1 %t247 to i64
  call void @print_hex(i64 %t248)
  %t249 = icmp sle i16 %x, 5
  %t250 = zext i1 %t249 to i64
  call void @print_hex(i64 %t250)
  %t251 = icmp sle i16 -3, %y
  %t252 = zext i1 %t251 to i64
  call void @print_hex(i64 %t252)
  %t253 = icmp sgt i16 %x, %y
  %t254 = zext i1 %t253 to i64
  call void @print_hex(i64 %t254)
  %t255 = icmp sgt i16 %x, 5
  %t256 = zext i1 %t255 to i64
  call void @print_hex(i64 %t256)
  %t257 = icmp sgt i16 -3, %y
  %t258 = zext i1 %t257 to i64
  call void @print_hex(i64 %t258)
  %t259 = icmp sge i16 %x, %y
  %t260 = zext i1 %t259 to i64
  call void @print_hex(i64 %t260)
  %t261 = icmp sge i16 %x, 5
  %t262 = zext i1 %t261 to i64
  call void @print_hex(i64 %t262)
  %t263 = icmp sge i16 -3, %y
  %t264 = zext i1 %t263 to i64
  call void @print_hex(i64 %t264)
  %t265 = icmp ult i16 %x, %y
  %t266 = zext i1 %t265 to i64
  call void @print_hex(i64 %t266)
  %t267 = icmp ult i16 %x, 5
  %t268 = zext i1 %t267 to i64
  call void @print_hex(i64 %t268)
  %t269 = icmp ult i16 -3, %y
  %t270 = zext i1 %t269 to i64
  call void @print_hex(i64 %t270)
  %t271 = icmp ule i16 %x, %y
  %t272 = zext i1 %t271 to i64
  call void @print_hex(i64 %t272)
  %t273 = icmp ule i16 %x, 5
  %t274 = zext i1 %t273 to i64
  call void @print_hex(i64 %t274)
  %t275 = icmp ule i16 -3, %y
  %t276 = zext i1 %t275 to i64
  call void @print_hex(i64 %t276)
  %t277 = icmp ugt i16 %x, %y
  %t278 = zext i1 %t277 to i64
  call void @print_hex(i64 %t278)
  %t279 = icmp ugt i16 %x, 5
  %t280 = zext i1 %t279 to i64
  call void @print_hex(i64 %t280)
  %t281 = icmp ugt i16 -3, %y
  %t282 = zext i1 %t281 to i64
  call void @print_hex(i64 %t282)
  %t283 = icmp uge i16 %x, %y
  %t284 = zext i1 %t283 to i64
  call void @print_hex(i64 %t284)
  %t285 = icmp uge i16 %x, 5
  %t286 = zext i1 %t285 to i64
  call void @print_hex(i64 %t286)
  %t287 = icmp uge i16 -3, %y
  %t288 = zext i1 %t287 to i64
  call void @print_hex(i64 %t288)
  %t289 = icmp eq i16 %x, %y
  %t290 = zext i1 %t289 to i64
  call void @print_hex(i64 %t290)
  %t291 = icmp eq i16 %x, 5
  %t292 = zext i1 %t291 to i64
  call void @print_hex(i64 %t292)
  %t293 = icmp eq i16 -3, %y
  %t294 = zext i1 %t293 to i64
  call void @print_hex(i64 %t294)
  %t295 = icmp ne i16 %x, %y
  %t296 = zext i1 %t295 to i64
  call void @print_hex(i64 %t296)
  %t297 = icmp ne i16 %x, 5
  %t298 = zext i1 %t297 to i64
  call void @print_hex(i64 %t298)
  %t299 = icmp ne i16 -3, %y
  %t300 = zext i1 %t299 to i64
  call void @print_hex(i64 %t300)
  ret void
}
define void @run32(i64 %xa, i64 %ya, i64 %sa) {
  %x = trunc i64 %xa to i32
  %y = trunc i64 %ya to i32
  %s = trunc i64 %sa to i32
  %t301 = call i32 @llvm.ctpop.i32(i32 %x)
  %t302 = zext i32 %t301 to i64
  call void @print_hex(i64 %t302)
  %t303 = call i32 @llvm.ctlz.i32(i32 %x, i1 false)
  %t304 = zext i32 %t303 to i64
  call void @print_hex(i64 %t304)
  %t305 = call i32 @llvm.cttz.i32(i32 %x, i1 false)
  %t306 = zext i32 %t305 to i64
  call void @print_hex(i64 %t306)
  %t307 = call i32 @llvm.bswap.i32(i32 %x)
  %t308 = zext i32 %t307 to i64
  call void @print_hex(i64 %t308)
  %t309 = call i32 @llvm.bitreverse.i32(i32 %x)
  %t310 = zext i32 %t309 to i64
  call void @print_hex(i64 %t310)
  %t311 = call i32 @llvm.fshl.i32(i32 %x, i32 %y, i32 %s)
  %t312 = zext i32 %t311 to i64
  call void @print_hex(i64 %t312)
  %t313 = call i32 @llvm.fshl.i32(i32 %x, i32 %x, i32 5)
  %t314 = zext i32 %t313 to i64
  call void @print_hex(i64 %t314)
  %t315 = call i32 @llvm.fshr.i32(i32 %x, i32 %y, i32 %s)
  %t316 = zext i32 %t315 to i64
  call void @print_hex(i64 %t316)
  %t317 = call i32 @llvm.fshr.i32(i32 %x, i32 %x, i32 5)
  %t318 = zext i32 %t317 to i64
  call void @print_hex(i64 %t318)
  %t319 = call i32 @llvm.umin.i32(i32 %x, i32 %y)
  %t320 = zext i32 %t319 to i64
  call void @print_hex(i64 %t320)
  %t321 = call i32 @llvm.umax.i32(i32 %x, i32 %y)
  %t322 = zext i32 %t321 to i64
  call void @print_hex(i64 %t322)
  %t323 = call i32 @llvm.smin.i32(i32 %x, i32 %y)
  %t324 = zext i32 %t323 to i64
  call void @print_hex(i64 %t324)
  %t325 = call i32 @llvm.smax.i32(i32 %x, i32 %y)
  %t326 = zext i32 %t325 to i64
  call void @print_hex(i64 %t326)
  %t327 = call i32 @llvm.uadd.sat.i32(i32 %x, i32 %y)
  %t328 = zext i32 %t327 to i64
  call void @print_hex(i64 %t328)
  %t329 = call i32 @llvm.usub.sat.i32(i32 %x, i32 %y)
  %t330 = zext i32 %t329 to i64
  call void @print_hex(i64 %t330)
  %t331 = call i32 @llvm.sadd.sat.i32(i32 %x, i32 %y)
  %t332 = zext i32 %t331 to i64
  call void @print_hex(i64 %t332)
  %t333 = call i32 @llvm.ssub.sat.i32(i32 %x, i32 %y)
  %t334 = zext i32 %t333 to i64
  call void @print_hex(i64 %t334)
  %t335 = call i8 @llvm.ucmp.i8.i32(i32 %x, i32 %y)
  %t336 = zext i8 %t335 to i64
  call void @print_hex(i64 %t336)
  %t337 = call i8 @llvm.scmp.i8.i32(i32 %x, i32 %y)
  %t338 = zext i8 %t337 to i64
  call void @print_hex(i64 %t338)
  %t339 = call i32 @llvm.abs.i32(i32 %x, i1 false)
  %t340 = zext i32 %t339 to i64
  call void @print_hex(i64 %t340)
  %t341 = call {i32, i1} @llvm.uadd.with.overflow.i32(i32 %x, i32 %y)
  %t342 = extractvalue {i32, i1} %t341, 0
  %t343 = extractvalue {i32, i1} %t341, 1
  %t344 = zext i32 %t342 to i64
  %t345 = zext i1 %t343 to i64
  call void @print_hex(i64 %t344)
  call void @print_u64(i64 %t345)
  %t346 = call {i32, i1} @llvm.sadd.with.overflow.i32(i32 %x, i32 %y)
  %t347 = extractvalue {i32, i1} %t346, 0
  %t348 = extractvalue {i32, i1} %t346, 1
  %t349 = zext i32 %t347 to i64
  %t350 = zext i1 %t348 to i64
  call void @print_hex(i64 %t349)
  call void @print_u64(i64 %t350)
  %t351 = call {i32, i1} @llvm.usub.with.overflow.i32(i32 %x, i32 %y)
  %t352 = extractvalue {i32, i1} %t351, 0
  %t353 = extractvalue {i32, i1} %t351, 1
  %t354 = zext i32 %t352 to i64
  %t355 = zext i1 %t353 to i64
  call void @print_hex(i64 %t354)
  call void @print_u64(i64 %t355)
  %t356 = call {i32, i1} @llvm.ssub.with.overflow.i32(i32 %x, i32 %y)
  %t357 = extractvalue {i32, i1} %t356, 0
  %t358 = extractvalue {i32, i1} %t356, 1
  %t359 = zext i32 %t357 to i64
  %t360 = zext i1 %t358 to i64
  call void @print_hex(i64 %t359)
  call void @print_u64(i64 %t360)
  %t361 = call {i32, i1} @llvm.umul.with.overflow.i32(i32 %x, i32 %y)
  %t362 = extractvalue {i32, i1} %t361, 0
  %t363 = extractvalue {i32, i1} %t361, 1
  %t364 = zext i32 %t362 to i64
  %t365 = zext i1 %t363 to i64
  call void @print_hex(i64 %t364)
  call void @print_u64(i64 %t365)
  %t366 = call {i32, i1} @llvm.smul.with.overflow.i32(i32 %x, i32 %y)
  %t367 = extractvalue {i32, i1} %t366, 0
  %t368 = extractvalue {i32, i1} %t366, 1
  %t369 = zext i32 %t367 to i64
  %t370 = zext i1 %t368 to i64
  call void @print_hex(i64 %t369)
  call void @print_u64(i64 %t370)
  %t371.a = or i32 %y, 3
  %t371 = lshr i32 %t371.a, 1
  %t372 = sdiv i32 %x, %t371
  %t373 = zext i32 %t372 to i64
  call void @print_hex(i64 %t373)
  %t374.a = or i32 %y, 3
  %t374 = lshr i32 %t374.a, 1
  %t375 = srem i32 %x, %t374
  %t376 = zext i32 %t375 to i64
  call void @print_hex(i64 %t376)
  %t377.a = or i32 %y, 3
  %t377 = lshr i32 %t377.a, 1
  %t378 = udiv i32 %x, %t377
  %t379 = zext i32 %t378 to i64
  call void @print_hex(i64 %t379)
  %t380.a = or i32 %y, 3
  %t380 = lshr i32 %t380.a, 1
  %t381 = urem i32 %x, %t380
  %t382 = zext i32 %t381 to i64
  call void @print_hex(i64 %t382)
  %t383 = urem i32 %s, 32
  %t384 = ashr i32 %x, %t383
  %t385 = zext i32 %t384 to i64
  call void @print_hex(i64 %t385)
  %t386 = urem i32 %s, 32
  %t387 = lshr i32 %x, %t386
  %t388 = zext i32 %t387 to i64
  call void @print_hex(i64 %t388)
  %t389 = urem i32 %s, 32
  %t390 = shl i32 %x, %t389
  %t391 = zext i32 %t390 to i64
  call void @print_hex(i64 %t391)
  %t392 = icmp slt i32 %x, %y
  %t393 = zext i1 %t392 to i64
  call void @print_hex(i64 %t393)
  %t394 = icmp slt i32 %x, 5
  %t395 = zext i1 %t394 to i64
  call void @print_hex(i64 %t395)
  %t396 = icmp slt i32 -3, %y
  %t397 = zext i1 %t396 to i64
  call void @print_hex(i64 %t397)
  %t398 = icmp sle i32 %x, %y
  %t399 = zext i1 %t398 to i64
  call void @print_hex(i64 %t399)
  %t400 = icmp sle i32 %x, 5
  %t401 = zext i1 %t400 to i64
  call void @print_hex(i64 %t401)
  %t402 = icmp sle i32 -3, %y
  %t403 = zext i1 %t402 to i64
  call void @print_hex(i64 %t403)
  %t404 = icmp sgt i32 %x, %y
  %t405 = zext i1 %t404 to i64
  call void @print_hex(i64 %t405)
  %t406 = icmp sgt i32 %x, 5
  %t407 = zext i1 %t406 to i64
  call void @print_hex(i64 %t407)
  %t408 = icmp sgt i32 -3, %y
  %t409 = zext i1 %t408 to i64
  call void @print_hex(i64 %t409)
  %t410 = icmp sge i32 %x, %y
  %t411 = zext i1 %t410 to i64
  call void @print_hex(i64 %t411)
  %t412 = icmp sge i32 %x, 5
  %t413 = zext i1 %t412 to i64
  call void @print_hex(i64 %t413)
  %t414 = icmp sge i32 -3, %y
  %t415 = zext i1 %t414 to i64
  call void @print_hex(i64 %t415)
  %t416 = icmp ult i32 %x, %y
  %t417 = zext i1 %t416 to i64
  call void @print_hex(i64 %t417)
  %t418 = icmp ult i32 %x, 5
  %t419 = zext i1 %t418 to i64
  call void @print_hex(i64 %t419)
  %t420 = icmp ult i32 -3, %y
  %t421 = zext i1 %t420 to i64
  call void @print_hex(i64 %t421)
  %t422 = icmp ule i32 %x, %y
  %t423 = zext i1 %t422 to i64
  call void @print_hex(i64 %t423)
  %t424 = icmp ule i32 %x, 5
  %t425 = zext i1 %t424 to i64
  call void @print_hex(i64 %t425)
  %t426 = icmp ule i32 -3, %y
  %t427 = zext i1 %t426 to i64
  call void @print_hex(i64 %t427)
  %t428 = icmp ugt i32 %x, %y
  %t429 = zext i1 %t428 to i64
  call void @print_hex(i64 %t429)
  %t430 = icmp ugt i32 %x, 5
  %t431 = zext i1 %t430 to i64
  call void @print_hex(i64 %t431)
  %t432 = icmp ugt i32 -3, %y
  %t433 = zext i1 %t432 to i64
  call void @print_hex(i64 %t433)
  %t434 = icmp uge i32 %x, %y
  %t435 = zext i1 %t434 to i64
  call void @print_hex(i64 %t435)
  %t436 = icmp uge i32 %x, 5
  %t437 = zext i1 %t436 to i64
  call void @print_hex(i64 %t437)
  %t438 = icmp uge i32 -3, %y
  %t439 = zext i1 %t438 to i64
  call void @print_hex(i64 %t439)
  %t440 = icmp eq i32 %x, %y
  %t441 = zext i1 %t440 to i64
  call void @print_hex(i64 %t441)
  %t442 = icmp eq i32 %x, 5
  %t443 = zext i1 %t442 to i64
  call void @print_hex(i64 %t443)
  %t444 = icmp eq i32 -3, %y
  %t445 = zext i1 %t444 to i64
  call void @print_hex(i64 %t445)
  %t446 = icmp ne i32 %x, %y
  %t447 = zext i1 %t446 to i64
  call void @print_hex(i64 %t447)
  %t448 = icmp ne i32 %x, 5
  %t449 = zext i1 %t448 to i64
  call void @print_hex(i64 %t449)
  %t450 = icmp ne i32 -3, %y
  %t451 = zext i1 %t450 to i64
  call void @print_hex(i64 %t451)
  ret void
}
define void @run64(i64 %xa, i64 %ya, i64 %sa) {
  %x = add i64 %xa, 0
  %y = add i64 %ya, 0
  %s = add i64 %sa, 0
  %t452 = call i64 @llvm.ctpop.i64(i64 %x)
  call void @print_hex(i64 %t452)
  %t453 = call i64 @llvm.ctlz.i64(i64 %x, i1 false)
  call void @print_hex(i64 %t453)
  %t454 = call i64 @llvm.cttz.i64(i64 %x, i1 false)
  call void @print_hex(i64 %t454)
  %t455 = call i64 @llvm.bswap.i64(i64 %x)
  call void @print_hex(i64 %t455)
  %t456 = call i64 @llvm.bitreverse.i64(i64 %x)
  call void @print_hex(i64 %t456)
  %t457 = call i64 @llvm.fshl.i64(i64 %x, i64 %y, i64 %s)
  call void @print_hex(i64 %t457)
  %t458 = call i64 @llvm.fshl.i64(i64 %x, i64 %x, i64 5)
  call void @print_hex(i64 %t458)
  %t459 = call i64 @llvm.fshr.i64(i64 %x, i64 %y, i64 %s)
  call void @print_hex(i64 %t459)
  %t460 = call i64 @llvm.fshr.i64(i64 %x, i64 %x, i64 5)
  call void @print_hex(i64 %t460)
  %t461 = call i64 @llvm.umin.i64(i64 %x, i64 %y)
  call void @print_hex(i64 %t461)
  %t462 = call i64 @llvm.umax.i64(i64 %x, i64 %y)
  call void @print_hex(i64 %t462)
  %t463 = call i64 @llvm.smin.i64(i64 %x, i64 %y)
  call void @print_hex(i64 %t463)
  %t464 = call i64 @llvm.smax.i64(i64 %x, i64 %y)
  call void @print_hex(i64 %t464)
  %t465 = call i64 @llvm.uadd.sat.i64(i64 %x, i64 %y)
  call void @print_hex(i64 %t465)
  %t466 = call i64 @llvm.usub.sat.i64(i64 %x, i64 %y)
  call void @print_hex(i64 %t466)
  %t467 = call i64 @llvm.sadd.sat.i64(i64 %x, i64 %y)
  call void @print_hex(i64 %t467)
  %t468 = call i64 @llvm.ssub.sat.i64(i64 %x, i64 %y)
  call void @print_hex(i64 %t468)
  %t469 = call i8 @llvm.ucmp.i8.i64(i64 %x, i64 %y)
  %t470 = zext i8 %t469 to i64
  call void @print_hex(i64 %t470)
  %t471 = call i8 @llvm.scmp.i8.i64(i64 %x, i64 %y)
  %t472 = zext i8 %t471 to i64
  call void @print_hex(i64 %t472)
  %t473 = call i64 @llvm.abs.i64(i64 %x, i1 false)
  call void @print_hex(i64 %t473)
  %t474 = call {i64, i1} @llvm.uadd.with.overflow.i64(i64 %x, i64 %y)
  %t475 = extractvalue {i64, i1} %t474, 0
  %t476 = extractvalue {i64, i1} %t474, 1
  %t477 = add i64 %t475, 0
  %t478 = zext i1 %t476 to i64
  call void @print_hex(i64 %t477)
  call void @print_u64(i64 %t478)
  %t479 = call {i64, i1} @llvm.sadd.with.overflow.i64(i64 %x, i64 %y)
  %t480 = extractvalue {i64, i1} %t479, 0
  %t481 = extractvalue {i64, i1} %t479, 1
  %t482 = add i64 %t480, 0
  %t483 = zext i1 %t481 to i64
  call void @print_hex(i64 %t482)
  call void @print_u64(i64 %t483)
  %t484 = call {i64, i1} @llvm.usub.with.overflow.i64(i64 %x, i64 %y)
  %t485 = extractvalue {i64, i1} %t484, 0
  %t486 = extractvalue {i64, i1} %t484, 1
  %t487 = add i64 %t485, 0
  %t488 = zext i1 %t486 to i64
  call void @print_hex(i64 %t487)
  call void @print_u64(i64 %t488)
  %t489 = call {i64, i1} @llvm.ssub.with.overflow.i64(i64 %x, i64 %y)
  %t490 = extractvalue {i64, i1} %t489, 0
  %t491 = extractvalue {i64, i1} %t489, 1
  %t492 = add i64 %t490, 0
  %t493 = zext i1 %t491 to i64
  call void @print_hex(i64 %t492)
  call void @print_u64(i64 %t493)
  %t494 = call {i64, i1} @llvm.umul.with.overflow.i64(i64 %x, i64 %y)
  %t495 = extractvalue {i64, i1} %t494, 0
  %t496 = extractvalue {i64, i1} %t494, 1
  %t497 = add i64 %t495, 0
  %t498 = zext i1 %t496 to i64
  call void @print_hex(i64 %t497)
  call void @print_u64(i64 %t498)
  %t499 = call {i64, i1} @llvm.smul.with.overflow.i64(i64 %x, i64 %y)
  %t500 = extractvalue {i64, i1} %t499, 0
  %t501 = extractvalue {i64, i1} %t499, 1
  %t502 = add i64 %t500, 0
  %t503 = zext i1 %t501 to i64
  call void @print_hex(i64 %t502)
  call void @print_u64(i64 %t503)
  %t504.a = or i64 %y, 3
  %t504 = lshr i64 %t504.a, 1
  %t505 = sdiv i64 %x, %t504
  call void @print_hex(i64 %t505)
  %t506.a = or i64 %y, 3
  %t506 = lshr i64 %t506.a, 1
  %t507 = srem i64 %x, %t506
  call void @print_hex(i64 %t507)
  %t508.a = or i64 %y, 3
  %t508 = lshr i64 %t508.a, 1
  %t509 = udiv i64 %x, %t508
  call void @print_hex(i64 %t509)
  %t510.a = or i64 %y, 3
  %t510 = lshr i64 %t510.a, 1
  %t511 = urem i64 %x, %t510
  call void @print_hex(i64 %t511)
  %t512 = urem i64 %s, 64
  %t513 = ashr i64 %x, %t512
  call void @print_hex(i64 %t513)
  %t514 = urem i64 %s, 64
  %t515 = lshr i64 %x, %t514
  call void @print_hex(i64 %t515)
  %t516 = urem i64 %s, 64
  %t517 = shl i64 %x, %t516
  call void @print_hex(i64 %t517)
  %t518 = icmp slt i64 %x, %y
  %t519 = zext i1 %t518 to i64
  call void @print_hex(i64 %t519)
  %t520 = icmp slt i64 %x, 5
  %t521 = zext i1 %t520 to i64
  call void @print_hex(i64 %t521)
  %t522 = icmp slt i64 -3, %y
  %t523 = zext i1 %t522 to i64
  call void @print_hex(i64 %t523)
  %t524 = icmp sle i64 %x, %y
  %t525 = zext i1 %t524 to i64
  call void @print_hex(i64 %t525)
  %t526 = icmp sle i64 %x, 5
  %t527 = zext i1 %t526 to i64
  call void @print_hex(i64 %t527)
  %t528 = icmp sle i64 -3, %y
  %t529 = zext i1 %t528 to i64
  call void @print_hex(i64 %t529)
  %t530 = icmp sgt i64 %x, %y
  %t531 = zext i1 %t530 to i64
  call void @print_hex(i64 %t531)
  %t532 = icmp sgt i64 %x, 5
  %t533 = zext i1 %t532 to i64
  call void @print_hex(i64 %t533)
  %t534 = icmp sgt i64 -3, %y
  %t535 = zext i1 %t534 to i64
  call void @print_hex(i64 %t535)
  %t536 = icmp sge i64 %x, %y
  %t537 = zext i1 %t536 to i64
  call void @print_hex(i64 %t537)
  %t538 = icmp sge i64 %x, 5
  %t539 = zext i1 %t538 to i64
  call void @print_hex(i64 %t539)
  %t540 = icmp sge i64 -3, %y
  %t541 = zext i1 %t540 to i64
  call void @print_hex(i64 %t541)
  %t542 = icmp ult i64 %x, %y
  %t543 = zext i1 %t542 to i64
  call void @print_hex(i64 %t543)
  %t544 = icmp ult i64 %x, 5
  %t545 = zext i1 %t544 to i64
  call void @print_hex(i64 %t545)
  %t546 = icmp ult i64 -3, %y
  %t547 = zext i1 %t546 to i64
  call void @print_hex(i64 %t547)
  %t548 = icmp ule i64 %x, %y
  %t549 = zext i1 %t548 to i64
  call void @print_hex(i64 %t549)
  %t550 = icmp ule i64 %x, 5
  %t551 = zext i1 %t550 to i64
  call void @print_hex(i64 %t551)
  %t552 = icmp ule i64 -3, %y
  %t553 = zext i1 %t552 to i64
  call void @print_hex(i64 %t553)
  %t554 = icmp ugt i64 %x, %y
  %t555 = zext i1 %t554 to i64
  call void @print_hex(i64 %t555)
  %t556 = icmp ugt i64 %x, 5
  %t557 = zext i1 %t556 to i64
  call void @print_hex(i64 %t557)
  %t558 = icmp ugt i64 -3, %y
  %t559 = zext i1 %t558 to i64
  call void @print_hex(i64 %t559)
  %t560 = icmp uge i64 %x, %y
  %t561 = zext i1 %t560 to i64
  call void @print_hex(i64 %t561)
  %t562 = icmp uge i64 %x, 5
  %t563 = zext i1 %t562 to i64
  call void @print_hex(i64 %t563)
  %t564 = icmp uge i64 -3, %y
  %t565 = zext i1 %t564 to i64
  call void @print_hex(i64 %t565)
  %t566 = icmp eq i64 %x, %y
  %t567 = zext i1 %t566 to i64
  call void @print_hex(i64 %t567)
  %t568 = icmp eq i64 %x, 5
  %t569 = zext i1 %t568 to i64
  call void @print_hex(i64 %t569)
  %t570 = icmp eq i64 -3, %y
  %t571 = zext i1 %t570 to i64
  call void @print_hex(i64 %t571)
  %t572 = icmp ne i64 %x, %y
  %t573 = zext i1 %t572 to i64
  call void @print_hex(i64 %t573)
  %t574 = icmp ne i64 %x, 5
  %t575 = zext i1 %t574 to i64
  call void @print_hex(i64 %t575)
  %t576 = icmp ne i64 -3, %y
  %t577 = zext i1 %t576 to i64
  call void @print_hex(i64 %t577)
  ret void
}
define i32 @main() {
entry:
  br label %outer
outer:
  %i = phi i64 [ 0, %entry ], [ %i1, %inner.end ]
  %px = getelementptr [8 x i64], ptr @inputs, i64 0, i64 %i
  %x = load volatile i64, ptr %px
  br label %inner
inner:
  %j = phi i64 [ 0, %outer ], [ %j1, %inner ]
  %py = getelementptr [8 x i64], ptr @inputs, i64 0, i64 %j
  %y = load volatile i64, ptr %py
  %ps = getelementptr [8 x i64], ptr @amts, i64 0, i64 %j
  %s = load volatile i64, ptr %ps
  call void @run8(i64 %x, i64 %y, i64 %s)
  call void @run16(i64 %x, i64 %y, i64 %s)
  call void @run32(i64 %x, i64 %y, i64 %s)
  call void @run64(i64 %x, i64 %y, i64 %s)
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
declare i16 @llvm.abs.i16(i16, i1)
declare i16 @llvm.bitreverse.i16(i16)
declare i16 @llvm.bswap.i16(i16)
declare i16 @llvm.ctlz.i16(i16, i1)
declare i16 @llvm.ctpop.i16(i16)
declare i16 @llvm.cttz.i16(i16, i1)
declare i16 @llvm.fshl.i16(i16, i16, i16)
declare i16 @llvm.fshr.i16(i16, i16, i16)
declare i16 @llvm.sadd.sat.i16(i16, i16)
declare i16 @llvm.smax.i16(i16, i16)
declare i16 @llvm.smin.i16(i16, i16)
declare i16 @llvm.ssub.sat.i16(i16, i16)
declare i16 @llvm.uadd.sat.i16(i16, i16)
declare i16 @llvm.umax.i16(i16, i16)
declare i16 @llvm.umin.i16(i16, i16)
declare i16 @llvm.usub.sat.i16(i16, i16)
declare i32 @llvm.abs.i32(i32, i1)
declare i32 @llvm.bitreverse.i32(i32)
declare i32 @llvm.bswap.i32(i32)
declare i32 @llvm.ctlz.i32(i32, i1)
declare i32 @llvm.ctpop.i32(i32)
declare i32 @llvm.cttz.i32(i32, i1)
declare i32 @llvm.fshl.i32(i32, i32, i32)
declare i32 @llvm.fshr.i32(i32, i32, i32)
declare i32 @llvm.sadd.sat.i32(i32, i32)
declare i32 @llvm.smax.i32(i32, i32)
declare i32 @llvm.smin.i32(i32, i32)
declare i32 @llvm.ssub.sat.i32(i32, i32)
declare i32 @llvm.uadd.sat.i32(i32, i32)
declare i32 @llvm.umax.i32(i32, i32)
declare i32 @llvm.umin.i32(i32, i32)
declare i32 @llvm.usub.sat.i32(i32, i32)
declare i64 @llvm.abs.i64(i64, i1)
declare i64 @llvm.bitreverse.i64(i64)
declare i64 @llvm.bswap.i64(i64)
declare i64 @llvm.ctlz.i64(i64, i1)
declare i64 @llvm.ctpop.i64(i64)
declare i64 @llvm.cttz.i64(i64, i1)
declare i64 @llvm.fshl.i64(i64, i64, i64)
declare i64 @llvm.fshr.i64(i64, i64, i64)
declare i64 @llvm.sadd.sat.i64(i64, i64)
declare i64 @llvm.smax.i64(i64, i64)
declare i64 @llvm.smin.i64(i64, i64)
declare i64 @llvm.ssub.sat.i64(i64, i64)
declare i64 @llvm.uadd.sat.i64(i64, i64)
declare i64 @llvm.umax.i64(i64, i64)
declare i64 @llvm.umin.i64(i64, i64)
declare i64 @llvm.usub.sat.i64(i64, i64)
declare i8 @llvm.abs.i8(i8, i1)
declare i8 @llvm.bitreverse.i8(i8)
declare i8 @llvm.ctlz.i8(i8, i1)
declare i8 @llvm.ctpop.i8(i8)
declare i8 @llvm.cttz.i8(i8, i1)
declare i8 @llvm.fshl.i8(i8, i8, i8)
declare i8 @llvm.fshr.i8(i8, i8, i8)
declare i8 @llvm.sadd.sat.i8(i8, i8)
declare i8 @llvm.scmp.i8.i16(i16, i16)
declare i8 @llvm.scmp.i8.i32(i32, i32)
declare i8 @llvm.scmp.i8.i64(i64, i64)
declare i8 @llvm.scmp.i8.i8(i8, i8)
declare i8 @llvm.smax.i8(i8, i8)
declare i8 @llvm.smin.i8(i8, i8)
declare i8 @llvm.ssub.sat.i8(i8, i8)
declare i8 @llvm.uadd.sat.i8(i8, i8)
declare i8 @llvm.ucmp.i8.i16(i16, i16)
declare i8 @llvm.ucmp.i8.i32(i32, i32)
declare i8 @llvm.ucmp.i8.i64(i64, i64)
declare i8 @llvm.ucmp.i8.i8(i8, i8)
declare i8 @llvm.umax.i8(i8, i8)
declare i8 @llvm.umin.i8(i8, i8)
declare i8 @llvm.usub.sat.i8(i8, i8)
declare {i16, i1} @llvm.sadd.with.overflow.i16(i16, i16)
declare {i16, i1} @llvm.smul.with.overflow.i16(i16, i16)
declare {i16, i1} @llvm.ssub.with.overflow.i16(i16, i16)
declare {i16, i1} @llvm.uadd.with.overflow.i16(i16, i16)
declare {i16, i1} @llvm.umul.with.overflow.i16(i16, i16)
declare {i16, i1} @llvm.usub.with.overflow.i16(i16, i16)
declare {i32, i1} @llvm.sadd.with.overflow.i32(i32, i32)
declare {i32, i1} @llvm.smul.with.overflow.i32(i32, i32)
declare {i32, i1} @llvm.ssub.with.overflow.i32(i32, i32)
declare {i32, i1} @llvm.uadd.with.overflow.i32(i32, i32)
declare {i32, i1} @llvm.umul.with.overflow.i32(i32, i32)
declare {i32, i1} @llvm.usub.with.overflow.i32(i32, i32)
declare {i64, i1} @llvm.sadd.with.overflow.i64(i64, i64)
declare {i64, i1} @llvm.smul.with.overflow.i64(i64, i64)
declare {i64, i1} @llvm.ssub.with.overflow.i64(i64, i64)
declare {i64, i1} @llvm.uadd.with.overflow.i64(i64, i64)
declare {i64, i1} @llvm.umul.with.overflow.i64(i64, i64)
declare {i64, i1} @llvm.usub.with.overflow.i64(i64, i64)
declare {i8, i1} @llvm.sadd.with.overflow.i8(i8, i8)
declare {i8, i1} @llvm.smul.with.overflow.i8(i8, i8)
declare {i8, i1} @llvm.ssub.with.overflow.i8(i8, i8)
declare {i8, i1} @llvm.uadd.with.overflow.i8(i8, i8)
declare {i8, i1} @llvm.umul.with.overflow.i8(i8, i8)
declare {i8, i1} @llvm.usub.with.overflow.i8(i8, i8)
