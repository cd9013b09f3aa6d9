; ModuleID = 'struct_large.c'
source_filename = "struct_large.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Mat3 = type { [3 x [3 x double]] }
%struct.Big = type { i64, i64, i64, double }
%struct.Rec = type { [16 x i8], i32, double }

@.str = private unnamed_addr constant [32 x i8] c"big: %lld %lld %lld %g size=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [6 x i8] c"alice\00", align 1
@.str.2 = private unnamed_addr constant [4 x i8] c"bob\00", align 1
@.str.3 = private unnamed_addr constant [23 x i8] c"carol-with-a-long-name\00", align 1
@.str.4 = private unnamed_addr constant [4 x i8] c"dan\00", align 1
@.str.5 = private unnamed_addr constant [17 x i8] c"%-16s %3d %6.2f\0A\00", align 1
@.str.6 = private unnamed_addr constant [11 x i8] c"avg: %.4f\0A\00", align 1
@.str.7 = private unnamed_addr constant [12 x i8] c"oldest: %s\0A\00", align 1
@__const.main.a = private unnamed_addr constant %struct.Mat3 { [3 x [3 x double]] [[3 x double] [double 1.000000e+00, double 2.000000e+00, double 3.000000e+00], [3 x double] [double 4.000000e+00, double 5.000000e+00, double 6.000000e+00], [3 x double] [double 7.000000e+00, double 8.000000e+00, double 1.000000e+01]] }, align 8
@.str.8 = private unnamed_addr constant [10 x i8] c"%g %g %g\0A\00", align 1
@.str.9 = private unnamed_addr constant [24 x i8] c"tot: %lld %lld %lld %g\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @big_make(ptr dead_on_unwind noalias writable sret(%struct.Big) align 8 %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  store i64 %1, ptr %3, align 8
  %4 = getelementptr inbounds nuw %struct.Big, ptr %0, i32 0, i32 0
  %5 = load i64, ptr %3, align 8
  store i64 %5, ptr %4, align 8
  %6 = getelementptr inbounds nuw %struct.Big, ptr %0, i32 0, i32 1
  %7 = load i64, ptr %3, align 8
  %8 = mul nsw i64 %7, 2
  store i64 %8, ptr %6, align 8
  %9 = getelementptr inbounds nuw %struct.Big, ptr %0, i32 0, i32 2
  %10 = load i64, ptr %3, align 8
  %11 = mul nsw i64 %10, 3
  store i64 %11, ptr %9, align 8
  %12 = getelementptr inbounds nuw %struct.Big, ptr %0, i32 0, i32 3
  %13 = load i64, ptr %3, align 8
  %14 = sitofp i64 %13 to double
  %15 = fdiv double %14, 2.000000e+00
  store double %15, ptr %12, align 8
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @big_add(ptr dead_on_unwind noalias writable sret(%struct.Big) align 8 %0, ptr noundef byval(%struct.Big) align 8 %1, ptr noundef byval(%struct.Big) align 8 %2) #0 {
  %4 = getelementptr inbounds nuw %struct.Big, ptr %0, i32 0, i32 0
  %5 = getelementptr inbounds nuw %struct.Big, ptr %1, i32 0, i32 0
  %6 = load i64, ptr %5, align 8
  %7 = getelementptr inbounds nuw %struct.Big, ptr %2, i32 0, i32 0
  %8 = load i64, ptr %7, align 8
  %9 = add nsw i64 %6, %8
  store i64 %9, ptr %4, align 8
  %10 = getelementptr inbounds nuw %struct.Big, ptr %0, i32 0, i32 1
  %11 = getelementptr inbounds nuw %struct.Big, ptr %1, i32 0, i32 1
  %12 = load i64, ptr %11, align 8
  %13 = getelementptr inbounds nuw %struct.Big, ptr %2, i32 0, i32 1
  %14 = load i64, ptr %13, align 8
  %15 = add nsw i64 %12, %14
  store i64 %15, ptr %10, align 8
  %16 = getelementptr inbounds nuw %struct.Big, ptr %0, i32 0, i32 2
  %17 = getelementptr inbounds nuw %struct.Big, ptr %1, i32 0, i32 2
  %18 = load i64, ptr %17, align 8
  %19 = getelementptr inbounds nuw %struct.Big, ptr %2, i32 0, i32 2
  %20 = load i64, ptr %19, align 8
  %21 = add nsw i64 %18, %20
  store i64 %21, ptr %16, align 8
  %22 = getelementptr inbounds nuw %struct.Big, ptr %0, i32 0, i32 3
  %23 = getelementptr inbounds nuw %struct.Big, ptr %1, i32 0, i32 3
  %24 = load double, ptr %23, align 8
  %25 = getelementptr inbounds nuw %struct.Big, ptr %2, i32 0, i32 3
  %26 = load double, ptr %25, align 8
  %27 = fadd double %24, %26
  store double %27, ptr %22, align 8
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @rec_make(ptr dead_on_unwind noalias writable sret(%struct.Rec) align 8 %0, ptr noundef %1, i32 noundef %2, double noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca double, align 8
  store ptr %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  store double %3, ptr %7, align 8
  call void @llvm.memset.p0.i64(ptr align 8 %0, i8 0, i64 32, i1 false)
  %8 = getelementptr inbounds nuw %struct.Rec, ptr %0, i32 0, i32 0
  %9 = getelementptr inbounds [16 x i8], ptr %8, i64 0, i64 0
  %10 = load ptr, ptr %5, align 8
  %11 = call ptr @strncpy(ptr noundef %9, ptr noundef %10, i64 noundef 15) #6
  %12 = load i32, ptr %6, align 4
  %13 = getelementptr inbounds nuw %struct.Rec, ptr %0, i32 0, i32 1
  store i32 %12, ptr %13, align 8
  %14 = load double, ptr %7, align 8
  %15 = getelementptr inbounds nuw %struct.Rec, ptr %0, i32 0, i32 2
  store double %14, ptr %15, align 8
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #1

; Function Attrs: nounwind
declare ptr @strncpy(ptr noundef, ptr noundef, i64 noundef) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @mat_mul(ptr dead_on_unwind noalias writable sret(%struct.Mat3) align 8 %0, ptr noundef byval(%struct.Mat3) align 8 %1, ptr noundef byval(%struct.Mat3) align 8 %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca double, align 8
  %7 = alloca i32, align 4
  store i32 0, ptr %4, align 4
  br label %8

8:                                                ; preds = %54, %3
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %9, 3
  br i1 %10, label %11, label %57

11:                                               ; preds = %8
  store i32 0, ptr %5, align 4
  br label %12

12:                                               ; preds = %50, %11
  %13 = load i32, ptr %5, align 4
  %14 = icmp slt i32 %13, 3
  br i1 %14, label %15, label %53

15:                                               ; preds = %12
  store double 0.000000e+00, ptr %6, align 8
  store i32 0, ptr %7, align 4
  br label %16

16:                                               ; preds = %38, %15
  %17 = load i32, ptr %7, align 4
  %18 = icmp slt i32 %17, 3
  br i1 %18, label %19, label %41

19:                                               ; preds = %16
  %20 = getelementptr inbounds nuw %struct.Mat3, ptr %1, i32 0, i32 0
  %21 = load i32, ptr %4, align 4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds [3 x [3 x double]], ptr %20, i64 0, i64 %22
  %24 = load i32, ptr %7, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [3 x double], ptr %23, i64 0, i64 %25
  %27 = load double, ptr %26, align 8
  %28 = getelementptr inbounds nuw %struct.Mat3, ptr %2, i32 0, i32 0
  %29 = load i32, ptr %7, align 4
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [3 x [3 x double]], ptr %28, i64 0, i64 %30
  %32 = load i32, ptr %5, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [3 x double], ptr %31, i64 0, i64 %33
  %35 = load double, ptr %34, align 8
  %36 = load double, ptr %6, align 8
  %37 = call double @llvm.fmuladd.f64(double %27, double %35, double %36)
  store double %37, ptr %6, align 8
  br label %38

38:                                               ; preds = %19
  %39 = load i32, ptr %7, align 4
  %40 = add nsw i32 %39, 1
  store i32 %40, ptr %7, align 4
  br label %16, !llvm.loop !6

41:                                               ; preds = %16
  %42 = load double, ptr %6, align 8
  %43 = getelementptr inbounds nuw %struct.Mat3, ptr %0, i32 0, i32 0
  %44 = load i32, ptr %4, align 4
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds [3 x [3 x double]], ptr %43, i64 0, i64 %45
  %47 = load i32, ptr %5, align 4
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds [3 x double], ptr %46, i64 0, i64 %48
  store double %42, ptr %49, align 8
  br label %50

50:                                               ; preds = %41
  %51 = load i32, ptr %5, align 4
  %52 = add nsw i32 %51, 1
  store i32 %52, ptr %5, align 4
  br label %12, !llvm.loop !8

53:                                               ; preds = %12
  br label %54

54:                                               ; preds = %53
  %55 = load i32, ptr %4, align 4
  %56 = add nsw i32 %55, 1
  store i32 %56, ptr %4, align 4
  br label %8, !llvm.loop !9

57:                                               ; preds = %8
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #3

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @rec_avg(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca double, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store double 0.000000e+00, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %7

7:                                                ; preds = %20, %2
  %8 = load i32, ptr %6, align 4
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %23

11:                                               ; preds = %7
  %12 = load ptr, ptr %3, align 8
  %13 = load i32, ptr %6, align 4
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds %struct.Rec, ptr %12, i64 %14
  %16 = getelementptr inbounds nuw %struct.Rec, ptr %15, i32 0, i32 2
  %17 = load double, ptr %16, align 8
  %18 = load double, ptr %5, align 8
  %19 = fadd double %18, %17
  store double %19, ptr %5, align 8
  br label %20

20:                                               ; preds = %11
  %21 = load i32, ptr %6, align 4
  %22 = add nsw i32 %21, 1
  store i32 %22, ptr %6, align 4
  br label %7, !llvm.loop !10

23:                                               ; preds = %7
  %24 = load double, ptr %5, align 8
  %25 = load i32, ptr %4, align 4
  %26 = sitofp i32 %25 to double
  %27 = fdiv double %24, %26
  ret double %27
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.Big, align 8
  %3 = alloca %struct.Big, align 8
  %4 = alloca %struct.Big, align 8
  %5 = alloca [4 x %struct.Rec], align 16
  %6 = alloca %struct.Rec, align 8
  %7 = alloca %struct.Rec, align 8
  %8 = alloca %struct.Rec, align 8
  %9 = alloca %struct.Rec, align 8
  %10 = alloca i32, align 4
  %11 = alloca %struct.Rec, align 8
  %12 = alloca i32, align 4
  %13 = alloca %struct.Mat3, align 8
  %14 = alloca %struct.Mat3, align 8
  %15 = alloca %struct.Mat3, align 8
  %16 = alloca i32, align 4
  %17 = alloca [3 x %struct.Big], align 16
  %18 = alloca %struct.Big, align 8
  %19 = alloca i32, align 4
  %20 = alloca %struct.Big, align 8
  store i32 0, ptr %1, align 4
  call void @big_make(ptr dead_on_unwind writable sret(%struct.Big) align 8 %3, i64 noundef 10)
  call void @big_make(ptr dead_on_unwind writable sret(%struct.Big) align 8 %4, i64 noundef 7)
  call void @big_add(ptr dead_on_unwind writable sret(%struct.Big) align 8 %2, ptr noundef byval(%struct.Big) align 8 %3, ptr noundef byval(%struct.Big) align 8 %4)
  %21 = getelementptr inbounds nuw %struct.Big, ptr %2, i32 0, i32 0
  %22 = load i64, ptr %21, align 8
  %23 = getelementptr inbounds nuw %struct.Big, ptr %2, i32 0, i32 1
  %24 = load i64, ptr %23, align 8
  %25 = getelementptr inbounds nuw %struct.Big, ptr %2, i32 0, i32 2
  %26 = load i64, ptr %25, align 8
  %27 = getelementptr inbounds nuw %struct.Big, ptr %2, i32 0, i32 3
  %28 = load double, ptr %27, align 8
  %29 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %22, i64 noundef %24, i64 noundef %26, double noundef %28, i32 noundef 32)
  %30 = getelementptr inbounds [4 x %struct.Rec], ptr %5, i64 0, i64 0
  call void @rec_make(ptr dead_on_unwind writable sret(%struct.Rec) align 8 %6, ptr noundef @.str.1, i32 noundef 31, double noundef 8.850000e+01)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %30, ptr align 8 %6, i64 32, i1 false)
  %31 = getelementptr inbounds [4 x %struct.Rec], ptr %5, i64 0, i64 1
  call void @rec_make(ptr dead_on_unwind writable sret(%struct.Rec) align 8 %7, ptr noundef @.str.2, i32 noundef 25, double noundef 9.225000e+01)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %31, ptr align 8 %7, i64 32, i1 false)
  %32 = getelementptr inbounds [4 x %struct.Rec], ptr %5, i64 0, i64 2
  call void @rec_make(ptr dead_on_unwind writable sret(%struct.Rec) align 8 %8, ptr noundef @.str.3, i32 noundef 40, double noundef 7.900000e+01)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %32, ptr align 8 %8, i64 32, i1 false)
  %33 = getelementptr inbounds [4 x %struct.Rec], ptr %5, i64 0, i64 3
  call void @rec_make(ptr dead_on_unwind writable sret(%struct.Rec) align 8 %9, ptr noundef @.str.4, i32 noundef 19, double noundef 6.075000e+01)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %33, ptr align 8 %9, i64 32, i1 false)
  store i32 0, ptr %10, align 4
  br label %34

34:                                               ; preds = %54, %0
  %35 = load i32, ptr %10, align 4
  %36 = icmp slt i32 %35, 4
  br i1 %36, label %37, label %57

37:                                               ; preds = %34
  %38 = load i32, ptr %10, align 4
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds [4 x %struct.Rec], ptr %5, i64 0, i64 %39
  %41 = getelementptr inbounds nuw %struct.Rec, ptr %40, i32 0, i32 0
  %42 = getelementptr inbounds [16 x i8], ptr %41, i64 0, i64 0
  %43 = load i32, ptr %10, align 4
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds [4 x %struct.Rec], ptr %5, i64 0, i64 %44
  %46 = getelementptr inbounds nuw %struct.Rec, ptr %45, i32 0, i32 1
  %47 = load i32, ptr %46, align 16
  %48 = load i32, ptr %10, align 4
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds [4 x %struct.Rec], ptr %5, i64 0, i64 %49
  %51 = getelementptr inbounds nuw %struct.Rec, ptr %50, i32 0, i32 2
  %52 = load double, ptr %51, align 8
  %53 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, ptr noundef %42, i32 noundef %47, double noundef %52)
  br label %54

54:                                               ; preds = %37
  %55 = load i32, ptr %10, align 4
  %56 = add nsw i32 %55, 1
  store i32 %56, ptr %10, align 4
  br label %34, !llvm.loop !11

57:                                               ; preds = %34
  %58 = getelementptr inbounds [4 x %struct.Rec], ptr %5, i64 0, i64 0
  %59 = call double @rec_avg(ptr noundef %58, i32 noundef 4)
  %60 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, double noundef %59)
  %61 = getelementptr inbounds [4 x %struct.Rec], ptr %5, i64 0, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %11, ptr align 16 %61, i64 32, i1 false)
  store i32 1, ptr %12, align 4
  br label %62

62:                                               ; preds = %79, %57
  %63 = load i32, ptr %12, align 4
  %64 = icmp slt i32 %63, 4
  br i1 %64, label %65, label %82

65:                                               ; preds = %62
  %66 = load i32, ptr %12, align 4
  %67 = sext i32 %66 to i64
  %68 = getelementptr inbounds [4 x %struct.Rec], ptr %5, i64 0, i64 %67
  %69 = getelementptr inbounds nuw %struct.Rec, ptr %68, i32 0, i32 1
  %70 = load i32, ptr %69, align 16
  %71 = getelementptr inbounds nuw %struct.Rec, ptr %11, i32 0, i32 1
  %72 = load i32, ptr %71, align 8
  %73 = icmp sgt i32 %70, %72
  br i1 %73, label %74, label %78

74:                                               ; preds = %65
  %75 = load i32, ptr %12, align 4
  %76 = sext i32 %75 to i64
  %77 = getelementptr inbounds [4 x %struct.Rec], ptr %5, i64 0, i64 %76
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %11, ptr align 16 %77, i64 32, i1 false)
  br label %78

78:                                               ; preds = %74, %65
  br label %79

79:                                               ; preds = %78
  %80 = load i32, ptr %12, align 4
  %81 = add nsw i32 %80, 1
  store i32 %81, ptr %12, align 4
  br label %62, !llvm.loop !12

82:                                               ; preds = %62
  %83 = getelementptr inbounds nuw %struct.Rec, ptr %11, i32 0, i32 0
  %84 = getelementptr inbounds [16 x i8], ptr %83, i64 0, i64 0
  %85 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, ptr noundef %84)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %13, ptr align 8 @__const.main.a, i64 72, i1 false)
  call void @llvm.memset.p0.i64(ptr align 8 %14, i8 0, i64 72, i1 false)
  %86 = getelementptr inbounds %struct.Mat3, ptr %14, i32 0, i32 0
  %87 = getelementptr inbounds [3 x [3 x double]], ptr %86, i32 0, i32 0
  %88 = getelementptr inbounds [3 x double], ptr %87, i32 0, i32 1
  store double -1.000000e+00, ptr %88, align 8
  %89 = getelementptr inbounds [3 x [3 x double]], ptr %86, i32 0, i32 1
  %90 = getelementptr inbounds [3 x double], ptr %89, i32 0, i32 0
  store double 1.000000e+00, ptr %90, align 8
  %91 = getelementptr inbounds [3 x [3 x double]], ptr %86, i32 0, i32 2
  %92 = getelementptr inbounds [3 x double], ptr %91, i32 0, i32 2
  store double 1.000000e+00, ptr %92, align 8
  call void @mat_mul(ptr dead_on_unwind writable sret(%struct.Mat3) align 8 %15, ptr noundef byval(%struct.Mat3) align 8 %13, ptr noundef byval(%struct.Mat3) align 8 %14)
  store i32 0, ptr %16, align 4
  br label %93

93:                                               ; preds = %116, %82
  %94 = load i32, ptr %16, align 4
  %95 = icmp slt i32 %94, 3
  br i1 %95, label %96, label %119

96:                                               ; preds = %93
  %97 = getelementptr inbounds nuw %struct.Mat3, ptr %15, i32 0, i32 0
  %98 = load i32, ptr %16, align 4
  %99 = sext i32 %98 to i64
  %100 = getelementptr inbounds [3 x [3 x double]], ptr %97, i64 0, i64 %99
  %101 = getelementptr inbounds [3 x double], ptr %100, i64 0, i64 0
  %102 = load double, ptr %101, align 8
  %103 = getelementptr inbounds nuw %struct.Mat3, ptr %15, i32 0, i32 0
  %104 = load i32, ptr %16, align 4
  %105 = sext i32 %104 to i64
  %106 = getelementptr inbounds [3 x [3 x double]], ptr %103, i64 0, i64 %105
  %107 = getelementptr inbounds [3 x double], ptr %106, i64 0, i64 1
  %108 = load double, ptr %107, align 8
  %109 = getelementptr inbounds nuw %struct.Mat3, ptr %15, i32 0, i32 0
  %110 = load i32, ptr %16, align 4
  %111 = sext i32 %110 to i64
  %112 = getelementptr inbounds [3 x [3 x double]], ptr %109, i64 0, i64 %111
  %113 = getelementptr inbounds [3 x double], ptr %112, i64 0, i64 2
  %114 = load double, ptr %113, align 8
  %115 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, double noundef %102, double noundef %108, double noundef %114)
  br label %116

116:                                              ; preds = %96
  %117 = load i32, ptr %16, align 4
  %118 = add nsw i32 %117, 1
  store i32 %118, ptr %16, align 4
  br label %93, !llvm.loop !13

119:                                              ; preds = %93
  call void @big_make(ptr dead_on_unwind writable sret(%struct.Big) align 8 %17, i64 noundef 1)
  %120 = getelementptr inbounds %struct.Big, ptr %17, i64 1
  call void @big_make(ptr dead_on_unwind writable sret(%struct.Big) align 8 %120, i64 noundef 2)
  %121 = getelementptr inbounds %struct.Big, ptr %17, i64 2
  call void @big_make(ptr dead_on_unwind writable sret(%struct.Big) align 8 %121, i64 noundef 3)
  call void @llvm.memset.p0.i64(ptr align 8 %18, i8 0, i64 32, i1 false)
  store i32 0, ptr %19, align 4
  br label %122

122:                                              ; preds = %129, %119
  %123 = load i32, ptr %19, align 4
  %124 = icmp slt i32 %123, 3
  br i1 %124, label %125, label %132

125:                                              ; preds = %122
  %126 = load i32, ptr %19, align 4
  %127 = sext i32 %126 to i64
  %128 = getelementptr inbounds [3 x %struct.Big], ptr %17, i64 0, i64 %127
  call void @big_add(ptr dead_on_unwind writable sret(%struct.Big) align 8 %20, ptr noundef byval(%struct.Big) align 8 %18, ptr noundef byval(%struct.Big) align 8 %128)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %18, ptr align 8 %20, i64 32, i1 false)
  br label %129

129:                                              ; preds = %125
  %130 = load i32, ptr %19, align 4
  %131 = add nsw i32 %130, 1
  store i32 %131, ptr %19, align 4
  br label %122, !llvm.loop !14

132:                                              ; preds = %122
  %133 = getelementptr inbounds nuw %struct.Big, ptr %18, i32 0, i32 0
  %134 = load i64, ptr %133, align 8
  %135 = getelementptr inbounds nuw %struct.Big, ptr %18, i32 0, i32 1
  %136 = load i64, ptr %135, align 8
  %137 = getelementptr inbounds nuw %struct.Big, ptr %18, i32 0, i32 2
  %138 = load i64, ptr %137, align 8
  %139 = getelementptr inbounds nuw %struct.Big, ptr %18, i32 0, i32 3
  %140 = load double, ptr %139, align 8
  %141 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i64 noundef %134, i64 noundef %136, i64 noundef %138, double noundef %140)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #4

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #5

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { nounwind }

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
