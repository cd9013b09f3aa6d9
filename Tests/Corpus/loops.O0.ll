; ModuleID = 'loops.c'
source_filename = "loops.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [11 x i8] c"total: %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [28 x i8] c"pythagoras: %d %d after %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [11 x i8] c"steps: %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [30 x i8] c"do-while: k=%d iterations=%d\0A\00", align 1
@.str.4 = private unnamed_addr constant [11 x i8] c"tri: %lld\0A\00", align 1
@.str.5 = private unnamed_addr constant [11 x i8] c"evens: %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [10 x i8] c"down: %d\0A\00", align 1
@.str.7 = private unnamed_addr constant [9 x i8] c"acc: %g\0A\00", align 1
@.str.8 = private unnamed_addr constant [3 x i8] c"%d\00", align 1
@.str.9 = private unnamed_addr constant [2 x i8] c"|\00", align 1
@.str.10 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i64, align 8
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca i32, align 4
  %21 = alloca i32, align 4
  %22 = alloca double, align 8
  %23 = alloca double, align 8
  %24 = alloca i32, align 4
  %25 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4
  store i32 0, ptr %3, align 4
  br label %26

26:                                               ; preds = %60, %0
  %27 = load i32, ptr %3, align 4
  %28 = icmp slt i32 %27, 10
  br i1 %28, label %29, label %63

29:                                               ; preds = %26
  %30 = load i32, ptr %3, align 4
  %31 = srem i32 %30, 3
  %32 = icmp eq i32 %31, 0
  br i1 %32, label %33, label %34

33:                                               ; preds = %29
  br label %60

34:                                               ; preds = %29
  store i32 0, ptr %4, align 4
  br label %35

35:                                               ; preds = %56, %34
  %36 = load i32, ptr %4, align 4
  %37 = icmp slt i32 %36, 10
  br i1 %37, label %38, label %59

38:                                               ; preds = %35
  %39 = load i32, ptr %4, align 4
  %40 = load i32, ptr %3, align 4
  %41 = icmp sgt i32 %39, %40
  br i1 %41, label %42, label %43

42:                                               ; preds = %38
  br label %59

43:                                               ; preds = %38
  %44 = load i32, ptr %3, align 4
  %45 = load i32, ptr %4, align 4
  %46 = add nsw i32 %44, %45
  %47 = srem i32 %46, 2
  %48 = icmp ne i32 %47, 0
  br i1 %48, label %49, label %50

49:                                               ; preds = %43
  br label %56

50:                                               ; preds = %43
  %51 = load i32, ptr %3, align 4
  %52 = load i32, ptr %4, align 4
  %53 = mul nsw i32 %51, %52
  %54 = load i32, ptr %2, align 4
  %55 = add nsw i32 %54, %53
  store i32 %55, ptr %2, align 4
  br label %56

56:                                               ; preds = %50, %49
  %57 = load i32, ptr %4, align 4
  %58 = add nsw i32 %57, 1
  store i32 %58, ptr %4, align 4
  br label %35, !llvm.loop !6

59:                                               ; preds = %42, %35
  br label %60

60:                                               ; preds = %59, %33
  %61 = load i32, ptr %3, align 4
  %62 = add nsw i32 %61, 1
  store i32 %62, ptr %3, align 4
  br label %26, !llvm.loop !8

63:                                               ; preds = %26
  %64 = load i32, ptr %2, align 4
  %65 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %64)
  store i32 0, ptr %5, align 4
  store i32 -1, ptr %6, align 4
  store i32 -1, ptr %7, align 4
  store i32 1, ptr %8, align 4
  br label %66

66:                                               ; preds = %101, %63
  %67 = load i32, ptr %8, align 4
  %68 = icmp slt i32 %67, 50
  br i1 %68, label %69, label %72

69:                                               ; preds = %66
  %70 = load i32, ptr %6, align 4
  %71 = icmp slt i32 %70, 0
  br label %72

72:                                               ; preds = %69, %66
  %73 = phi i1 [ false, %66 ], [ %71, %69 ]
  br i1 %73, label %74, label %104

74:                                               ; preds = %72
  %75 = load i32, ptr %8, align 4
  store i32 %75, ptr %9, align 4
  br label %76

76:                                               ; preds = %97, %74
  %77 = load i32, ptr %9, align 4
  %78 = icmp slt i32 %77, 50
  br i1 %78, label %79, label %100

79:                                               ; preds = %76
  %80 = load i32, ptr %5, align 4
  %81 = add nsw i32 %80, 1
  store i32 %81, ptr %5, align 4
  %82 = load i32, ptr %8, align 4
  %83 = load i32, ptr %8, align 4
  %84 = mul nsw i32 %82, %83
  %85 = load i32, ptr %9, align 4
  %86 = load i32, ptr %9, align 4
  %87 = mul nsw i32 %85, %86
  %88 = add nsw i32 %84, %87
  %89 = icmp eq i32 %88, 625
  br i1 %89, label %90, label %96

90:                                               ; preds = %79
  %91 = load i32, ptr %8, align 4
  %92 = icmp sgt i32 %91, 10
  br i1 %92, label %93, label %96

93:                                               ; preds = %90
  %94 = load i32, ptr %8, align 4
  store i32 %94, ptr %6, align 4
  %95 = load i32, ptr %9, align 4
  store i32 %95, ptr %7, align 4
  br label %100

96:                                               ; preds = %90, %79
  br label %97

97:                                               ; preds = %96
  %98 = load i32, ptr %9, align 4
  %99 = add nsw i32 %98, 1
  store i32 %99, ptr %9, align 4
  br label %76, !llvm.loop !9

100:                                              ; preds = %93, %76
  br label %101

101:                                              ; preds = %100
  %102 = load i32, ptr %8, align 4
  %103 = add nsw i32 %102, 1
  store i32 %103, ptr %8, align 4
  br label %66, !llvm.loop !10

104:                                              ; preds = %72
  %105 = load i32, ptr %6, align 4
  %106 = load i32, ptr %7, align 4
  %107 = load i32, ptr %5, align 4
  %108 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %105, i32 noundef %106, i32 noundef %107)
  store i32 1, ptr %10, align 4
  store i32 0, ptr %11, align 4
  br label %109

109:                                              ; preds = %112, %104
  %110 = load i32, ptr %10, align 4
  %111 = icmp ne i32 %110, 0
  br i1 %111, label %112, label %117

112:                                              ; preds = %109
  %113 = load i32, ptr %10, align 4
  %114 = shl i32 %113, 1
  store i32 %114, ptr %10, align 4
  %115 = load i32, ptr %11, align 4
  %116 = add nsw i32 %115, 1
  store i32 %116, ptr %11, align 4
  br label %109, !llvm.loop !11

117:                                              ; preds = %109
  %118 = load i32, ptr %11, align 4
  %119 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %118)
  store i32 100, ptr %12, align 4
  store i32 0, ptr %13, align 4
  br label %120

120:                                              ; preds = %125, %117
  %121 = load i32, ptr %12, align 4
  %122 = sub nsw i32 %121, 7
  store i32 %122, ptr %12, align 4
  %123 = load i32, ptr %13, align 4
  %124 = add nsw i32 %123, 1
  store i32 %124, ptr %13, align 4
  br label %125

125:                                              ; preds = %120
  %126 = load i32, ptr %12, align 4
  %127 = icmp sgt i32 %126, 0
  br i1 %127, label %120, label %128, !llvm.loop !12

128:                                              ; preds = %125
  %129 = load i32, ptr %12, align 4
  %130 = load i32, ptr %13, align 4
  %131 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %129, i32 noundef %130)
  store i64 0, ptr %14, align 8
  store i32 0, ptr %15, align 4
  br label %132

132:                                              ; preds = %163, %128
  %133 = load i32, ptr %15, align 4
  %134 = icmp slt i32 %133, 30
  br i1 %134, label %135, label %166

135:                                              ; preds = %132
  store i32 0, ptr %16, align 4
  br label %136

136:                                              ; preds = %159, %135
  %137 = load i32, ptr %16, align 4
  %138 = load i32, ptr %15, align 4
  %139 = icmp sle i32 %137, %138
  br i1 %139, label %140, label %162

140:                                              ; preds = %136
  store i32 0, ptr %17, align 4
  br label %141

141:                                              ; preds = %155, %140
  %142 = load i32, ptr %17, align 4
  %143 = load i32, ptr %16, align 4
  %144 = icmp sle i32 %142, %143
  br i1 %144, label %145, label %158

145:                                              ; preds = %141
  %146 = load i32, ptr %15, align 4
  %147 = load i32, ptr %16, align 4
  %148 = xor i32 %146, %147
  %149 = load i32, ptr %17, align 4
  %150 = xor i32 %148, %149
  %151 = and i32 %150, 1
  %152 = sext i32 %151 to i64
  %153 = load i64, ptr %14, align 8
  %154 = add nsw i64 %153, %152
  store i64 %154, ptr %14, align 8
  br label %155

155:                                              ; preds = %145
  %156 = load i32, ptr %17, align 4
  %157 = add nsw i32 %156, 1
  store i32 %157, ptr %17, align 4
  br label %141, !llvm.loop !13

158:                                              ; preds = %141
  br label %159

159:                                              ; preds = %158
  %160 = load i32, ptr %16, align 4
  %161 = add nsw i32 %160, 1
  store i32 %161, ptr %16, align 4
  br label %136, !llvm.loop !14

162:                                              ; preds = %136
  br label %163

163:                                              ; preds = %162
  %164 = load i32, ptr %15, align 4
  %165 = add nsw i32 %164, 1
  store i32 %165, ptr %15, align 4
  br label %132, !llvm.loop !15

166:                                              ; preds = %132
  %167 = load i64, ptr %14, align 8
  %168 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i64 noundef %167)
  store i32 0, ptr %18, align 4
  store i32 0, ptr %19, align 4
  br label %169

169:                                              ; preds = %179, %178, %166
  %170 = load i32, ptr %18, align 4
  %171 = add nsw i32 %170, 1
  store i32 %171, ptr %18, align 4
  %172 = icmp sgt i32 %171, 40
  br i1 %172, label %173, label %174

173:                                              ; preds = %169
  br label %183

174:                                              ; preds = %169
  %175 = load i32, ptr %18, align 4
  %176 = and i32 %175, 1
  %177 = icmp ne i32 %176, 0
  br i1 %177, label %178, label %179

178:                                              ; preds = %174
  br label %169

179:                                              ; preds = %174
  %180 = load i32, ptr %18, align 4
  %181 = load i32, ptr %19, align 4
  %182 = add nsw i32 %181, %180
  store i32 %182, ptr %19, align 4
  br label %169

183:                                              ; preds = %173
  %184 = load i32, ptr %19, align 4
  %185 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %184)
  store i32 0, ptr %20, align 4
  store i32 10, ptr %21, align 4
  br label %186

186:                                              ; preds = %190, %183
  %187 = load i32, ptr %21, align 4
  %188 = add i32 %187, -1
  store i32 %188, ptr %21, align 4
  %189 = icmp ugt i32 %187, 0
  br i1 %189, label %190, label %194

190:                                              ; preds = %186
  %191 = load i32, ptr %21, align 4
  %192 = load i32, ptr %20, align 4
  %193 = add nsw i32 %192, %191
  store i32 %193, ptr %20, align 4
  br label %186, !llvm.loop !16

194:                                              ; preds = %186
  %195 = load i32, ptr %20, align 4
  %196 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %195)
  store double 0.000000e+00, ptr %22, align 8
  store double 0.000000e+00, ptr %23, align 8
  br label %197

197:                                              ; preds = %205, %194
  %198 = load double, ptr %23, align 8
  %199 = fcmp olt double %198, 1.000000e+00
  br i1 %199, label %200, label %208

200:                                              ; preds = %197
  %201 = load double, ptr %23, align 8
  %202 = load double, ptr %23, align 8
  %203 = load double, ptr %22, align 8
  %204 = call double @llvm.fmuladd.f64(double %201, double %202, double %203)
  store double %204, ptr %22, align 8
  br label %205

205:                                              ; preds = %200
  %206 = load double, ptr %23, align 8
  %207 = fadd double %206, 1.250000e-01
  store double %207, ptr %23, align 8
  br label %197, !llvm.loop !17

208:                                              ; preds = %197
  %209 = load double, ptr %22, align 8
  %210 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, double noundef %209)
  store i32 0, ptr %24, align 4
  br label %211

211:                                              ; preds = %224, %208
  %212 = load i32, ptr %24, align 4
  %213 = icmp slt i32 %212, 5
  br i1 %213, label %214, label %228

214:                                              ; preds = %211
  store i32 0, ptr %25, align 4
  br label %215

215:                                              ; preds = %219, %214
  %216 = load i32, ptr %25, align 4
  %217 = load i32, ptr %24, align 4
  %218 = icmp slt i32 %216, %217
  br i1 %218, label %219, label %224

219:                                              ; preds = %215
  %220 = load i32, ptr %25, align 4
  %221 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %220)
  %222 = load i32, ptr %25, align 4
  %223 = add nsw i32 %222, 1
  store i32 %223, ptr %25, align 4
  br label %215, !llvm.loop !18

224:                                              ; preds = %215
  %225 = call i32 (ptr, ...) @printf(ptr noundef @.str.9)
  %226 = load i32, ptr %24, align 4
  %227 = add nsw i32 %226, 1
  store i32 %227, ptr %24, align 4
  br label %211, !llvm.loop !19

228:                                              ; preds = %211
  %229 = call i32 (ptr, ...) @printf(ptr noundef @.str.10)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !7}
!9 = distinct !{!9, !7}
!10 = distinct !{!10, !7}
!11 = distinct !{!11, !7}
!12 = distinct !{!12, !7}
!13 = distinct !{!13, !7}
!14 = distinct !{!14, !7}
!15 = distinct !{!15, !7}
!16 = distinct !{!16, !7}
!17 = distinct !{!17, !7}
!18 = distinct !{!18, !7}
!19 = distinct !{!19, !7}
