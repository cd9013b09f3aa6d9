; ModuleID = 'matmul.c'
source_filename = "matmul.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [25 x i8] c"%8.4f %8.4f %8.4f %8.4f\0A\00", align 1
@__const.main.fibm = private unnamed_addr constant [2 x [2 x i64]] [[2 x i64] [i64 1, i64 1], [2 x i64] [i64 1, i64 0]], align 16
@__const.main.r = private unnamed_addr constant [2 x [2 x i64]] [[2 x i64] [i64 1, i64 0], [2 x i64] [i64 0, i64 1]], align 16
@.str.1 = private unnamed_addr constant [16 x i8] c"fib(%d) = %lld\0A\00", align 1
@__const.main.m3 = private unnamed_addr constant [3 x [3 x double]] [[3 x double] [double 2.000000e+00, double -3.000000e+00, double 1.000000e+00], [3 x double] [double 2.000000e+00, double 0.000000e+00, double -1.000000e+00], [3 x double] [double 1.000000e+00, double 4.000000e+00, double 5.000000e+00]], align 16
@.str.2 = private unnamed_addr constant [10 x i8] c"det = %g\0A\00", align 1
@.str.3 = private unnamed_addr constant [14 x i8] c"trace = %.6f\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [4 x [4 x double]], align 16
  %3 = alloca [4 x [4 x double]], align 16
  %4 = alloca [4 x [4 x double]], align 16
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca [2 x [2 x i64]], align 16
  %9 = alloca [2 x [2 x i64]], align 16
  %10 = alloca i32, align 4
  %11 = alloca [3 x [3 x double]], align 16
  %12 = alloca double, align 8
  %13 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i32 0, ptr %5, align 4
  br label %14

14:                                               ; preds = %55, %0
  %15 = load i32, ptr %5, align 4
  %16 = icmp slt i32 %15, 4
  br i1 %16, label %17, label %58

17:                                               ; preds = %14
  store i32 0, ptr %6, align 4
  br label %18

18:                                               ; preds = %51, %17
  %19 = load i32, ptr %6, align 4
  %20 = icmp slt i32 %19, 4
  br i1 %20, label %21, label %54

21:                                               ; preds = %18
  %22 = load i32, ptr %5, align 4
  %23 = sitofp i32 %22 to double
  %24 = load i32, ptr %6, align 4
  %25 = sitofp i32 %24 to double
  %26 = call double @llvm.fmuladd.f64(double %25, double 5.000000e-01, double %23)
  %27 = load i32, ptr %5, align 4
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds [4 x [4 x double]], ptr %2, i64 0, i64 %28
  %30 = load i32, ptr %6, align 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [4 x double], ptr %29, i64 0, i64 %31
  store double %26, ptr %32, align 8
  %33 = load i32, ptr %5, align 4
  %34 = load i32, ptr %6, align 4
  %35 = icmp eq i32 %33, %34
  br i1 %35, label %36, label %37

36:                                               ; preds = %21
  br label %43

37:                                               ; preds = %21
  %38 = load i32, ptr %5, align 4
  %39 = load i32, ptr %6, align 4
  %40 = sub nsw i32 %38, %39
  %41 = sitofp i32 %40 to double
  %42 = fmul double %41, 2.500000e-01
  br label %43

43:                                               ; preds = %37, %36
  %44 = phi double [ 2.000000e+00, %36 ], [ %42, %37 ]
  %45 = load i32, ptr %5, align 4
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds [4 x [4 x double]], ptr %3, i64 0, i64 %46
  %48 = load i32, ptr %6, align 4
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds [4 x double], ptr %47, i64 0, i64 %49
  store double %44, ptr %50, align 8
  br label %51

51:                                               ; preds = %43
  %52 = load i32, ptr %6, align 4
  %53 = add nsw i32 %52, 1
  store i32 %53, ptr %6, align 4
  br label %18, !llvm.loop !6

54:                                               ; preds = %18
  br label %55

55:                                               ; preds = %54
  %56 = load i32, ptr %5, align 4
  %57 = add nsw i32 %56, 1
  store i32 %57, ptr %5, align 4
  br label %14, !llvm.loop !8

58:                                               ; preds = %14
  %59 = getelementptr inbounds [4 x [4 x double]], ptr %2, i64 0, i64 0
  %60 = getelementptr inbounds [4 x [4 x double]], ptr %3, i64 0, i64 0
  %61 = getelementptr inbounds [4 x [4 x double]], ptr %4, i64 0, i64 0
  call void @matmul(ptr noundef %59, ptr noundef %60, ptr noundef %61)
  store i32 0, ptr %7, align 4
  br label %62

62:                                               ; preds = %87, %58
  %63 = load i32, ptr %7, align 4
  %64 = icmp slt i32 %63, 4
  br i1 %64, label %65, label %90

65:                                               ; preds = %62
  %66 = load i32, ptr %7, align 4
  %67 = sext i32 %66 to i64
  %68 = getelementptr inbounds [4 x [4 x double]], ptr %4, i64 0, i64 %67
  %69 = getelementptr inbounds [4 x double], ptr %68, i64 0, i64 0
  %70 = load double, ptr %69, align 16
  %71 = load i32, ptr %7, align 4
  %72 = sext i32 %71 to i64
  %73 = getelementptr inbounds [4 x [4 x double]], ptr %4, i64 0, i64 %72
  %74 = getelementptr inbounds [4 x double], ptr %73, i64 0, i64 1
  %75 = load double, ptr %74, align 8
  %76 = load i32, ptr %7, align 4
  %77 = sext i32 %76 to i64
  %78 = getelementptr inbounds [4 x [4 x double]], ptr %4, i64 0, i64 %77
  %79 = getelementptr inbounds [4 x double], ptr %78, i64 0, i64 2
  %80 = load double, ptr %79, align 16
  %81 = load i32, ptr %7, align 4
  %82 = sext i32 %81 to i64
  %83 = getelementptr inbounds [4 x [4 x double]], ptr %4, i64 0, i64 %82
  %84 = getelementptr inbounds [4 x double], ptr %83, i64 0, i64 3
  %85 = load double, ptr %84, align 8
  %86 = call i32 (ptr, ...) @printf(ptr noundef @.str, double noundef %70, double noundef %75, double noundef %80, double noundef %85)
  br label %87

87:                                               ; preds = %65
  %88 = load i32, ptr %7, align 4
  %89 = add nsw i32 %88, 1
  store i32 %89, ptr %7, align 4
  br label %62, !llvm.loop !9

90:                                               ; preds = %62
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %8, ptr align 16 @__const.main.fibm, i64 32, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %9, ptr align 16 @__const.main.r, i64 32, i1 false)
  store i32 1, ptr %10, align 4
  br label %91

91:                                               ; preds = %108, %90
  %92 = load i32, ptr %10, align 4
  %93 = icmp sle i32 %92, 90
  br i1 %93, label %94, label %111

94:                                               ; preds = %91
  %95 = getelementptr inbounds [2 x [2 x i64]], ptr %9, i64 0, i64 0
  %96 = getelementptr inbounds [2 x [2 x i64]], ptr %8, i64 0, i64 0
  %97 = getelementptr inbounds [2 x [2 x i64]], ptr %9, i64 0, i64 0
  call void @imatmul(ptr noundef %95, ptr noundef %96, ptr noundef %97)
  %98 = load i32, ptr %10, align 4
  %99 = srem i32 %98, 15
  %100 = icmp eq i32 %99, 0
  br i1 %100, label %101, label %107

101:                                              ; preds = %94
  %102 = load i32, ptr %10, align 4
  %103 = getelementptr inbounds [2 x [2 x i64]], ptr %9, i64 0, i64 0
  %104 = getelementptr inbounds [2 x i64], ptr %103, i64 0, i64 1
  %105 = load i64, ptr %104, align 8
  %106 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %102, i64 noundef %105)
  br label %107

107:                                              ; preds = %101, %94
  br label %108

108:                                              ; preds = %107
  %109 = load i32, ptr %10, align 4
  %110 = add nsw i32 %109, 1
  store i32 %110, ptr %10, align 4
  br label %91, !llvm.loop !10

111:                                              ; preds = %91
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %11, ptr align 16 @__const.main.m3, i64 72, i1 false)
  %112 = getelementptr inbounds [3 x [3 x double]], ptr %11, i64 0, i64 0
  %113 = call double @det3(ptr noundef %112)
  %114 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, double noundef %113)
  store double 0.000000e+00, ptr %12, align 8
  store i32 0, ptr %13, align 4
  br label %115

115:                                              ; preds = %128, %111
  %116 = load i32, ptr %13, align 4
  %117 = icmp slt i32 %116, 4
  br i1 %117, label %118, label %131

118:                                              ; preds = %115
  %119 = load i32, ptr %13, align 4
  %120 = sext i32 %119 to i64
  %121 = getelementptr inbounds [4 x [4 x double]], ptr %4, i64 0, i64 %120
  %122 = load i32, ptr %13, align 4
  %123 = sext i32 %122 to i64
  %124 = getelementptr inbounds [4 x double], ptr %121, i64 0, i64 %123
  %125 = load double, ptr %124, align 8
  %126 = load double, ptr %12, align 8
  %127 = fadd double %126, %125
  store double %127, ptr %12, align 8
  br label %128

128:                                              ; preds = %118
  %129 = load i32, ptr %13, align 4
  %130 = add nsw i32 %129, 1
  store i32 %130, ptr %13, align 4
  br label %115, !llvm.loop !11

131:                                              ; preds = %115
  %132 = load double, ptr %12, align 8
  %133 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, double noundef %132)
  ret i32 0
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @matmul(ptr noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  store i32 0, ptr %7, align 4
  br label %11

11:                                               ; preds = %57, %3
  %12 = load i32, ptr %7, align 4
  %13 = icmp slt i32 %12, 4
  br i1 %13, label %14, label %60

14:                                               ; preds = %11
  store i32 0, ptr %8, align 4
  br label %15

15:                                               ; preds = %53, %14
  %16 = load i32, ptr %8, align 4
  %17 = icmp slt i32 %16, 4
  br i1 %17, label %18, label %56

18:                                               ; preds = %15
  store double 0.000000e+00, ptr %9, align 8
  store i32 0, ptr %10, align 4
  br label %19

19:                                               ; preds = %41, %18
  %20 = load i32, ptr %10, align 4
  %21 = icmp slt i32 %20, 4
  br i1 %21, label %22, label %44

22:                                               ; preds = %19
  %23 = load ptr, ptr %4, align 8
  %24 = load i32, ptr %7, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [4 x double], ptr %23, i64 %25
  %27 = load i32, ptr %10, align 4
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds [4 x double], ptr %26, i64 0, i64 %28
  %30 = load double, ptr %29, align 8
  %31 = load ptr, ptr %5, align 8
  %32 = load i32, ptr %10, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [4 x double], ptr %31, i64 %33
  %35 = load i32, ptr %8, align 4
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds [4 x double], ptr %34, i64 0, i64 %36
  %38 = load double, ptr %37, align 8
  %39 = load double, ptr %9, align 8
  %40 = call double @llvm.fmuladd.f64(double %30, double %38, double %39)
  store double %40, ptr %9, align 8
  br label %41

41:                                               ; preds = %22
  %42 = load i32, ptr %10, align 4
  %43 = add nsw i32 %42, 1
  store i32 %43, ptr %10, align 4
  br label %19, !llvm.loop !12

44:                                               ; preds = %19
  %45 = load double, ptr %9, align 8
  %46 = load ptr, ptr %6, align 8
  %47 = load i32, ptr %7, align 4
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds [4 x double], ptr %46, i64 %48
  %50 = load i32, ptr %8, align 4
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds [4 x double], ptr %49, i64 0, i64 %51
  store double %45, ptr %52, align 8
  br label %53

53:                                               ; preds = %44
  %54 = load i32, ptr %8, align 4
  %55 = add nsw i32 %54, 1
  store i32 %55, ptr %8, align 4
  br label %15, !llvm.loop !13

56:                                               ; preds = %15
  br label %57

57:                                               ; preds = %56
  %58 = load i32, ptr %7, align 4
  %59 = add nsw i32 %58, 1
  store i32 %59, ptr %7, align 4
  br label %11, !llvm.loop !14

60:                                               ; preds = %11
  ret void
}

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; Function Attrs: noinline nounwind optnone uwtable
define internal void @imatmul(ptr noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca [2 x [2 x i64]], align 16
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  store i32 0, ptr %8, align 4
  br label %12

12:                                               ; preds = %57, %3
  %13 = load i32, ptr %8, align 4
  %14 = icmp slt i32 %13, 2
  br i1 %14, label %15, label %60

15:                                               ; preds = %12
  store i32 0, ptr %9, align 4
  br label %16

16:                                               ; preds = %53, %15
  %17 = load i32, ptr %9, align 4
  %18 = icmp slt i32 %17, 2
  br i1 %18, label %19, label %56

19:                                               ; preds = %16
  %20 = load ptr, ptr %4, align 8
  %21 = load i32, ptr %8, align 4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds [2 x i64], ptr %20, i64 %22
  %24 = getelementptr inbounds [2 x i64], ptr %23, i64 0, i64 0
  %25 = load i64, ptr %24, align 8
  %26 = load ptr, ptr %5, align 8
  %27 = getelementptr inbounds [2 x i64], ptr %26, i64 0
  %28 = load i32, ptr %9, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [2 x i64], ptr %27, i64 0, i64 %29
  %31 = load i64, ptr %30, align 8
  %32 = mul nsw i64 %25, %31
  %33 = load ptr, ptr %4, align 8
  %34 = load i32, ptr %8, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds [2 x i64], ptr %33, i64 %35
  %37 = getelementptr inbounds [2 x i64], ptr %36, i64 0, i64 1
  %38 = load i64, ptr %37, align 8
  %39 = load ptr, ptr %5, align 8
  %40 = getelementptr inbounds [2 x i64], ptr %39, i64 1
  %41 = load i32, ptr %9, align 4
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds [2 x i64], ptr %40, i64 0, i64 %42
  %44 = load i64, ptr %43, align 8
  %45 = mul nsw i64 %38, %44
  %46 = add nsw i64 %32, %45
  %47 = load i32, ptr %8, align 4
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds [2 x [2 x i64]], ptr %7, i64 0, i64 %48
  %50 = load i32, ptr %9, align 4
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds [2 x i64], ptr %49, i64 0, i64 %51
  store i64 %46, ptr %52, align 8
  br label %53

53:                                               ; preds = %19
  %54 = load i32, ptr %9, align 4
  %55 = add nsw i32 %54, 1
  store i32 %55, ptr %9, align 4
  br label %16, !llvm.loop !15

56:                                               ; preds = %16
  br label %57

57:                                               ; preds = %56
  %58 = load i32, ptr %8, align 4
  %59 = add nsw i32 %58, 1
  store i32 %59, ptr %8, align 4
  br label %12, !llvm.loop !16

60:                                               ; preds = %12
  store i32 0, ptr %10, align 4
  br label %61

61:                                               ; preds = %87, %60
  %62 = load i32, ptr %10, align 4
  %63 = icmp slt i32 %62, 2
  br i1 %63, label %64, label %90

64:                                               ; preds = %61
  store i32 0, ptr %11, align 4
  br label %65

65:                                               ; preds = %83, %64
  %66 = load i32, ptr %11, align 4
  %67 = icmp slt i32 %66, 2
  br i1 %67, label %68, label %86

68:                                               ; preds = %65
  %69 = load i32, ptr %10, align 4
  %70 = sext i32 %69 to i64
  %71 = getelementptr inbounds [2 x [2 x i64]], ptr %7, i64 0, i64 %70
  %72 = load i32, ptr %11, align 4
  %73 = sext i32 %72 to i64
  %74 = getelementptr inbounds [2 x i64], ptr %71, i64 0, i64 %73
  %75 = load i64, ptr %74, align 8
  %76 = load ptr, ptr %6, align 8
  %77 = load i32, ptr %10, align 4
  %78 = sext i32 %77 to i64
  %79 = getelementptr inbounds [2 x i64], ptr %76, i64 %78
  %80 = load i32, ptr %11, align 4
  %81 = sext i32 %80 to i64
  %82 = getelementptr inbounds [2 x i64], ptr %79, i64 0, i64 %81
  store i64 %75, ptr %82, align 8
  br label %83

83:                                               ; preds = %68
  %84 = load i32, ptr %11, align 4
  %85 = add nsw i32 %84, 1
  store i32 %85, ptr %11, align 4
  br label %65, !llvm.loop !17

86:                                               ; preds = %65
  br label %87

87:                                               ; preds = %86
  %88 = load i32, ptr %10, align 4
  %89 = add nsw i32 %88, 1
  store i32 %89, ptr %10, align 4
  br label %61, !llvm.loop !18

90:                                               ; preds = %61
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @det3(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds [3 x double], ptr %3, i64 0
  %5 = getelementptr inbounds [3 x double], ptr %4, i64 0, i64 0
  %6 = load double, ptr %5, align 8
  %7 = load ptr, ptr %2, align 8
  %8 = getelementptr inbounds [3 x double], ptr %7, i64 1
  %9 = getelementptr inbounds [3 x double], ptr %8, i64 0, i64 1
  %10 = load double, ptr %9, align 8
  %11 = load ptr, ptr %2, align 8
  %12 = getelementptr inbounds [3 x double], ptr %11, i64 2
  %13 = getelementptr inbounds [3 x double], ptr %12, i64 0, i64 2
  %14 = load double, ptr %13, align 8
  %15 = load ptr, ptr %2, align 8
  %16 = getelementptr inbounds [3 x double], ptr %15, i64 1
  %17 = getelementptr inbounds [3 x double], ptr %16, i64 0, i64 2
  %18 = load double, ptr %17, align 8
  %19 = load ptr, ptr %2, align 8
  %20 = getelementptr inbounds [3 x double], ptr %19, i64 2
  %21 = getelementptr inbounds [3 x double], ptr %20, i64 0, i64 1
  %22 = load double, ptr %21, align 8
  %23 = fmul double %18, %22
  %24 = fneg double %23
  %25 = call double @llvm.fmuladd.f64(double %10, double %14, double %24)
  %26 = load ptr, ptr %2, align 8
  %27 = getelementptr inbounds [3 x double], ptr %26, i64 0
  %28 = getelementptr inbounds [3 x double], ptr %27, i64 0, i64 1
  %29 = load double, ptr %28, align 8
  %30 = load ptr, ptr %2, align 8
  %31 = getelementptr inbounds [3 x double], ptr %30, i64 1
  %32 = getelementptr inbounds [3 x double], ptr %31, i64 0, i64 0
  %33 = load double, ptr %32, align 8
  %34 = load ptr, ptr %2, align 8
  %35 = getelementptr inbounds [3 x double], ptr %34, i64 2
  %36 = getelementptr inbounds [3 x double], ptr %35, i64 0, i64 2
  %37 = load double, ptr %36, align 8
  %38 = load ptr, ptr %2, align 8
  %39 = getelementptr inbounds [3 x double], ptr %38, i64 1
  %40 = getelementptr inbounds [3 x double], ptr %39, i64 0, i64 2
  %41 = load double, ptr %40, align 8
  %42 = load ptr, ptr %2, align 8
  %43 = getelementptr inbounds [3 x double], ptr %42, i64 2
  %44 = getelementptr inbounds [3 x double], ptr %43, i64 0, i64 0
  %45 = load double, ptr %44, align 8
  %46 = fmul double %41, %45
  %47 = fneg double %46
  %48 = call double @llvm.fmuladd.f64(double %33, double %37, double %47)
  %49 = fmul double %29, %48
  %50 = fneg double %49
  %51 = call double @llvm.fmuladd.f64(double %6, double %25, double %50)
  %52 = load ptr, ptr %2, align 8
  %53 = getelementptr inbounds [3 x double], ptr %52, i64 0
  %54 = getelementptr inbounds [3 x double], ptr %53, i64 0, i64 2
  %55 = load double, ptr %54, align 8
  %56 = load ptr, ptr %2, align 8
  %57 = getelementptr inbounds [3 x double], ptr %56, i64 1
  %58 = getelementptr inbounds [3 x double], ptr %57, i64 0, i64 0
  %59 = load double, ptr %58, align 8
  %60 = load ptr, ptr %2, align 8
  %61 = getelementptr inbounds [3 x double], ptr %60, i64 2
  %62 = getelementptr inbounds [3 x double], ptr %61, i64 0, i64 1
  %63 = load double, ptr %62, align 8
  %64 = load ptr, ptr %2, align 8
  %65 = getelementptr inbounds [3 x double], ptr %64, i64 1
  %66 = getelementptr inbounds [3 x double], ptr %65, i64 0, i64 1
  %67 = load double, ptr %66, align 8
  %68 = load ptr, ptr %2, align 8
  %69 = getelementptr inbounds [3 x double], ptr %68, i64 2
  %70 = getelementptr inbounds [3 x double], ptr %69, i64 0, i64 0
  %71 = load double, ptr %70, align 8
  %72 = fmul double %67, %71
  %73 = fneg double %72
  %74 = call double @llvm.fmuladd.f64(double %59, double %63, double %73)
  %75 = call double @llvm.fmuladd.f64(double %55, double %74, double %51)
  ret double %75
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

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
