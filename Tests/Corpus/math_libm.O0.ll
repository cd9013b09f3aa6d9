; ModuleID = 'math_libm.c'
source_filename = "math_libm.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [36 x i8] c"x=%-8g sqrt=%.6f sin=%.6f cos=%.6f\0A\00", align 1
@.str.1 = private unnamed_addr constant [31 x i8] c"y=%g floor=%g ceil=%g fabs=%g\0A\00", align 1
@.str.2 = private unnamed_addr constant [20 x i8] c"pow: %g %g %g %.6f\0A\00", align 1
@.str.3 = private unnamed_addr constant [8 x i8] c"hyp=%g\0A\00", align 1
@.str.4 = private unnamed_addr constant [20 x i8] c"sum sin*cos = %.6f\0A\00", align 1
@.str.5 = private unnamed_addr constant [18 x i8] c"float sqrt: %.6f\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [6 x double], align 16
  %3 = alloca i32, align 4
  %4 = alloca double, align 8
  %5 = alloca [6 x double], align 16
  %6 = alloca i32, align 4
  %7 = alloca double, align 8
  %8 = alloca double, align 8
  %9 = alloca i32, align 4
  %10 = alloca float, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.memset.p0.i64(ptr align 16 %2, i8 0, i64 48, i1 false)
  %11 = getelementptr inbounds [6 x double], ptr %2, i32 0, i32 1
  store double 5.000000e-01, ptr %11, align 8
  %12 = getelementptr inbounds [6 x double], ptr %2, i32 0, i32 2
  store double 1.000000e+00, ptr %12, align 16
  %13 = getelementptr inbounds [6 x double], ptr %2, i32 0, i32 3
  store double 2.000000e+00, ptr %13, align 8
  %14 = getelementptr inbounds [6 x double], ptr %2, i32 0, i32 4
  store double 0x400921FB54442D11, ptr %14, align 16
  %15 = getelementptr inbounds [6 x double], ptr %2, i32 0, i32 5
  store double 1.000000e+01, ptr %15, align 8
  store i32 0, ptr %3, align 4
  br label %16

16:                                               ; preds = %32, %0
  %17 = load i32, ptr %3, align 4
  %18 = icmp slt i32 %17, 6
  br i1 %18, label %19, label %35

19:                                               ; preds = %16
  %20 = load i32, ptr %3, align 4
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds [6 x double], ptr %2, i64 0, i64 %21
  %23 = load double, ptr %22, align 8
  store double %23, ptr %4, align 8
  %24 = load double, ptr %4, align 8
  %25 = load double, ptr %4, align 8
  %26 = call double @sqrt(double noundef %25) #5
  %27 = load double, ptr %4, align 8
  %28 = call double @sin(double noundef %27) #5
  %29 = load double, ptr %4, align 8
  %30 = call double @cos(double noundef %29) #5
  %31 = call i32 (ptr, ...) @printf(ptr noundef @.str, double noundef %24, double noundef %26, double noundef %28, double noundef %30)
  br label %32

32:                                               ; preds = %19
  %33 = load i32, ptr %3, align 4
  %34 = add nsw i32 %33, 1
  store i32 %34, ptr %3, align 4
  br label %16, !llvm.loop !6

35:                                               ; preds = %16
  call void @llvm.memset.p0.i64(ptr align 16 %5, i8 0, i64 48, i1 false)
  %36 = getelementptr inbounds [6 x double], ptr %5, i32 0, i32 0
  store double -2.500000e+00, ptr %36, align 16
  %37 = getelementptr inbounds [6 x double], ptr %5, i32 0, i32 1
  store double -5.000000e-01, ptr %37, align 8
  %38 = getelementptr inbounds [6 x double], ptr %5, i32 0, i32 3
  store double 4.900000e-01, ptr %38, align 8
  %39 = getelementptr inbounds [6 x double], ptr %5, i32 0, i32 4
  store double 2.500000e+00, ptr %39, align 16
  %40 = getelementptr inbounds [6 x double], ptr %5, i32 0, i32 5
  store double 0x412E848100000000, ptr %40, align 8
  store i32 0, ptr %6, align 4
  br label %41

41:                                               ; preds = %65, %35
  %42 = load i32, ptr %6, align 4
  %43 = icmp slt i32 %42, 6
  br i1 %43, label %44, label %68

44:                                               ; preds = %41
  %45 = load i32, ptr %6, align 4
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds [6 x double], ptr %5, i64 0, i64 %46
  %48 = load double, ptr %47, align 8
  %49 = load i32, ptr %6, align 4
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds [6 x double], ptr %5, i64 0, i64 %50
  %52 = load double, ptr %51, align 8
  %53 = call double @llvm.floor.f64(double %52)
  %54 = load i32, ptr %6, align 4
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds [6 x double], ptr %5, i64 0, i64 %55
  %57 = load double, ptr %56, align 8
  %58 = call double @llvm.ceil.f64(double %57)
  %59 = load i32, ptr %6, align 4
  %60 = sext i32 %59 to i64
  %61 = getelementptr inbounds [6 x double], ptr %5, i64 0, i64 %60
  %62 = load double, ptr %61, align 8
  %63 = call double @llvm.fabs.f64(double %62)
  %64 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, double noundef %48, double noundef %53, double noundef %58, double noundef %63)
  br label %65

65:                                               ; preds = %44
  %66 = load i32, ptr %6, align 4
  %67 = add nsw i32 %66, 1
  store i32 %67, ptr %6, align 4
  br label %41, !llvm.loop !8

68:                                               ; preds = %41
  %69 = call double @pow(double noundef 2.000000e+00, double noundef 1.000000e+01) #5
  %70 = call double @pow(double noundef 1.000000e+01, double noundef -2.000000e+00) #5
  %71 = call double @pow(double noundef -3.000000e+00, double noundef 3.000000e+00) #5
  %72 = call double @pow(double noundef 2.000000e+00, double noundef 5.000000e-01) #5
  %73 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, double noundef %69, double noundef %70, double noundef %71, double noundef %72)
  %74 = call double @sqrt(double noundef 2.500000e+01) #5
  store double %74, ptr %7, align 8
  %75 = load double, ptr %7, align 8
  %76 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, double noundef %75)
  store double 0.000000e+00, ptr %8, align 8
  store i32 0, ptr %9, align 4
  br label %77

77:                                               ; preds = %91, %68
  %78 = load i32, ptr %9, align 4
  %79 = icmp slt i32 %78, 100
  br i1 %79, label %80, label %94

80:                                               ; preds = %77
  %81 = load i32, ptr %9, align 4
  %82 = sitofp i32 %81 to double
  %83 = fmul double %82, 1.000000e-01
  %84 = call double @sin(double noundef %83) #5
  %85 = load i32, ptr %9, align 4
  %86 = sitofp i32 %85 to double
  %87 = fmul double %86, 1.000000e-01
  %88 = call double @cos(double noundef %87) #5
  %89 = load double, ptr %8, align 8
  %90 = call double @llvm.fmuladd.f64(double %84, double %88, double %89)
  store double %90, ptr %8, align 8
  br label %91

91:                                               ; preds = %80
  %92 = load i32, ptr %9, align 4
  %93 = add nsw i32 %92, 1
  store i32 %93, ptr %9, align 4
  br label %77, !llvm.loop !9

94:                                               ; preds = %77
  %95 = load double, ptr %8, align 8
  %96 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, double noundef %95)
  store float 2.000000e+00, ptr %10, align 4
  %97 = load float, ptr %10, align 4
  %98 = call float @sqrtf(float noundef %97) #5
  %99 = fpext float %98 to double
  %100 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, double noundef %99)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #1

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: nounwind
declare double @sqrt(double noundef) #3

; Function Attrs: nounwind
declare double @sin(double noundef) #3

; Function Attrs: nounwind
declare double @cos(double noundef) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.floor.f64(double) #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.ceil.f64(double) #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #4

; Function Attrs: nounwind
declare double @pow(double noundef, double noundef) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #4

; Function Attrs: nounwind
declare float @sqrtf(float noundef) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #5 = { nounwind }

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
