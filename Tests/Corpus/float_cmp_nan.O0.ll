; ModuleID = 'float_cmp_nan.c'
source_filename = "float_cmp_nan.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [7 x i8] c"1 vs 2\00", align 1
@.str.1 = private unnamed_addr constant [7 x i8] c"2 vs 2\00", align 1
@.str.2 = private unnamed_addr constant [9 x i8] c"nan vs 1\00", align 1
@.str.3 = private unnamed_addr constant [11 x i8] c"nan vs nan\00", align 1
@.str.4 = private unnamed_addr constant [13 x i8] c"inf vs 1e308\00", align 1
@.str.5 = private unnamed_addr constant [8 x i8] c"-0 vs 0\00", align 1
@.str.6 = private unnamed_addr constant [14 x i8] c"f 1.5 vs -1.5\00", align 1
@.str.7 = private unnamed_addr constant [11 x i8] c"f nan vs 0\00", align 1
@.str.8 = private unnamed_addr constant [21 x i8] c"is_nan: %d %d %d %d\0A\00", align 1
@.str.9 = private unnamed_addr constant [29 x i8] c"!(nan<1): %d  !(nan>=1): %d\0A\00", align 1
@.str.10 = private unnamed_addr constant [25 x i8] c"max/min with nan: %g %g\0A\00", align 1
@.str.11 = private unnamed_addr constant [11 x i8] c"count: %d\0A\00", align 1
@.str.12 = private unnamed_addr constant [7 x i8] c"wrong\0A\00", align 1
@.str.13 = private unnamed_addr constant [11 x i8] c"wrong inf\0A\00", align 1
@.str.14 = private unnamed_addr constant [12 x i8] c"inf: %f %f\0A\00", align 1
@.str.15 = private unnamed_addr constant [41 x i8] c"%s: lt=%d le=%d gt=%d ge=%d eq=%d ne=%d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main(i32 noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca double, align 8
  %7 = alloca double, align 8
  %8 = alloca double, align 8
  %9 = alloca float, align 4
  %10 = alloca float, align 4
  %11 = alloca i32, align 4
  %12 = alloca [6 x double], align 16
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  store i32 0, ptr %3, align 4
  store i32 %0, ptr %4, align 4
  store ptr %1, ptr %5, align 8
  %15 = load ptr, ptr %5, align 8
  %16 = load i32, ptr %4, align 4
  %17 = call double @zero(i32 noundef %16)
  store double %17, ptr %6, align 8
  %18 = load double, ptr %6, align 8
  %19 = load double, ptr %6, align 8
  %20 = fdiv double %18, %19
  store double %20, ptr %7, align 8
  %21 = load double, ptr %6, align 8
  %22 = fdiv double 1.000000e+00, %21
  store double %22, ptr %8, align 8
  %23 = load i32, ptr %4, align 4
  %24 = call float @fzero(i32 noundef %23)
  store float %24, ptr %9, align 4
  %25 = load float, ptr %9, align 4
  %26 = load float, ptr %9, align 4
  %27 = fdiv float %25, %26
  store float %27, ptr %10, align 4
  call void @cmp(ptr noundef @.str, double noundef 1.000000e+00, double noundef 2.000000e+00)
  call void @cmp(ptr noundef @.str.1, double noundef 2.000000e+00, double noundef 2.000000e+00)
  %28 = load double, ptr %7, align 8
  call void @cmp(ptr noundef @.str.2, double noundef %28, double noundef 1.000000e+00)
  %29 = load double, ptr %7, align 8
  %30 = load double, ptr %7, align 8
  call void @cmp(ptr noundef @.str.3, double noundef %29, double noundef %30)
  %31 = load double, ptr %8, align 8
  call void @cmp(ptr noundef @.str.4, double noundef %31, double noundef 1.000000e+308)
  %32 = load double, ptr %6, align 8
  %33 = fneg double %32
  %34 = load double, ptr %6, align 8
  call void @cmp(ptr noundef @.str.5, double noundef %33, double noundef %34)
  call void @fcmp(ptr noundef @.str.6, float noundef 1.500000e+00, float noundef -1.500000e+00)
  %35 = load float, ptr %10, align 4
  call void @fcmp(ptr noundef @.str.7, float noundef %35, float noundef 0.000000e+00)
  %36 = load double, ptr %7, align 8
  %37 = call i32 @is_nan(double noundef %36)
  %38 = load double, ptr %8, align 8
  %39 = call i32 @is_nan(double noundef %38)
  %40 = load double, ptr %8, align 8
  %41 = load double, ptr %8, align 8
  %42 = fsub double %40, %41
  %43 = call i32 @is_nan(double noundef %42)
  %44 = call i32 @is_nan(double noundef 1.000000e+00)
  %45 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %37, i32 noundef %39, i32 noundef %43, i32 noundef %44)
  %46 = load double, ptr %7, align 8
  %47 = fcmp olt double %46, 1.000000e+00
  %48 = xor i1 %47, true
  %49 = zext i1 %48 to i32
  %50 = load double, ptr %7, align 8
  %51 = fcmp oge double %50, 1.000000e+00
  %52 = xor i1 %51, true
  %53 = zext i1 %52 to i32
  %54 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %49, i32 noundef %53)
  %55 = load double, ptr %7, align 8
  %56 = call double @fmax_(double noundef %55, double noundef 3.000000e+00)
  %57 = fcmp oeq double %56, 3.000000e+00
  %58 = zext i1 %57 to i64
  %59 = select i1 %57, double 3.000000e+00, double -1.000000e+00
  %60 = load double, ptr %7, align 8
  %61 = call double @fmin_(double noundef 3.000000e+00, double noundef %60)
  %62 = fcmp une double %61, 3.000000e+00
  %63 = zext i1 %62 to i64
  %64 = select i1 %62, double 1.000000e+00, double 0.000000e+00
  %65 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, double noundef %59, double noundef %64)
  store i32 0, ptr %11, align 4
  call void @llvm.memset.p0.i64(ptr align 16 %12, i8 0, i64 48, i1 false)
  %66 = getelementptr inbounds [6 x double], ptr %12, i32 0, i32 0
  store double 1.000000e+00, ptr %66, align 16
  %67 = getelementptr inbounds [6 x double], ptr %12, i32 0, i32 1
  store double -2.000000e+00, ptr %67, align 8
  %68 = getelementptr inbounds [6 x double], ptr %12, i32 0, i32 3
  store double 5.500000e+00, ptr %68, align 8
  %69 = getelementptr inbounds [6 x double], ptr %12, i32 0, i32 4
  store double -0.000000e+00, ptr %69, align 16
  %70 = getelementptr inbounds [6 x double], ptr %12, i32 0, i32 5
  store double 3.250000e+00, ptr %70, align 8
  store i32 0, ptr %13, align 4
  br label %71

71:                                               ; preds = %120, %2
  %72 = load i32, ptr %13, align 4
  %73 = icmp slt i32 %72, 6
  br i1 %73, label %74, label %123

74:                                               ; preds = %71
  store i32 0, ptr %14, align 4
  br label %75

75:                                               ; preds = %116, %74
  %76 = load i32, ptr %14, align 4
  %77 = icmp slt i32 %76, 6
  br i1 %77, label %78, label %119

78:                                               ; preds = %75
  %79 = load i32, ptr %13, align 4
  %80 = sext i32 %79 to i64
  %81 = getelementptr inbounds [6 x double], ptr %12, i64 0, i64 %80
  %82 = load double, ptr %81, align 8
  %83 = load i32, ptr %14, align 4
  %84 = sext i32 %83 to i64
  %85 = getelementptr inbounds [6 x double], ptr %12, i64 0, i64 %84
  %86 = load double, ptr %85, align 8
  %87 = fcmp olt double %82, %86
  %88 = zext i1 %87 to i32
  %89 = mul nsw i32 %88, 1
  %90 = load i32, ptr %13, align 4
  %91 = sext i32 %90 to i64
  %92 = getelementptr inbounds [6 x double], ptr %12, i64 0, i64 %91
  %93 = load double, ptr %92, align 8
  %94 = load i32, ptr %14, align 4
  %95 = sext i32 %94 to i64
  %96 = getelementptr inbounds [6 x double], ptr %12, i64 0, i64 %95
  %97 = load double, ptr %96, align 8
  %98 = fcmp oeq double %93, %97
  %99 = zext i1 %98 to i32
  %100 = mul nsw i32 %99, 10
  %101 = add nsw i32 %89, %100
  %102 = load i32, ptr %13, align 4
  %103 = sext i32 %102 to i64
  %104 = getelementptr inbounds [6 x double], ptr %12, i64 0, i64 %103
  %105 = load double, ptr %104, align 8
  %106 = load i32, ptr %14, align 4
  %107 = sext i32 %106 to i64
  %108 = getelementptr inbounds [6 x double], ptr %12, i64 0, i64 %107
  %109 = load double, ptr %108, align 8
  %110 = fcmp oge double %105, %109
  %111 = zext i1 %110 to i32
  %112 = mul nsw i32 %111, 100
  %113 = add nsw i32 %101, %112
  %114 = load i32, ptr %11, align 4
  %115 = add nsw i32 %114, %113
  store i32 %115, ptr %11, align 4
  br label %116

116:                                              ; preds = %78
  %117 = load i32, ptr %14, align 4
  %118 = add nsw i32 %117, 1
  store i32 %118, ptr %14, align 4
  br label %75, !llvm.loop !6

119:                                              ; preds = %75
  br label %120

120:                                              ; preds = %119
  %121 = load i32, ptr %13, align 4
  %122 = add nsw i32 %121, 1
  store i32 %122, ptr %13, align 4
  br label %71, !llvm.loop !8

123:                                              ; preds = %71
  %124 = load i32, ptr %11, align 4
  %125 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %124)
  %126 = load double, ptr %7, align 8
  %127 = load double, ptr %7, align 8
  %128 = fcmp oeq double %126, %127
  br i1 %128, label %129, label %131

129:                                              ; preds = %123
  %130 = call i32 (ptr, ...) @printf(ptr noundef @.str.12)
  store i32 1, ptr %3, align 4
  br label %141

131:                                              ; preds = %123
  %132 = load double, ptr %8, align 8
  %133 = fcmp ogt double %132, 0.000000e+00
  br i1 %133, label %136, label %134

134:                                              ; preds = %131
  %135 = call i32 (ptr, ...) @printf(ptr noundef @.str.13)
  store i32 1, ptr %3, align 4
  br label %141

136:                                              ; preds = %131
  %137 = load double, ptr %8, align 8
  %138 = load double, ptr %8, align 8
  %139 = fneg double %138
  %140 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, double noundef %137, double noundef %139)
  store i32 0, ptr %3, align 4
  br label %141

141:                                              ; preds = %136, %134, %129
  %142 = load i32, ptr %3, align 4
  ret i32 %142
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @zero(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = load i32, ptr %2, align 4
  %5 = sub nsw i32 %3, %4
  %6 = sitofp i32 %5 to double
  ret double %6
}

; Function Attrs: noinline nounwind optnone uwtable
define internal float @fzero(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = mul nsw i32 %3, 0
  %5 = sitofp i32 %4 to float
  ret float %5
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @cmp(ptr noundef %0, double noundef %1, double noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  store ptr %0, ptr %4, align 8
  store double %1, ptr %5, align 8
  store double %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8
  %8 = load double, ptr %5, align 8
  %9 = load double, ptr %6, align 8
  %10 = fcmp olt double %8, %9
  %11 = zext i1 %10 to i32
  %12 = load double, ptr %5, align 8
  %13 = load double, ptr %6, align 8
  %14 = fcmp ole double %12, %13
  %15 = zext i1 %14 to i32
  %16 = load double, ptr %5, align 8
  %17 = load double, ptr %6, align 8
  %18 = fcmp ogt double %16, %17
  %19 = zext i1 %18 to i32
  %20 = load double, ptr %5, align 8
  %21 = load double, ptr %6, align 8
  %22 = fcmp oge double %20, %21
  %23 = zext i1 %22 to i32
  %24 = load double, ptr %5, align 8
  %25 = load double, ptr %6, align 8
  %26 = fcmp oeq double %24, %25
  %27 = zext i1 %26 to i32
  %28 = load double, ptr %5, align 8
  %29 = load double, ptr %6, align 8
  %30 = fcmp une double %28, %29
  %31 = zext i1 %30 to i32
  %32 = call i32 (ptr, ...) @printf(ptr noundef @.str.15, ptr noundef %7, i32 noundef %11, i32 noundef %15, i32 noundef %19, i32 noundef %23, i32 noundef %27, i32 noundef %31)
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @fcmp(ptr noundef %0, float noundef %1, float noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca float, align 4
  %6 = alloca float, align 4
  store ptr %0, ptr %4, align 8
  store float %1, ptr %5, align 4
  store float %2, ptr %6, align 4
  %7 = load ptr, ptr %4, align 8
  %8 = load float, ptr %5, align 4
  %9 = load float, ptr %6, align 4
  %10 = fcmp olt float %8, %9
  %11 = zext i1 %10 to i32
  %12 = load float, ptr %5, align 4
  %13 = load float, ptr %6, align 4
  %14 = fcmp ole float %12, %13
  %15 = zext i1 %14 to i32
  %16 = load float, ptr %5, align 4
  %17 = load float, ptr %6, align 4
  %18 = fcmp ogt float %16, %17
  %19 = zext i1 %18 to i32
  %20 = load float, ptr %5, align 4
  %21 = load float, ptr %6, align 4
  %22 = fcmp oge float %20, %21
  %23 = zext i1 %22 to i32
  %24 = load float, ptr %5, align 4
  %25 = load float, ptr %6, align 4
  %26 = fcmp oeq float %24, %25
  %27 = zext i1 %26 to i32
  %28 = load float, ptr %5, align 4
  %29 = load float, ptr %6, align 4
  %30 = fcmp une float %28, %29
  %31 = zext i1 %30 to i32
  %32 = call i32 (ptr, ...) @printf(ptr noundef @.str.15, ptr noundef %7, i32 noundef %11, i32 noundef %15, i32 noundef %19, i32 noundef %23, i32 noundef %27, i32 noundef %31)
  ret void
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @is_nan(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = load double, ptr %2, align 8
  %5 = fcmp une double %3, %4
  %6 = zext i1 %5 to i32
  ret i32 %6
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @fmax_(double noundef %0, double noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  store double %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %5 = load double, ptr %3, align 8
  %6 = load double, ptr %4, align 8
  %7 = fcmp ogt double %5, %6
  br i1 %7, label %8, label %10

8:                                                ; preds = %2
  %9 = load double, ptr %3, align 8
  br label %12

10:                                               ; preds = %2
  %11 = load double, ptr %4, align 8
  br label %12

12:                                               ; preds = %10, %8
  %13 = phi double [ %9, %8 ], [ %11, %10 ]
  ret double %13
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @fmin_(double noundef %0, double noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  store double %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %5 = load double, ptr %3, align 8
  %6 = load double, ptr %4, align 8
  %7 = fcmp olt double %5, %6
  br i1 %7, label %8, label %10

8:                                                ; preds = %2
  %9 = load double, ptr %3, align 8
  br label %12

10:                                               ; preds = %2
  %11 = load double, ptr %4, align 8
  br label %12

12:                                               ; preds = %10, %8
  %13 = phi double [ %9, %8 ], [ %11, %10 ]
  ret double %13
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }

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
