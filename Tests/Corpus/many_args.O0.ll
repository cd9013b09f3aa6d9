; ModuleID = 'many_args.c'
source_filename = "many_args.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Pair = type { i64, i64 }

@.str = private unnamed_addr constant [31 x i8] c"ints: %d %d %d %d %d %d %d %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [34 x i8] c"dbls: %g %g %g %g %g %g %g %g %g\0A\00", align 1
@.str.2 = private unnamed_addr constant [14 x i8] c"ints10: %lld\0A\00", align 1
@.str.3 = private unnamed_addr constant [18 x i8] c"ints10 neg: %lld\0A\00", align 1
@.str.4 = private unnamed_addr constant [11 x i8] c"dbl10: %g\0A\00", align 1
@.str.5 = private unnamed_addr constant [13 x i8] c"mixed: %.3f\0A\00", align 1
@__const.main.p = private unnamed_addr constant %struct.Pair { i64 1, i64 2 }, align 8
@__const.main.q = private unnamed_addr constant %struct.Pair { i64 3, i64 4 }, align 8
@.str.6 = private unnamed_addr constant [19 x i8] c"with_struct: %lld\0A\00", align 1
@.str.7 = private unnamed_addr constant [12 x i8] c"narrow: %d\0A\00", align 1
@.str.8 = private unnamed_addr constant [12 x i8] c"floats: %g\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @ints10(i32 noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3, i32 noundef %4, i32 noundef %5, i32 noundef %6, i32 noundef %7, i32 noundef %8, i32 noundef %9) #0 {
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca i32, align 4
  store i32 %0, ptr %11, align 4
  store i32 %1, ptr %12, align 4
  store i32 %2, ptr %13, align 4
  store i32 %3, ptr %14, align 4
  store i32 %4, ptr %15, align 4
  store i32 %5, ptr %16, align 4
  store i32 %6, ptr %17, align 4
  store i32 %7, ptr %18, align 4
  store i32 %8, ptr %19, align 4
  store i32 %9, ptr %20, align 4
  %21 = load i32, ptr %11, align 4
  %22 = sext i32 %21 to i64
  %23 = load i32, ptr %12, align 4
  %24 = sext i32 %23 to i64
  %25 = mul nsw i64 2, %24
  %26 = add nsw i64 %22, %25
  %27 = load i32, ptr %13, align 4
  %28 = sext i32 %27 to i64
  %29 = mul nsw i64 3, %28
  %30 = add nsw i64 %26, %29
  %31 = load i32, ptr %14, align 4
  %32 = sext i32 %31 to i64
  %33 = mul nsw i64 4, %32
  %34 = add nsw i64 %30, %33
  %35 = load i32, ptr %15, align 4
  %36 = sext i32 %35 to i64
  %37 = mul nsw i64 5, %36
  %38 = add nsw i64 %34, %37
  %39 = load i32, ptr %16, align 4
  %40 = sext i32 %39 to i64
  %41 = mul nsw i64 6, %40
  %42 = add nsw i64 %38, %41
  %43 = load i32, ptr %17, align 4
  %44 = sext i32 %43 to i64
  %45 = mul nsw i64 7, %44
  %46 = add nsw i64 %42, %45
  %47 = load i32, ptr %18, align 4
  %48 = sext i32 %47 to i64
  %49 = mul nsw i64 8, %48
  %50 = add nsw i64 %46, %49
  %51 = load i32, ptr %19, align 4
  %52 = sext i32 %51 to i64
  %53 = mul nsw i64 9, %52
  %54 = add nsw i64 %50, %53
  %55 = load i32, ptr %20, align 4
  %56 = sext i32 %55 to i64
  %57 = mul nsw i64 10, %56
  %58 = add nsw i64 %54, %57
  ret i64 %58
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @dbl10(double noundef %0, double noundef %1, double noundef %2, double noundef %3, double noundef %4, double noundef %5, double noundef %6, double noundef %7, double noundef %8, double noundef %9) #0 {
  %11 = alloca double, align 8
  %12 = alloca double, align 8
  %13 = alloca double, align 8
  %14 = alloca double, align 8
  %15 = alloca double, align 8
  %16 = alloca double, align 8
  %17 = alloca double, align 8
  %18 = alloca double, align 8
  %19 = alloca double, align 8
  %20 = alloca double, align 8
  store double %0, ptr %11, align 8
  store double %1, ptr %12, align 8
  store double %2, ptr %13, align 8
  store double %3, ptr %14, align 8
  store double %4, ptr %15, align 8
  store double %5, ptr %16, align 8
  store double %6, ptr %17, align 8
  store double %7, ptr %18, align 8
  store double %8, ptr %19, align 8
  store double %9, ptr %20, align 8
  %21 = load double, ptr %11, align 8
  %22 = load double, ptr %12, align 8
  %23 = fsub double %21, %22
  %24 = load double, ptr %13, align 8
  %25 = fadd double %23, %24
  %26 = load double, ptr %14, align 8
  %27 = fsub double %25, %26
  %28 = load double, ptr %15, align 8
  %29 = fadd double %27, %28
  %30 = load double, ptr %16, align 8
  %31 = fsub double %29, %30
  %32 = load double, ptr %17, align 8
  %33 = fadd double %31, %32
  %34 = load double, ptr %18, align 8
  %35 = fsub double %33, %34
  %36 = load double, ptr %19, align 8
  %37 = call double @llvm.fmuladd.f64(double %36, double 1.000000e+02, double %35)
  %38 = load double, ptr %20, align 8
  %39 = fneg double %38
  %40 = call double @llvm.fmuladd.f64(double %39, double 1.000000e+03, double %37)
  ret double %40
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @mixed(i32 noundef %0, double noundef %1, i64 noundef %2, float noundef %3, i8 noundef signext %4, double noundef %5, i16 noundef signext %6, double noundef %7, i32 noundef %8, double noundef %9, i64 noundef %10, double noundef %11, i32 noundef %12, double noundef %13, double noundef %14, i32 noundef %15, double noundef %16) #0 {
  %18 = alloca i32, align 4
  %19 = alloca double, align 8
  %20 = alloca i64, align 8
  %21 = alloca float, align 4
  %22 = alloca i8, align 1
  %23 = alloca double, align 8
  %24 = alloca i16, align 2
  %25 = alloca double, align 8
  %26 = alloca i32, align 4
  %27 = alloca double, align 8
  %28 = alloca i64, align 8
  %29 = alloca double, align 8
  %30 = alloca i32, align 4
  %31 = alloca double, align 8
  %32 = alloca double, align 8
  %33 = alloca i32, align 4
  %34 = alloca double, align 8
  store i32 %0, ptr %18, align 4
  store double %1, ptr %19, align 8
  store i64 %2, ptr %20, align 8
  store float %3, ptr %21, align 4
  store i8 %4, ptr %22, align 1
  store double %5, ptr %23, align 8
  store i16 %6, ptr %24, align 2
  store double %7, ptr %25, align 8
  store i32 %8, ptr %26, align 4
  store double %9, ptr %27, align 8
  store i64 %10, ptr %28, align 8
  store double %11, ptr %29, align 8
  store i32 %12, ptr %30, align 4
  store double %13, ptr %31, align 8
  store double %14, ptr %32, align 8
  store i32 %15, ptr %33, align 4
  store double %16, ptr %34, align 8
  %35 = load i32, ptr %18, align 4
  %36 = sitofp i32 %35 to double
  %37 = load double, ptr %19, align 8
  %38 = fadd double %36, %37
  %39 = load i64, ptr %20, align 8
  %40 = sitofp i64 %39 to double
  %41 = fadd double %38, %40
  %42 = load float, ptr %21, align 4
  %43 = fpext float %42 to double
  %44 = fadd double %41, %43
  %45 = load i8, ptr %22, align 1
  %46 = sext i8 %45 to i32
  %47 = sitofp i32 %46 to double
  %48 = fadd double %44, %47
  %49 = load double, ptr %23, align 8
  %50 = fadd double %48, %49
  %51 = load i16, ptr %24, align 2
  %52 = sext i16 %51 to i32
  %53 = sitofp i32 %52 to double
  %54 = fadd double %50, %53
  %55 = load double, ptr %25, align 8
  %56 = fadd double %54, %55
  %57 = load i32, ptr %26, align 4
  %58 = uitofp i32 %57 to double
  %59 = fadd double %56, %58
  %60 = load double, ptr %27, align 8
  %61 = fadd double %59, %60
  %62 = load i64, ptr %28, align 8
  %63 = sitofp i64 %62 to double
  %64 = fadd double %61, %63
  %65 = load double, ptr %29, align 8
  %66 = fadd double %64, %65
  %67 = load i32, ptr %30, align 4
  %68 = sitofp i32 %67 to double
  %69 = fadd double %66, %68
  %70 = load double, ptr %31, align 8
  %71 = fadd double %69, %70
  %72 = load double, ptr %32, align 8
  %73 = fadd double %71, %72
  %74 = load i32, ptr %33, align 4
  %75 = sitofp i32 %74 to double
  %76 = fadd double %73, %75
  %77 = load double, ptr %34, align 8
  %78 = fadd double %76, %77
  ret double %78
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @with_struct(i32 noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3, i32 noundef %4, ptr noundef byval(%struct.Pair) align 8 %5, i32 noundef %6, ptr noundef byval(%struct.Pair) align 8 %7) #0 {
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  store i32 %0, ptr %9, align 4
  store i32 %1, ptr %10, align 4
  store i32 %2, ptr %11, align 4
  store i32 %3, ptr %12, align 4
  store i32 %4, ptr %13, align 4
  store i32 %6, ptr %14, align 4
  %15 = load i32, ptr %9, align 4
  %16 = load i32, ptr %10, align 4
  %17 = add nsw i32 %15, %16
  %18 = load i32, ptr %11, align 4
  %19 = add nsw i32 %17, %18
  %20 = load i32, ptr %12, align 4
  %21 = add nsw i32 %19, %20
  %22 = load i32, ptr %13, align 4
  %23 = add nsw i32 %21, %22
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds nuw %struct.Pair, ptr %5, i32 0, i32 0
  %26 = load i64, ptr %25, align 8
  %27 = mul nsw i64 %26, 10
  %28 = add nsw i64 %24, %27
  %29 = getelementptr inbounds nuw %struct.Pair, ptr %5, i32 0, i32 1
  %30 = load i64, ptr %29, align 8
  %31 = mul nsw i64 %30, 100
  %32 = add nsw i64 %28, %31
  %33 = load i32, ptr %14, align 4
  %34 = sext i32 %33 to i64
  %35 = add nsw i64 %32, %34
  %36 = getelementptr inbounds nuw %struct.Pair, ptr %7, i32 0, i32 0
  %37 = load i64, ptr %36, align 8
  %38 = mul nsw i64 %37, 1000
  %39 = add nsw i64 %35, %38
  %40 = getelementptr inbounds nuw %struct.Pair, ptr %7, i32 0, i32 1
  %41 = load i64, ptr %40, align 8
  %42 = mul nsw i64 %41, 10000
  %43 = add nsw i64 %39, %42
  ret i64 %43
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @print_all(i32 noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3, i32 noundef %4, i32 noundef %5, i32 noundef %6, i32 noundef %7, double noundef %8, double noundef %9, double noundef %10, double noundef %11, double noundef %12, double noundef %13, double noundef %14, double noundef %15, double noundef %16) #0 {
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca i32, align 4
  %21 = alloca i32, align 4
  %22 = alloca i32, align 4
  %23 = alloca i32, align 4
  %24 = alloca i32, align 4
  %25 = alloca i32, align 4
  %26 = alloca double, align 8
  %27 = alloca double, align 8
  %28 = alloca double, align 8
  %29 = alloca double, align 8
  %30 = alloca double, align 8
  %31 = alloca double, align 8
  %32 = alloca double, align 8
  %33 = alloca double, align 8
  %34 = alloca double, align 8
  store i32 %0, ptr %18, align 4
  store i32 %1, ptr %19, align 4
  store i32 %2, ptr %20, align 4
  store i32 %3, ptr %21, align 4
  store i32 %4, ptr %22, align 4
  store i32 %5, ptr %23, align 4
  store i32 %6, ptr %24, align 4
  store i32 %7, ptr %25, align 4
  store double %8, ptr %26, align 8
  store double %9, ptr %27, align 8
  store double %10, ptr %28, align 8
  store double %11, ptr %29, align 8
  store double %12, ptr %30, align 8
  store double %13, ptr %31, align 8
  store double %14, ptr %32, align 8
  store double %15, ptr %33, align 8
  store double %16, ptr %34, align 8
  %35 = load i32, ptr %18, align 4
  %36 = load i32, ptr %19, align 4
  %37 = load i32, ptr %20, align 4
  %38 = load i32, ptr %21, align 4
  %39 = load i32, ptr %22, align 4
  %40 = load i32, ptr %23, align 4
  %41 = load i32, ptr %24, align 4
  %42 = load i32, ptr %25, align 4
  %43 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %35, i32 noundef %36, i32 noundef %37, i32 noundef %38, i32 noundef %39, i32 noundef %40, i32 noundef %41, i32 noundef %42)
  %44 = load double, ptr %26, align 8
  %45 = load double, ptr %27, align 8
  %46 = load double, ptr %28, align 8
  %47 = load double, ptr %29, align 8
  %48 = load double, ptr %30, align 8
  %49 = load double, ptr %31, align 8
  %50 = load double, ptr %32, align 8
  %51 = load double, ptr %33, align 8
  %52 = load double, ptr %34, align 8
  %53 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, double noundef %44, double noundef %45, double noundef %46, double noundef %47, double noundef %48, double noundef %49, double noundef %50, double noundef %51, double noundef %52)
  ret void
}

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local zeroext i8 @narrow(i8 noundef zeroext %0, i8 noundef signext %1, i16 noundef zeroext %2, i16 noundef signext %3, i8 noundef zeroext %4, i8 noundef signext %5, i16 noundef zeroext %6, i16 noundef signext %7) #0 {
  %9 = alloca i8, align 1
  %10 = alloca i8, align 1
  %11 = alloca i16, align 2
  %12 = alloca i16, align 2
  %13 = alloca i8, align 1
  %14 = alloca i8, align 1
  %15 = alloca i16, align 2
  %16 = alloca i16, align 2
  store i8 %0, ptr %9, align 1
  store i8 %1, ptr %10, align 1
  store i16 %2, ptr %11, align 2
  store i16 %3, ptr %12, align 2
  store i8 %4, ptr %13, align 1
  store i8 %5, ptr %14, align 1
  store i16 %6, ptr %15, align 2
  store i16 %7, ptr %16, align 2
  %17 = load i8, ptr %9, align 1
  %18 = zext i8 %17 to i32
  %19 = load i8, ptr %10, align 1
  %20 = sext i8 %19 to i32
  %21 = add nsw i32 %18, %20
  %22 = load i16, ptr %11, align 2
  %23 = zext i16 %22 to i32
  %24 = add nsw i32 %21, %23
  %25 = load i16, ptr %12, align 2
  %26 = sext i16 %25 to i32
  %27 = add nsw i32 %24, %26
  %28 = load i8, ptr %13, align 1
  %29 = zext i8 %28 to i32
  %30 = add nsw i32 %27, %29
  %31 = load i8, ptr %14, align 1
  %32 = sext i8 %31 to i32
  %33 = add nsw i32 %30, %32
  %34 = load i16, ptr %15, align 2
  %35 = zext i16 %34 to i32
  %36 = add nsw i32 %33, %35
  %37 = load i16, ptr %16, align 2
  %38 = sext i16 %37 to i32
  %39 = add nsw i32 %36, %38
  %40 = trunc i32 %39 to i8
  ret i8 %40
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @floats(float noundef %0, float noundef %1, float noundef %2, float noundef %3, float noundef %4, float noundef %5, float noundef %6, float noundef %7, float noundef %8, float noundef %9) #0 {
  %11 = alloca float, align 4
  %12 = alloca float, align 4
  %13 = alloca float, align 4
  %14 = alloca float, align 4
  %15 = alloca float, align 4
  %16 = alloca float, align 4
  %17 = alloca float, align 4
  %18 = alloca float, align 4
  %19 = alloca float, align 4
  %20 = alloca float, align 4
  store float %0, ptr %11, align 4
  store float %1, ptr %12, align 4
  store float %2, ptr %13, align 4
  store float %3, ptr %14, align 4
  store float %4, ptr %15, align 4
  store float %5, ptr %16, align 4
  store float %6, ptr %17, align 4
  store float %7, ptr %18, align 4
  store float %8, ptr %19, align 4
  store float %9, ptr %20, align 4
  %21 = load float, ptr %11, align 4
  %22 = load float, ptr %12, align 4
  %23 = fmul float %22, 2.000000e+00
  %24 = call float @llvm.fmuladd.f32(float %21, float 1.000000e+00, float %23)
  %25 = load float, ptr %13, align 4
  %26 = call float @llvm.fmuladd.f32(float %25, float 3.000000e+00, float %24)
  %27 = load float, ptr %14, align 4
  %28 = call float @llvm.fmuladd.f32(float %27, float 4.000000e+00, float %26)
  %29 = load float, ptr %15, align 4
  %30 = call float @llvm.fmuladd.f32(float %29, float 5.000000e+00, float %28)
  %31 = load float, ptr %16, align 4
  %32 = call float @llvm.fmuladd.f32(float %31, float 6.000000e+00, float %30)
  %33 = load float, ptr %17, align 4
  %34 = call float @llvm.fmuladd.f32(float %33, float 7.000000e+00, float %32)
  %35 = load float, ptr %18, align 4
  %36 = call float @llvm.fmuladd.f32(float %35, float 8.000000e+00, float %34)
  %37 = load float, ptr %19, align 4
  %38 = call float @llvm.fmuladd.f32(float %37, float 9.000000e+00, float %36)
  %39 = load float, ptr %20, align 4
  %40 = call float @llvm.fmuladd.f32(float %39, float 1.000000e+01, float %38)
  ret float %40
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.Pair, align 8
  %3 = alloca %struct.Pair, align 8
  store i32 0, ptr %1, align 4
  %4 = call i64 @ints10(i32 noundef 1, i32 noundef 2, i32 noundef 3, i32 noundef 4, i32 noundef 5, i32 noundef 6, i32 noundef 7, i32 noundef 8, i32 noundef 9, i32 noundef 10)
  %5 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %4)
  %6 = call i64 @ints10(i32 noundef -1, i32 noundef -2, i32 noundef -3, i32 noundef -4, i32 noundef -5, i32 noundef -6, i32 noundef -7, i32 noundef -8, i32 noundef -9, i32 noundef -2147483647)
  %7 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %6)
  %8 = call double @dbl10(double noundef 1.500000e+00, double noundef 2.500000e+00, double noundef 3.500000e+00, double noundef 4.500000e+00, double noundef 5.500000e+00, double noundef 6.500000e+00, double noundef 7.500000e+00, double noundef 8.500000e+00, double noundef 9.500000e+00, double noundef 1.050000e+01)
  %9 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, double noundef %8)
  %10 = call double @mixed(i32 noundef 1, double noundef 2.500000e+00, i64 noundef 3000000000, float noundef 4.250000e+00, i8 noundef signext 65, double noundef 6.000000e+00, i16 noundef signext -7, double noundef 8.125000e+00, i32 noundef 9, double noundef 1.000000e+01, i64 noundef -11, double noundef 1.200000e+01, i32 noundef 13, double noundef 1.400000e+01, double noundef 1.500000e+01, i32 noundef 16, double noundef 1.750000e+01)
  %11 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, double noundef %10)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %2, ptr align 8 @__const.main.p, i64 16, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %3, ptr align 8 @__const.main.q, i64 16, i1 false)
  %12 = call i64 @with_struct(i32 noundef 1, i32 noundef 2, i32 noundef 3, i32 noundef 4, i32 noundef 5, ptr noundef byval(%struct.Pair) align 8 %2, i32 noundef 6, ptr noundef byval(%struct.Pair) align 8 %3)
  %13 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i64 noundef %12)
  call void @print_all(i32 noundef 1, i32 noundef 2, i32 noundef 3, i32 noundef 4, i32 noundef 5, i32 noundef 6, i32 noundef 7, i32 noundef 8, double noundef 5.000000e-01, double noundef 1.500000e+00, double noundef 2.500000e+00, double noundef 3.500000e+00, double noundef 4.500000e+00, double noundef 5.500000e+00, double noundef 6.500000e+00, double noundef 7.500000e+00, double noundef 8.500000e+00)
  %14 = call zeroext i8 @narrow(i8 noundef zeroext -56, i8 noundef signext -100, i16 noundef zeroext -5536, i16 noundef signext -30000, i8 noundef zeroext -1, i8 noundef signext -1, i16 noundef zeroext 1, i16 noundef signext 2)
  %15 = zext i8 %14 to i32
  %16 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %15)
  %17 = call float @floats(float noundef 1.000000e+00, float noundef 2.000000e+00, float noundef 3.000000e+00, float noundef 4.000000e+00, float noundef 5.000000e+00, float noundef 6.000000e+00, float noundef 7.000000e+00, float noundef 8.000000e+00, float noundef 9.000000e+00, float noundef 1.050000e+01)
  %18 = fpext float %17 to double
  %19 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, double noundef %18)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

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
