; ModuleID = 'float_arith.c'
source_filename = "float_arith.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [22 x i8] c"third: %.6f %.17g %a\0A\00", align 1
@.str.1 = private unnamed_addr constant [16 x i8] c"float a: %a %a\0A\00", align 1
@.str.2 = private unnamed_addr constant [22 x i8] c"harmonic: %.6f %.15g\0A\00", align 1
@.str.3 = private unnamed_addr constant [14 x i8] c"fmadd: %g %g\0A\00", align 1
@.str.4 = private unnamed_addr constant [10 x i8] c"p(%g)=%g \00", align 1
@.str.5 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.6 = private unnamed_addr constant [21 x i8] c"ranges: %g %g %e %e\0A\00", align 1
@.str.7 = private unnamed_addr constant [15 x i8] c"inf: %f %f %g\0A\00", align 1
@.str.8 = private unnamed_addr constant [20 x i8] c"neg zero: %g %g %a\0A\00", align 1
@.str.9 = private unnamed_addr constant [21 x i8] c"div: %.6f %.6f %.6f\0A\00", align 1
@.str.10 = private unnamed_addr constant [19 x i8] c"0.1+0.2: %.17g %d\0A\00", align 1
@.str.11 = private unnamed_addr constant [16 x i8] c"f24: %.1f %.1f\0A\00", align 1
@.str.12 = private unnamed_addr constant [13 x i8] c"e: %.15f %a\0A\00", align 1
@.str.13 = private unnamed_addr constant [12 x i8] c"neg: %g %g\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca float, align 4
  %3 = alloca double, align 8
  %4 = alloca float, align 4
  %5 = alloca i32, align 4
  %6 = alloca double, align 8
  %7 = alloca i32, align 4
  %8 = alloca double, align 8
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca double, align 8
  %13 = alloca float, align 4
  %14 = alloca double, align 8
  %15 = alloca double, align 8
  %16 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store float 0x3FD5555560000000, ptr %2, align 4
  store double 0x3FD5555555555555, ptr %3, align 8
  %17 = load float, ptr %2, align 4
  %18 = fpext float %17 to double
  %19 = load double, ptr %3, align 8
  %20 = load double, ptr %3, align 8
  %21 = call i32 (ptr, ...) @printf(ptr noundef @.str, double noundef %18, double noundef %19, double noundef %20)
  %22 = load float, ptr %2, align 4
  %23 = fpext float %22 to double
  %24 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, double noundef %23, double noundef 0x3FB99999A0000000)
  store float 0.000000e+00, ptr %4, align 4
  store i32 1, ptr %5, align 4
  br label %25

25:                                               ; preds = %34, %0
  %26 = load i32, ptr %5, align 4
  %27 = icmp sle i32 %26, 100
  br i1 %27, label %28, label %37

28:                                               ; preds = %25
  %29 = load i32, ptr %5, align 4
  %30 = sitofp i32 %29 to float
  %31 = fdiv float 1.000000e+00, %30
  %32 = load float, ptr %4, align 4
  %33 = fadd float %32, %31
  store float %33, ptr %4, align 4
  br label %34

34:                                               ; preds = %28
  %35 = load i32, ptr %5, align 4
  %36 = add nsw i32 %35, 1
  store i32 %36, ptr %5, align 4
  br label %25, !llvm.loop !6

37:                                               ; preds = %25
  store double 0.000000e+00, ptr %6, align 8
  store i32 1, ptr %7, align 4
  br label %38

38:                                               ; preds = %47, %37
  %39 = load i32, ptr %7, align 4
  %40 = icmp sle i32 %39, 100
  br i1 %40, label %41, label %50

41:                                               ; preds = %38
  %42 = load i32, ptr %7, align 4
  %43 = sitofp i32 %42 to double
  %44 = fdiv double 1.000000e+00, %43
  %45 = load double, ptr %6, align 8
  %46 = fadd double %45, %44
  store double %46, ptr %6, align 8
  br label %47

47:                                               ; preds = %41
  %48 = load i32, ptr %7, align 4
  %49 = add nsw i32 %48, 1
  store i32 %49, ptr %7, align 4
  br label %38, !llvm.loop !8

50:                                               ; preds = %38
  %51 = load float, ptr %4, align 4
  %52 = fpext float %51 to double
  %53 = load double, ptr %6, align 8
  %54 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, double noundef %52, double noundef %53)
  %55 = call float @fmadd(float noundef 1.500000e+00, float noundef 2.250000e+00, float noundef -1.250000e-01)
  %56 = fpext float %55 to double
  %57 = call float @fmadd(float noundef 1.000000e+10, float noundef 1.000000e+10, float noundef 1.000000e+00)
  %58 = fpext float %57 to double
  %59 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, double noundef %56, double noundef %58)
  store double -2.000000e+00, ptr %8, align 8
  br label %60

60:                                               ; preds = %68, %50
  %61 = load double, ptr %8, align 8
  %62 = fcmp ole double %61, 2.000000e+00
  br i1 %62, label %63, label %71

63:                                               ; preds = %60
  %64 = load double, ptr %8, align 8
  %65 = load double, ptr %8, align 8
  %66 = call double @dpoly(double noundef %65)
  %67 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, double noundef %64, double noundef %66)
  br label %68

68:                                               ; preds = %63
  %69 = load double, ptr %8, align 8
  %70 = fadd double %69, 5.000000e-01
  store double %70, ptr %8, align 8
  br label %60, !llvm.loop !9

71:                                               ; preds = %60
  %72 = call i32 (ptr, ...) @printf(ptr noundef @.str.5)
  store double 1.000000e+300, ptr %9, align 8
  store double 1.000000e-300, ptr %10, align 8
  %73 = load double, ptr %9, align 8
  %74 = fmul double %73, 1.000000e+01
  %75 = load double, ptr %10, align 8
  %76 = fdiv double %75, 1.000000e+10
  %77 = load double, ptr %9, align 8
  %78 = load double, ptr %10, align 8
  %79 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, double noundef %74, double noundef %76, double noundef %77, double noundef %78)
  %80 = load double, ptr %9, align 8
  %81 = load double, ptr %9, align 8
  %82 = fmul double %80, %81
  store double %82, ptr %11, align 8
  %83 = load double, ptr %11, align 8
  %84 = load double, ptr %11, align 8
  %85 = fneg double %84
  %86 = load double, ptr %11, align 8
  %87 = fdiv double 1.000000e+00, %86
  %88 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, double noundef %83, double noundef %85, double noundef %87)
  %89 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, double noundef -0.000000e+00, double noundef -0.000000e+00, double noundef -0.000000e+00)
  %90 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, double noundef 3.500000e+00, double noundef -3.500000e+00, double noundef 0x4009249240000000)
  store double 0x3FD3333333333334, ptr %12, align 8
  %91 = load double, ptr %12, align 8
  %92 = load double, ptr %12, align 8
  %93 = fcmp oeq double %92, 3.000000e-01
  %94 = zext i1 %93 to i32
  %95 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, double noundef %91, i32 noundef %94)
  store float 0x4170000000000000, ptr %13, align 4
  %96 = load float, ptr %13, align 4
  %97 = fadd float %96, 1.000000e+00
  %98 = fpext float %97 to double
  %99 = load float, ptr %13, align 4
  %100 = fadd float %99, 2.000000e+00
  %101 = fpext float %100 to double
  %102 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, double noundef %98, double noundef %101)
  store double 1.000000e+00, ptr %14, align 8
  store double 1.000000e+00, ptr %15, align 8
  store i32 1, ptr %16, align 4
  br label %103

103:                                              ; preds = %114, %71
  %104 = load i32, ptr %16, align 4
  %105 = icmp slt i32 %104, 20
  br i1 %105, label %106, label %117

106:                                              ; preds = %103
  %107 = load i32, ptr %16, align 4
  %108 = sitofp i32 %107 to double
  %109 = load double, ptr %15, align 8
  %110 = fdiv double %109, %108
  store double %110, ptr %15, align 8
  %111 = load double, ptr %15, align 8
  %112 = load double, ptr %14, align 8
  %113 = fadd double %112, %111
  store double %113, ptr %14, align 8
  br label %114

114:                                              ; preds = %106
  %115 = load i32, ptr %16, align 4
  %116 = add nsw i32 %115, 1
  store i32 %116, ptr %16, align 4
  br label %103, !llvm.loop !10

117:                                              ; preds = %103
  %118 = load double, ptr %14, align 8
  %119 = load double, ptr %14, align 8
  %120 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, double noundef %118, double noundef %119)
  %121 = load float, ptr %2, align 4
  %122 = fneg float %121
  %123 = fpext float %122 to double
  %124 = load double, ptr %3, align 8
  %125 = fneg double %124
  %126 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, double noundef %123, double noundef %125)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal float @fmadd(float noundef %0, float noundef %1, float noundef %2) #0 {
  %4 = alloca float, align 4
  %5 = alloca float, align 4
  %6 = alloca float, align 4
  store float %0, ptr %4, align 4
  store float %1, ptr %5, align 4
  store float %2, ptr %6, align 4
  %7 = load float, ptr %4, align 4
  %8 = load float, ptr %5, align 4
  %9 = load float, ptr %6, align 4
  %10 = call float @llvm.fmuladd.f32(float %7, float %8, float %9)
  ret float %10
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @dpoly(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = call double @llvm.fmuladd.f64(double 3.000000e+00, double %3, double -2.000000e+00)
  %5 = load double, ptr %2, align 8
  %6 = call double @llvm.fmuladd.f64(double %4, double %5, double 5.000000e-01)
  %7 = load double, ptr %2, align 8
  %8 = call double @llvm.fmuladd.f64(double %6, double %7, double -7.250000e+00)
  ret double %8
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #2

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
