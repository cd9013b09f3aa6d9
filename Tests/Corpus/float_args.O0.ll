; ModuleID = 'float_args.c'
source_filename = "float_args.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [15 x i8] c"lerp(%d/4)=%g\0A\00", align 1
@.str.1 = private unnamed_addr constant [11 x i8] c"fsum=%.7g\0A\00", align 1
@.str.2 = private unnamed_addr constant [22 x i8] c"narrowing: %.9g %.9g\0A\00", align 1
@.str.3 = private unnamed_addr constant [15 x i8] c"fabs_f: %g %g\0A\00", align 1
@.str.4 = private unnamed_addr constant [22 x i8] c"sqrt: %.6f %.6f %.6f\0A\00", align 1
@.str.5 = private unnamed_addr constant [9 x i8] c"mix: %g\0A\00", align 1
@.str.6 = private unnamed_addr constant [15 x i8] c"%.1fF = %.3fC\0A\00", align 1
@.str.7 = private unnamed_addr constant [30 x i8] c"float epsilon steps: %d (%a)\0A\00", align 1
@.str.8 = private unnamed_addr constant [31 x i8] c"double epsilon steps: %d (%a)\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @lerp(float noundef %0, float noundef %1, float noundef %2) #0 {
  %4 = alloca float, align 4
  %5 = alloca float, align 4
  %6 = alloca float, align 4
  store float %0, ptr %4, align 4
  store float %1, ptr %5, align 4
  store float %2, ptr %6, align 4
  %7 = load float, ptr %4, align 4
  %8 = load float, ptr %5, align 4
  %9 = load float, ptr %4, align 4
  %10 = fsub float %8, %9
  %11 = load float, ptr %6, align 4
  %12 = call float @llvm.fmuladd.f32(float %10, float %11, float %7)
  ret float %12
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @fsum(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca float, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store float 0.000000e+00, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %7

7:                                                ; preds = %19, %2
  %8 = load i32, ptr %6, align 4
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %22

11:                                               ; preds = %7
  %12 = load ptr, ptr %3, align 8
  %13 = load i32, ptr %6, align 4
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds float, ptr %12, i64 %14
  %16 = load float, ptr %15, align 4
  %17 = load float, ptr %5, align 4
  %18 = fadd float %17, %16
  store float %18, ptr %5, align 4
  br label %19

19:                                               ; preds = %11
  %20 = load i32, ptr %6, align 4
  %21 = add nsw i32 %20, 1
  store i32 %21, ptr %6, align 4
  br label %7, !llvm.loop !6

22:                                               ; preds = %7
  %23 = load float, ptr %5, align 4
  ret float %23
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @to_float(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = fptrunc double %3 to float
  ret float %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @to_double(float noundef %0) #0 {
  %2 = alloca float, align 4
  store float %0, ptr %2, align 4
  %3 = load float, ptr %2, align 4
  %4 = fpext float %3 to double
  ret double %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @fabs_f(float noundef %0) #0 {
  %2 = alloca float, align 4
  store float %0, ptr %2, align 4
  %3 = load float, ptr %2, align 4
  %4 = fcmp olt float %3, 0.000000e+00
  br i1 %4, label %5, label %8

5:                                                ; preds = %1
  %6 = load float, ptr %2, align 4
  %7 = fneg float %6
  br label %10

8:                                                ; preds = %1
  %9 = load float, ptr %2, align 4
  br label %10

10:                                               ; preds = %8, %5
  %11 = phi float [ %7, %5 ], [ %9, %8 ]
  ret float %11
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @newton_sqrt(float noundef %0) #0 {
  %2 = alloca float, align 4
  %3 = alloca float, align 4
  %4 = alloca i32, align 4
  store float %0, ptr %2, align 4
  %5 = load float, ptr %2, align 4
  %6 = fcmp ogt float %5, 1.000000e+00
  br i1 %6, label %7, label %10

7:                                                ; preds = %1
  %8 = load float, ptr %2, align 4
  %9 = fdiv float %8, 2.000000e+00
  br label %11

10:                                               ; preds = %1
  br label %11

11:                                               ; preds = %10, %7
  %12 = phi float [ %9, %7 ], [ 1.000000e+00, %10 ]
  store float %12, ptr %3, align 4
  store i32 0, ptr %4, align 4
  br label %13

13:                                               ; preds = %23, %11
  %14 = load i32, ptr %4, align 4
  %15 = icmp slt i32 %14, 20
  br i1 %15, label %16, label %26

16:                                               ; preds = %13
  %17 = load float, ptr %3, align 4
  %18 = load float, ptr %2, align 4
  %19 = load float, ptr %3, align 4
  %20 = fdiv float %18, %19
  %21 = fadd float %17, %20
  %22 = fmul float 5.000000e-01, %21
  store float %22, ptr %3, align 4
  br label %23

23:                                               ; preds = %16
  %24 = load i32, ptr %4, align 4
  %25 = add nsw i32 %24, 1
  store i32 %25, ptr %4, align 4
  br label %13, !llvm.loop !8

26:                                               ; preds = %13
  %27 = load float, ptr %3, align 4
  ret float %27
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @mix(i32 noundef %0, float noundef %1, double noundef %2, float noundef %3) #0 {
  %5 = alloca i32, align 4
  %6 = alloca float, align 4
  %7 = alloca double, align 8
  %8 = alloca float, align 4
  store i32 %0, ptr %5, align 4
  store float %1, ptr %6, align 4
  store double %2, ptr %7, align 8
  store float %3, ptr %8, align 4
  %9 = load i32, ptr %5, align 4
  %10 = sitofp i32 %9 to float
  %11 = load float, ptr %6, align 4
  %12 = fmul float %10, %11
  %13 = fpext float %12 to double
  %14 = load double, ptr %7, align 8
  %15 = load float, ptr %8, align 4
  %16 = fpext float %15 to double
  %17 = call double @llvm.fmuladd.f64(double %14, double %16, double %13)
  %18 = fptrunc double %17 to float
  ret float %18
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @celsius(float noundef %0) #0 {
  %2 = alloca float, align 4
  store float %0, ptr %2, align 4
  %3 = load float, ptr %2, align 4
  %4 = fsub float %3, 3.200000e+01
  %5 = fmul float %4, 5.000000e+00
  %6 = fdiv float %5, 9.000000e+00
  ret float %6
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca [8 x float], align 16
  %4 = alloca i32, align 4
  %5 = alloca float, align 4
  %6 = alloca float, align 4
  %7 = alloca i32, align 4
  %8 = alloca double, align 8
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4
  br label %9

9:                                                ; preds = %20, %0
  %10 = load i32, ptr %2, align 4
  %11 = icmp sle i32 %10, 4
  br i1 %11, label %12, label %23

12:                                               ; preds = %9
  %13 = load i32, ptr %2, align 4
  %14 = load i32, ptr %2, align 4
  %15 = sitofp i32 %14 to float
  %16 = fdiv float %15, 4.000000e+00
  %17 = call float @lerp(float noundef -1.000000e+00, float noundef 3.000000e+00, float noundef %16)
  %18 = fpext float %17 to double
  %19 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %13, double noundef %18)
  br label %20

20:                                               ; preds = %12
  %21 = load i32, ptr %2, align 4
  %22 = add nsw i32 %21, 1
  store i32 %22, ptr %2, align 4
  br label %9, !llvm.loop !9

23:                                               ; preds = %9
  store i32 0, ptr %4, align 4
  br label %24

24:                                               ; preds = %35, %23
  %25 = load i32, ptr %4, align 4
  %26 = icmp slt i32 %25, 8
  br i1 %26, label %27, label %38

27:                                               ; preds = %24
  %28 = load i32, ptr %4, align 4
  %29 = shl i32 1, %28
  %30 = sitofp i32 %29 to float
  %31 = fdiv float 1.000000e+00, %30
  %32 = load i32, ptr %4, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [8 x float], ptr %3, i64 0, i64 %33
  store float %31, ptr %34, align 4
  br label %35

35:                                               ; preds = %27
  %36 = load i32, ptr %4, align 4
  %37 = add nsw i32 %36, 1
  store i32 %37, ptr %4, align 4
  br label %24, !llvm.loop !10

38:                                               ; preds = %24
  %39 = getelementptr inbounds [8 x float], ptr %3, i64 0, i64 0
  %40 = call float @fsum(ptr noundef %39, i32 noundef 8)
  %41 = fpext float %40 to double
  %42 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, double noundef %41)
  %43 = call float @to_float(double noundef 1.000000e-01)
  %44 = fpext float %43 to double
  %45 = call float @to_float(double noundef 0x3FD5555555555555)
  %46 = call double @to_double(float noundef %45)
  %47 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, double noundef %44, double noundef %46)
  %48 = call float @fabs_f(float noundef -2.750000e+00)
  %49 = fpext float %48 to double
  %50 = call float @fabs_f(float noundef 1.250000e+00)
  %51 = fpext float %50 to double
  %52 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, double noundef %49, double noundef %51)
  %53 = call float @newton_sqrt(float noundef 2.000000e+00)
  %54 = fpext float %53 to double
  %55 = call float @newton_sqrt(float noundef 8.100000e+01)
  %56 = fpext float %55 to double
  %57 = call float @newton_sqrt(float noundef 2.500000e-01)
  %58 = fpext float %57 to double
  %59 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, double noundef %54, double noundef %56, double noundef %58)
  %60 = call float @mix(i32 noundef 3, float noundef 1.500000e+00, double noundef 2.250000e+00, float noundef 4.000000e+00)
  %61 = fpext float %60 to double
  %62 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, double noundef %61)
  store float 0.000000e+00, ptr %5, align 4
  br label %63

63:                                               ; preds = %73, %38
  %64 = load float, ptr %5, align 4
  %65 = fcmp ole float %64, 2.120000e+02
  br i1 %65, label %66, label %76

66:                                               ; preds = %63
  %67 = load float, ptr %5, align 4
  %68 = fpext float %67 to double
  %69 = load float, ptr %5, align 4
  %70 = call float @celsius(float noundef %69)
  %71 = fpext float %70 to double
  %72 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, double noundef %68, double noundef %71)
  br label %73

73:                                               ; preds = %66
  %74 = load float, ptr %5, align 4
  %75 = fadd float %74, 5.300000e+01
  store float %75, ptr %5, align 4
  br label %63, !llvm.loop !11

76:                                               ; preds = %63
  store float 1.000000e+00, ptr %6, align 4
  store i32 0, ptr %7, align 4
  br label %77

77:                                               ; preds = %81, %76
  %78 = load float, ptr %6, align 4
  %79 = fadd float %78, 1.000000e+00
  %80 = fcmp une float %79, 1.000000e+00
  br i1 %80, label %81, label %86

81:                                               ; preds = %77
  %82 = load float, ptr %6, align 4
  %83 = fmul float %82, 5.000000e-01
  store float %83, ptr %6, align 4
  %84 = load i32, ptr %7, align 4
  %85 = add nsw i32 %84, 1
  store i32 %85, ptr %7, align 4
  br label %77, !llvm.loop !12

86:                                               ; preds = %77
  %87 = load i32, ptr %7, align 4
  %88 = load float, ptr %6, align 4
  %89 = fpext float %88 to double
  %90 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %87, double noundef %89)
  store double 1.000000e+00, ptr %8, align 8
  store i32 0, ptr %7, align 4
  br label %91

91:                                               ; preds = %95, %86
  %92 = load double, ptr %8, align 8
  %93 = fadd double %92, 1.000000e+00
  %94 = fcmp une double %93, 1.000000e+00
  br i1 %94, label %95, label %100

95:                                               ; preds = %91
  %96 = load double, ptr %8, align 8
  %97 = fmul double %96, 5.000000e-01
  store double %97, ptr %8, align 8
  %98 = load i32, ptr %7, align 4
  %99 = add nsw i32 %98, 1
  store i32 %99, ptr %7, align 4
  br label %91, !llvm.loop !13

100:                                              ; preds = %91
  %101 = load i32, ptr %7, align 4
  %102 = load double, ptr %8, align 8
  %103 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %101, double noundef %102)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
