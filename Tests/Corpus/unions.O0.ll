; ModuleID = 'unions.c'
source_filename = "unions.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%union.DoubleBits = type { double }
%union.Bytes = type { i32 }
%union.anon = type { i64 }
%struct.Value = type { i32, %union.anon }
%union.anon.0 = type { i64 }
%union.FloatBits = type { float }

@__const.main.fs = private unnamed_addr constant [6 x float] [float 1.000000e+00, float -2.500000e+00, float 0x3FB99999A0000000, float 0.000000e+00, float -0.000000e+00, float 0x47EFFFFFE0000000], align 16
@.str = private unnamed_addr constant [12 x i8] c"%g -> %08x\0A\00", align 1
@__const.main.d = private unnamed_addr constant %union.DoubleBits { double 1.000000e+00 }, align 8
@.str.1 = private unnamed_addr constant [32 x i8] c"1.0 = %016llx halves %08x %08x\0A\00", align 1
@.str.2 = private unnamed_addr constant [21 x i8] c"from bits: %g %g %g\0A\00", align 1
@__const.main.b = private unnamed_addr constant %union.Bytes { i32 287454020 }, align 4
@.str.3 = private unnamed_addr constant [28 x i8] c"bytes: %02x %02x %02x %02x\0A\00", align 1
@.str.4 = private unnamed_addr constant [12 x i8] c"word: %08x\0A\00", align 1
@.str.5 = private unnamed_addr constant [20 x i8] c"inv sqrt(4) ~ %.4f\0A\00", align 1
@.str.6 = private unnamed_addr constant [6 x i8] c"union\00", align 1
@__const.main.vals = private unnamed_addr constant <{ { i32, [4 x i8], %union.anon }, { i32, [4 x i8], { double } }, { i32, [4 x i8], { ptr } } }> <{ { i32, [4 x i8], %union.anon } { i32 0, [4 x i8] zeroinitializer, %union.anon { i64 -42 } }, { i32, [4 x i8], { double } } { i32 1, [4 x i8] zeroinitializer, { double } { double 6.250000e+00 } }, { i32, [4 x i8], { ptr } } { i32 2, [4 x i8] zeroinitializer, { ptr } { ptr @.str.6 } } }>, align 16
@.str.7 = private unnamed_addr constant [17 x i8] c"sizes: %d %d %d\0A\00", align 1
@.str.8 = private unnamed_addr constant [14 x i8] c"sign bit: %d\0A\00", align 1
@.str.9 = private unnamed_addr constant [10 x i8] c"int %lld\0A\00", align 1
@.str.10 = private unnamed_addr constant [11 x i8] c"double %g\0A\00", align 1
@.str.11 = private unnamed_addr constant [11 x i8] c"string %s\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [6 x float], align 16
  %3 = alloca i32, align 4
  %4 = alloca %union.DoubleBits, align 8
  %5 = alloca %union.Bytes, align 4
  %6 = alloca [3 x %struct.Value], align 16
  %7 = alloca i32, align 4
  %8 = alloca %union.anon.0, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.fs, i64 24, i1 false)
  store i32 0, ptr %3, align 4
  br label %9

9:                                                ; preds = %24, %0
  %10 = load i32, ptr %3, align 4
  %11 = icmp slt i32 %10, 6
  br i1 %11, label %12, label %27

12:                                               ; preds = %9
  %13 = load i32, ptr %3, align 4
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds [6 x float], ptr %2, i64 0, i64 %14
  %16 = load float, ptr %15, align 4
  %17 = fpext float %16 to double
  %18 = load i32, ptr %3, align 4
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds [6 x float], ptr %2, i64 0, i64 %19
  %21 = load float, ptr %20, align 4
  %22 = call i32 @float_bits(float noundef %21)
  %23 = call i32 (ptr, ...) @printf(ptr noundef @.str, double noundef %17, i32 noundef %22)
  br label %24

24:                                               ; preds = %12
  %25 = load i32, ptr %3, align 4
  %26 = add nsw i32 %25, 1
  store i32 %26, ptr %3, align 4
  br label %9, !llvm.loop !6

27:                                               ; preds = %9
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %4, ptr align 8 @__const.main.d, i64 8, i1 false)
  %28 = load i64, ptr %4, align 8
  %29 = getelementptr inbounds [2 x i32], ptr %4, i64 0, i64 0
  %30 = load i32, ptr %29, align 8
  %31 = getelementptr inbounds [2 x i32], ptr %4, i64 0, i64 1
  %32 = load i32, ptr %31, align 4
  %33 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %28, i32 noundef %30, i32 noundef %32)
  %34 = call double @from_bits(i64 noundef 4611686018427387904)
  %35 = call double @from_bits(i64 noundef -4613937818241073152)
  %36 = call double @from_bits(i64 noundef 1)
  %37 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, double noundef %34, double noundef %35, double noundef %36)
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %5, ptr align 4 @__const.main.b, i64 4, i1 false)
  %38 = getelementptr inbounds [4 x i8], ptr %5, i64 0, i64 0
  %39 = load i8, ptr %38, align 4
  %40 = zext i8 %39 to i32
  %41 = getelementptr inbounds [4 x i8], ptr %5, i64 0, i64 1
  %42 = load i8, ptr %41, align 1
  %43 = zext i8 %42 to i32
  %44 = getelementptr inbounds [4 x i8], ptr %5, i64 0, i64 2
  %45 = load i8, ptr %44, align 2
  %46 = zext i8 %45 to i32
  %47 = getelementptr inbounds [4 x i8], ptr %5, i64 0, i64 3
  %48 = load i8, ptr %47, align 1
  %49 = zext i8 %48 to i32
  %50 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %40, i32 noundef %43, i32 noundef %46, i32 noundef %49)
  %51 = getelementptr inbounds [4 x i8], ptr %5, i64 0, i64 0
  store i8 -1, ptr %51, align 4
  %52 = load i32, ptr %5, align 4
  %53 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %52)
  %54 = call float @fast_inv_sqrt(float noundef 4.000000e+00)
  %55 = fpext float %54 to double
  %56 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, double noundef %55)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %6, ptr align 16 @__const.main.vals, i64 48, i1 false)
  store i32 0, ptr %7, align 4
  br label %57

57:                                               ; preds = %68, %27
  %58 = load i32, ptr %7, align 4
  %59 = icmp slt i32 %58, 3
  br i1 %59, label %60, label %71

60:                                               ; preds = %57
  %61 = load i32, ptr %7, align 4
  %62 = sext i32 %61 to i64
  %63 = getelementptr inbounds [3 x %struct.Value], ptr %6, i64 0, i64 %62
  %64 = getelementptr inbounds nuw { i32, i64 }, ptr %63, i32 0, i32 0
  %65 = load i32, ptr %64, align 16
  %66 = getelementptr inbounds nuw { i32, i64 }, ptr %63, i32 0, i32 1
  %67 = load i64, ptr %66, align 8
  call void @show(i32 %65, i64 %67)
  br label %68

68:                                               ; preds = %60
  %69 = load i32, ptr %7, align 4
  %70 = add nsw i32 %69, 1
  store i32 %70, ptr %7, align 4
  br label %57, !llvm.loop !8

71:                                               ; preds = %57
  %72 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef 4, i32 noundef 8, i32 noundef 16)
  store double -0.000000e+00, ptr %8, align 8
  %73 = load i64, ptr %8, align 8
  %74 = lshr i64 %73, 63
  %75 = trunc i64 %74 to i32
  %76 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %75)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #1

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @float_bits(float noundef %0) #0 {
  %2 = alloca float, align 4
  %3 = alloca %union.FloatBits, align 4
  store float %0, ptr %2, align 4
  %4 = load float, ptr %2, align 4
  store float %4, ptr %3, align 4
  %5 = load i32, ptr %3, align 4
  ret i32 %5
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @from_bits(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca %union.DoubleBits, align 8
  store i64 %0, ptr %2, align 8
  %4 = load i64, ptr %2, align 8
  store i64 %4, ptr %3, align 8
  %5 = load double, ptr %3, align 8
  ret double %5
}

; Function Attrs: noinline nounwind optnone uwtable
define internal float @fast_inv_sqrt(float noundef %0) #0 {
  %2 = alloca float, align 4
  %3 = alloca %union.FloatBits, align 4
  store float %0, ptr %2, align 4
  %4 = load float, ptr %2, align 4
  store float %4, ptr %3, align 4
  %5 = load i32, ptr %3, align 4
  %6 = lshr i32 %5, 1
  %7 = sub i32 1597463007, %6
  store i32 %7, ptr %3, align 4
  %8 = load float, ptr %3, align 4
  %9 = load float, ptr %2, align 4
  %10 = fmul float 5.000000e-01, %9
  %11 = load float, ptr %3, align 4
  %12 = fmul float %10, %11
  %13 = load float, ptr %3, align 4
  %14 = fneg float %12
  %15 = call float @llvm.fmuladd.f32(float %14, float %13, float 1.500000e+00)
  %16 = fmul float %8, %15
  ret float %16
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @show(i32 %0, i64 %1) #0 {
  %3 = alloca %struct.Value, align 8
  %4 = getelementptr inbounds nuw { i32, i64 }, ptr %3, i32 0, i32 0
  store i32 %0, ptr %4, align 8
  %5 = getelementptr inbounds nuw { i32, i64 }, ptr %3, i32 0, i32 1
  store i64 %1, ptr %5, align 8
  %6 = getelementptr inbounds nuw %struct.Value, ptr %3, i32 0, i32 0
  %7 = load i32, ptr %6, align 8
  switch i32 %7, label %20 [
    i32 0, label %8
    i32 1, label %12
    i32 2, label %16
  ]

8:                                                ; preds = %2
  %9 = getelementptr inbounds nuw %struct.Value, ptr %3, i32 0, i32 1
  %10 = load i64, ptr %9, align 8
  %11 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i64 noundef %10)
  br label %20

12:                                               ; preds = %2
  %13 = getelementptr inbounds nuw %struct.Value, ptr %3, i32 0, i32 1
  %14 = load double, ptr %13, align 8
  %15 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, double noundef %14)
  br label %20

16:                                               ; preds = %2
  %17 = getelementptr inbounds nuw %struct.Value, ptr %3, i32 0, i32 1
  %18 = load ptr, ptr %17, align 8
  %19 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, ptr noundef %18)
  br label %20

20:                                               ; preds = %2, %16, %12, %8
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

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
