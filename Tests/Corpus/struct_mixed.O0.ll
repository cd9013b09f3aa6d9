; ModuleID = 'struct_mixed.c'
source_filename = "struct_mixed.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.DD = type { double, double }
%struct.FF = type { float, float }
%struct.ID = type { i32, double }
%struct.FFF = type { float, float, float }
%struct.FI = type { float, i32 }
%struct.DI = type { double, i64 }

@__const.main.v = private unnamed_addr constant { i32, [4 x i8], double } { i32 1, [4 x i8] zeroinitializer, double 1.000000e+00 }, align 8
@.str = private unnamed_addr constant [13 x i8] c"id: %d %.6f\0A\00", align 1
@__const.main.a = private unnamed_addr constant %struct.DD { double 1.500000e+00, double -2.000000e+00 }, align 8
@__const.main.b = private unnamed_addr constant %struct.DD { double 2.500000e-01, double 4.000000e+00 }, align 8
@.str.1 = private unnamed_addr constant [18 x i8] c"dd: %g %g dot=%g\0A\00", align 1
@__const.main.f = private unnamed_addr constant %struct.FF { float 1.250000e+00, float 2.500000e+00 }, align 4
@.str.2 = private unnamed_addr constant [11 x i8] c"ff: %g %g\0A\00", align 1
@.str.3 = private unnamed_addr constant [15 x i8] c"fff: %g %g %g\0A\00", align 1
@.str.4 = private unnamed_addr constant [11 x i8] c"fi: %g %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [13 x i8] c"di: %g %lld\0A\00", align 1
@.str.6 = private unnamed_addr constant [30 x i8] c"sum: %g %g sizes %d %d %d %d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local { i32, double } @id_step(i32 %0, double %1) #0 {
  %3 = alloca %struct.ID, align 8
  %4 = alloca %struct.ID, align 8
  %5 = getelementptr inbounds nuw { i32, double }, ptr %4, i32 0, i32 0
  store i32 %0, ptr %5, align 8
  %6 = getelementptr inbounds nuw { i32, double }, ptr %4, i32 0, i32 1
  store double %1, ptr %6, align 8
  %7 = getelementptr inbounds nuw %struct.ID, ptr %4, i32 0, i32 0
  %8 = load i32, ptr %7, align 8
  %9 = add nsw i32 %8, 1
  store i32 %9, ptr %7, align 8
  %10 = getelementptr inbounds nuw %struct.ID, ptr %4, i32 0, i32 1
  %11 = load double, ptr %10, align 8
  %12 = fmul double %11, 1.500000e+00
  store double %12, ptr %10, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %3, ptr align 8 %4, i64 16, i1 false)
  %13 = load { i32, double }, ptr %3, align 8
  ret { i32, double } %13
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local { double, double } @dd_add(double %0, double %1, double %2, double %3) #0 {
  %5 = alloca %struct.DD, align 8
  %6 = alloca %struct.DD, align 8
  %7 = alloca %struct.DD, align 8
  %8 = getelementptr inbounds nuw { double, double }, ptr %6, i32 0, i32 0
  store double %0, ptr %8, align 8
  %9 = getelementptr inbounds nuw { double, double }, ptr %6, i32 0, i32 1
  store double %1, ptr %9, align 8
  %10 = getelementptr inbounds nuw { double, double }, ptr %7, i32 0, i32 0
  store double %2, ptr %10, align 8
  %11 = getelementptr inbounds nuw { double, double }, ptr %7, i32 0, i32 1
  store double %3, ptr %11, align 8
  %12 = getelementptr inbounds nuw %struct.DD, ptr %5, i32 0, i32 0
  %13 = getelementptr inbounds nuw %struct.DD, ptr %6, i32 0, i32 0
  %14 = load double, ptr %13, align 8
  %15 = getelementptr inbounds nuw %struct.DD, ptr %7, i32 0, i32 0
  %16 = load double, ptr %15, align 8
  %17 = fadd double %14, %16
  store double %17, ptr %12, align 8
  %18 = getelementptr inbounds nuw %struct.DD, ptr %5, i32 0, i32 1
  %19 = getelementptr inbounds nuw %struct.DD, ptr %6, i32 0, i32 1
  %20 = load double, ptr %19, align 8
  %21 = getelementptr inbounds nuw %struct.DD, ptr %7, i32 0, i32 1
  %22 = load double, ptr %21, align 8
  %23 = fadd double %20, %22
  store double %23, ptr %18, align 8
  %24 = load { double, double }, ptr %5, align 8
  ret { double, double } %24
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @dd_dot(double %0, double %1, double %2, double %3) #0 {
  %5 = alloca %struct.DD, align 8
  %6 = alloca %struct.DD, align 8
  %7 = getelementptr inbounds nuw { double, double }, ptr %5, i32 0, i32 0
  store double %0, ptr %7, align 8
  %8 = getelementptr inbounds nuw { double, double }, ptr %5, i32 0, i32 1
  store double %1, ptr %8, align 8
  %9 = getelementptr inbounds nuw { double, double }, ptr %6, i32 0, i32 0
  store double %2, ptr %9, align 8
  %10 = getelementptr inbounds nuw { double, double }, ptr %6, i32 0, i32 1
  store double %3, ptr %10, align 8
  %11 = getelementptr inbounds nuw %struct.DD, ptr %5, i32 0, i32 0
  %12 = load double, ptr %11, align 8
  %13 = getelementptr inbounds nuw %struct.DD, ptr %6, i32 0, i32 0
  %14 = load double, ptr %13, align 8
  %15 = getelementptr inbounds nuw %struct.DD, ptr %5, i32 0, i32 1
  %16 = load double, ptr %15, align 8
  %17 = getelementptr inbounds nuw %struct.DD, ptr %6, i32 0, i32 1
  %18 = load double, ptr %17, align 8
  %19 = fmul double %16, %18
  %20 = call double @llvm.fmuladd.f64(double %12, double %14, double %19)
  ret double %20
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local <2 x float> @ff_swap(<2 x float> %0) #3 {
  %2 = alloca %struct.FF, align 4
  %3 = alloca %struct.FF, align 4
  store <2 x float> %0, ptr %3, align 4
  %4 = getelementptr inbounds nuw %struct.FF, ptr %2, i32 0, i32 0
  %5 = getelementptr inbounds nuw %struct.FF, ptr %3, i32 0, i32 1
  %6 = load float, ptr %5, align 4
  store float %6, ptr %4, align 4
  %7 = getelementptr inbounds nuw %struct.FF, ptr %2, i32 0, i32 1
  %8 = getelementptr inbounds nuw %struct.FF, ptr %3, i32 0, i32 0
  %9 = load float, ptr %8, align 4
  store float %9, ptr %7, align 4
  %10 = load <2 x float>, ptr %2, align 4
  ret <2 x float> %10
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local { <2 x float>, float } @fff_scale(<2 x float> %0, float %1, float noundef %2) #3 {
  %4 = alloca %struct.FFF, align 4
  %5 = alloca %struct.FFF, align 4
  %6 = alloca { <2 x float>, float }, align 4
  %7 = alloca float, align 4
  %8 = alloca { <2 x float>, float }, align 8
  %9 = getelementptr inbounds nuw { <2 x float>, float }, ptr %6, i32 0, i32 0
  store <2 x float> %0, ptr %9, align 4
  %10 = getelementptr inbounds nuw { <2 x float>, float }, ptr %6, i32 0, i32 1
  store float %1, ptr %10, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %5, ptr align 4 %6, i64 12, i1 false)
  store float %2, ptr %7, align 4
  %11 = load float, ptr %7, align 4
  %12 = getelementptr inbounds nuw %struct.FFF, ptr %5, i32 0, i32 0
  %13 = load float, ptr %12, align 4
  %14 = fmul float %13, %11
  store float %14, ptr %12, align 4
  %15 = load float, ptr %7, align 4
  %16 = getelementptr inbounds nuw %struct.FFF, ptr %5, i32 0, i32 1
  %17 = load float, ptr %16, align 4
  %18 = fmul float %17, %15
  store float %18, ptr %16, align 4
  %19 = load float, ptr %7, align 4
  %20 = getelementptr inbounds nuw %struct.FFF, ptr %5, i32 0, i32 2
  %21 = load float, ptr %20, align 4
  %22 = fmul float %21, %19
  store float %22, ptr %20, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %4, ptr align 4 %5, i64 12, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %8, ptr align 4 %4, i64 12, i1 false)
  %23 = load { <2 x float>, float }, ptr %8, align 8
  ret { <2 x float>, float } %23
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @fi_make(i32 noundef %0) #0 {
  %2 = alloca %struct.FI, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  %4 = getelementptr inbounds nuw %struct.FI, ptr %2, i32 0, i32 0
  %5 = load i32, ptr %3, align 4
  %6 = sitofp i32 %5 to float
  %7 = fdiv float %6, 4.000000e+00
  store float %7, ptr %4, align 4
  %8 = getelementptr inbounds nuw %struct.FI, ptr %2, i32 0, i32 1
  %9 = load i32, ptr %3, align 4
  %10 = mul nsw i32 %9, 3
  store i32 %10, ptr %8, align 4
  %11 = load i64, ptr %2, align 4
  ret i64 %11
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local { double, i64 } @di_mix(double %0, i64 %1, i32 noundef %2, double %3, double %4) #0 {
  %6 = alloca %struct.DI, align 8
  %7 = alloca %struct.DI, align 8
  %8 = alloca %struct.DD, align 8
  %9 = alloca i32, align 4
  %10 = getelementptr inbounds nuw { double, i64 }, ptr %7, i32 0, i32 0
  store double %0, ptr %10, align 8
  %11 = getelementptr inbounds nuw { double, i64 }, ptr %7, i32 0, i32 1
  store i64 %1, ptr %11, align 8
  %12 = getelementptr inbounds nuw { double, double }, ptr %8, i32 0, i32 0
  store double %3, ptr %12, align 8
  %13 = getelementptr inbounds nuw { double, double }, ptr %8, i32 0, i32 1
  store double %4, ptr %13, align 8
  store i32 %2, ptr %9, align 4
  %14 = getelementptr inbounds nuw %struct.DI, ptr %6, i32 0, i32 0
  %15 = getelementptr inbounds nuw %struct.DI, ptr %7, i32 0, i32 0
  %16 = load double, ptr %15, align 8
  %17 = getelementptr inbounds nuw %struct.DD, ptr %8, i32 0, i32 0
  %18 = load double, ptr %17, align 8
  %19 = load i32, ptr %9, align 4
  %20 = sitofp i32 %19 to double
  %21 = call double @llvm.fmuladd.f64(double %18, double %20, double %16)
  store double %21, ptr %14, align 8
  %22 = getelementptr inbounds nuw %struct.DI, ptr %6, i32 0, i32 1
  %23 = getelementptr inbounds nuw %struct.DI, ptr %7, i32 0, i32 1
  %24 = load i64, ptr %23, align 8
  %25 = getelementptr inbounds nuw %struct.DD, ptr %8, i32 0, i32 1
  %26 = load double, ptr %25, align 8
  %27 = load i32, ptr %9, align 4
  %28 = sitofp i32 %27 to double
  %29 = fmul double %26, %28
  %30 = fptosi double %29 to i64
  %31 = add nsw i64 %24, %30
  store i64 %31, ptr %22, align 8
  %32 = load { double, i64 }, ptr %6, align 8
  ret { double, i64 } %32
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #3 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.ID, align 8
  %3 = alloca i32, align 4
  %4 = alloca %struct.ID, align 8
  %5 = alloca %struct.DD, align 8
  %6 = alloca %struct.DD, align 8
  %7 = alloca %struct.DD, align 8
  %8 = alloca %struct.FF, align 4
  %9 = alloca %struct.FF, align 4
  %10 = alloca %struct.FFF, align 4
  %11 = alloca %struct.FFF, align 4
  %12 = alloca { <2 x float>, float }, align 4
  %13 = alloca { <2 x float>, float }, align 8
  %14 = alloca %struct.FI, align 4
  %15 = alloca %struct.DI, align 8
  %16 = alloca %struct.DI, align 8
  %17 = alloca [3 x %struct.DD], align 16
  %18 = alloca %struct.DD, align 8
  %19 = alloca i32, align 4
  %20 = alloca %struct.DD, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %2, ptr align 8 @__const.main.v, i64 16, i1 false)
  store i32 0, ptr %3, align 4
  br label %21

21:                                               ; preds = %34, %0
  %22 = load i32, ptr %3, align 4
  %23 = icmp slt i32 %22, 5
  br i1 %23, label %24, label %37

24:                                               ; preds = %21
  %25 = getelementptr inbounds nuw { i32, double }, ptr %2, i32 0, i32 0
  %26 = load i32, ptr %25, align 8
  %27 = getelementptr inbounds nuw { i32, double }, ptr %2, i32 0, i32 1
  %28 = load double, ptr %27, align 8
  %29 = call { i32, double } @id_step(i32 %26, double %28)
  %30 = getelementptr inbounds nuw { i32, double }, ptr %4, i32 0, i32 0
  %31 = extractvalue { i32, double } %29, 0
  store i32 %31, ptr %30, align 8
  %32 = getelementptr inbounds nuw { i32, double }, ptr %4, i32 0, i32 1
  %33 = extractvalue { i32, double } %29, 1
  store double %33, ptr %32, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %2, ptr align 8 %4, i64 16, i1 false)
  br label %34

34:                                               ; preds = %24
  %35 = load i32, ptr %3, align 4
  %36 = add nsw i32 %35, 1
  store i32 %36, ptr %3, align 4
  br label %21, !llvm.loop !6

37:                                               ; preds = %21
  %38 = getelementptr inbounds nuw %struct.ID, ptr %2, i32 0, i32 0
  %39 = load i32, ptr %38, align 8
  %40 = getelementptr inbounds nuw %struct.ID, ptr %2, i32 0, i32 1
  %41 = load double, ptr %40, align 8
  %42 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %39, double noundef %41)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %5, ptr align 8 @__const.main.a, i64 16, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %6, ptr align 8 @__const.main.b, i64 16, i1 false)
  %43 = getelementptr inbounds nuw { double, double }, ptr %5, i32 0, i32 0
  %44 = load double, ptr %43, align 8
  %45 = getelementptr inbounds nuw { double, double }, ptr %5, i32 0, i32 1
  %46 = load double, ptr %45, align 8
  %47 = getelementptr inbounds nuw { double, double }, ptr %6, i32 0, i32 0
  %48 = load double, ptr %47, align 8
  %49 = getelementptr inbounds nuw { double, double }, ptr %6, i32 0, i32 1
  %50 = load double, ptr %49, align 8
  %51 = call { double, double } @dd_add(double %44, double %46, double %48, double %50)
  %52 = getelementptr inbounds nuw { double, double }, ptr %7, i32 0, i32 0
  %53 = extractvalue { double, double } %51, 0
  store double %53, ptr %52, align 8
  %54 = getelementptr inbounds nuw { double, double }, ptr %7, i32 0, i32 1
  %55 = extractvalue { double, double } %51, 1
  store double %55, ptr %54, align 8
  %56 = getelementptr inbounds nuw %struct.DD, ptr %7, i32 0, i32 0
  %57 = load double, ptr %56, align 8
  %58 = getelementptr inbounds nuw %struct.DD, ptr %7, i32 0, i32 1
  %59 = load double, ptr %58, align 8
  %60 = getelementptr inbounds nuw { double, double }, ptr %5, i32 0, i32 0
  %61 = load double, ptr %60, align 8
  %62 = getelementptr inbounds nuw { double, double }, ptr %5, i32 0, i32 1
  %63 = load double, ptr %62, align 8
  %64 = getelementptr inbounds nuw { double, double }, ptr %6, i32 0, i32 0
  %65 = load double, ptr %64, align 8
  %66 = getelementptr inbounds nuw { double, double }, ptr %6, i32 0, i32 1
  %67 = load double, ptr %66, align 8
  %68 = call double @dd_dot(double %61, double %63, double %65, double %67)
  %69 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, double noundef %57, double noundef %59, double noundef %68)
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %8, ptr align 4 @__const.main.f, i64 8, i1 false)
  %70 = load <2 x float>, ptr %8, align 4
  %71 = call <2 x float> @ff_swap(<2 x float> %70)
  store <2 x float> %71, ptr %9, align 4
  %72 = getelementptr inbounds nuw %struct.FF, ptr %9, i32 0, i32 0
  %73 = load float, ptr %72, align 4
  %74 = fpext float %73 to double
  %75 = getelementptr inbounds nuw %struct.FF, ptr %9, i32 0, i32 1
  %76 = load float, ptr %75, align 4
  %77 = fpext float %76 to double
  %78 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, double noundef %74, double noundef %77)
  %79 = getelementptr inbounds nuw %struct.FFF, ptr %11, i32 0, i32 0
  store float 1.000000e+00, ptr %79, align 4
  %80 = getelementptr inbounds nuw %struct.FFF, ptr %11, i32 0, i32 1
  store float 2.000000e+00, ptr %80, align 4
  %81 = getelementptr inbounds nuw %struct.FFF, ptr %11, i32 0, i32 2
  store float 3.000000e+00, ptr %81, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %12, ptr align 4 %11, i64 12, i1 false)
  %82 = getelementptr inbounds nuw { <2 x float>, float }, ptr %12, i32 0, i32 0
  %83 = load <2 x float>, ptr %82, align 4
  %84 = getelementptr inbounds nuw { <2 x float>, float }, ptr %12, i32 0, i32 1
  %85 = load float, ptr %84, align 4
  %86 = call { <2 x float>, float } @fff_scale(<2 x float> %83, float %85, float noundef 5.000000e-01)
  store { <2 x float>, float } %86, ptr %13, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %10, ptr align 8 %13, i64 12, i1 false)
  %87 = getelementptr inbounds nuw %struct.FFF, ptr %10, i32 0, i32 0
  %88 = load float, ptr %87, align 4
  %89 = fpext float %88 to double
  %90 = getelementptr inbounds nuw %struct.FFF, ptr %10, i32 0, i32 1
  %91 = load float, ptr %90, align 4
  %92 = fpext float %91 to double
  %93 = getelementptr inbounds nuw %struct.FFF, ptr %10, i32 0, i32 2
  %94 = load float, ptr %93, align 4
  %95 = fpext float %94 to double
  %96 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, double noundef %89, double noundef %92, double noundef %95)
  %97 = call i64 @fi_make(i32 noundef 7)
  store i64 %97, ptr %14, align 4
  %98 = getelementptr inbounds nuw %struct.FI, ptr %14, i32 0, i32 0
  %99 = load float, ptr %98, align 4
  %100 = fpext float %99 to double
  %101 = getelementptr inbounds nuw %struct.FI, ptr %14, i32 0, i32 1
  %102 = load i32, ptr %101, align 4
  %103 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, double noundef %100, i32 noundef %102)
  %104 = getelementptr inbounds nuw %struct.DI, ptr %16, i32 0, i32 0
  store double 5.000000e-01, ptr %104, align 8
  %105 = getelementptr inbounds nuw %struct.DI, ptr %16, i32 0, i32 1
  store i64 10, ptr %105, align 8
  %106 = getelementptr inbounds nuw { double, i64 }, ptr %16, i32 0, i32 0
  %107 = load double, ptr %106, align 8
  %108 = getelementptr inbounds nuw { double, i64 }, ptr %16, i32 0, i32 1
  %109 = load i64, ptr %108, align 8
  %110 = getelementptr inbounds nuw { double, double }, ptr %6, i32 0, i32 0
  %111 = load double, ptr %110, align 8
  %112 = getelementptr inbounds nuw { double, double }, ptr %6, i32 0, i32 1
  %113 = load double, ptr %112, align 8
  %114 = call { double, i64 } @di_mix(double %107, i64 %109, i32 noundef 3, double %111, double %113)
  %115 = getelementptr inbounds nuw { double, i64 }, ptr %15, i32 0, i32 0
  %116 = extractvalue { double, i64 } %114, 0
  store double %116, ptr %115, align 8
  %117 = getelementptr inbounds nuw { double, i64 }, ptr %15, i32 0, i32 1
  %118 = extractvalue { double, i64 } %114, 1
  store i64 %118, ptr %117, align 8
  %119 = getelementptr inbounds nuw %struct.DI, ptr %15, i32 0, i32 0
  %120 = load double, ptr %119, align 8
  %121 = getelementptr inbounds nuw %struct.DI, ptr %15, i32 0, i32 1
  %122 = load i64, ptr %121, align 8
  %123 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, double noundef %120, i64 noundef %122)
  call void @llvm.memset.p0.i64(ptr align 16 %17, i8 0, i64 48, i1 false)
  %124 = getelementptr inbounds [3 x %struct.DD], ptr %17, i32 0, i32 0
  %125 = getelementptr inbounds %struct.DD, ptr %124, i32 0, i32 0
  store double 1.000000e+00, ptr %125, align 16
  %126 = getelementptr inbounds %struct.DD, ptr %124, i32 0, i32 1
  store double 2.000000e+00, ptr %126, align 8
  %127 = getelementptr inbounds [3 x %struct.DD], ptr %17, i32 0, i32 1
  %128 = getelementptr inbounds %struct.DD, ptr %127, i32 0, i32 0
  store double 3.000000e+00, ptr %128, align 16
  %129 = getelementptr inbounds %struct.DD, ptr %127, i32 0, i32 1
  store double 4.000000e+00, ptr %129, align 8
  %130 = getelementptr inbounds [3 x %struct.DD], ptr %17, i32 0, i32 2
  %131 = getelementptr inbounds %struct.DD, ptr %130, i32 0, i32 0
  store double 5.000000e+00, ptr %131, align 16
  %132 = getelementptr inbounds %struct.DD, ptr %130, i32 0, i32 1
  store double 6.000000e+00, ptr %132, align 8
  call void @llvm.memset.p0.i64(ptr align 8 %18, i8 0, i64 16, i1 false)
  store i32 0, ptr %19, align 4
  br label %133

133:                                              ; preds = %153, %37
  %134 = load i32, ptr %19, align 4
  %135 = icmp slt i32 %134, 3
  br i1 %135, label %136, label %156

136:                                              ; preds = %133
  %137 = load i32, ptr %19, align 4
  %138 = sext i32 %137 to i64
  %139 = getelementptr inbounds [3 x %struct.DD], ptr %17, i64 0, i64 %138
  %140 = getelementptr inbounds nuw { double, double }, ptr %18, i32 0, i32 0
  %141 = load double, ptr %140, align 8
  %142 = getelementptr inbounds nuw { double, double }, ptr %18, i32 0, i32 1
  %143 = load double, ptr %142, align 8
  %144 = getelementptr inbounds nuw { double, double }, ptr %139, i32 0, i32 0
  %145 = load double, ptr %144, align 16
  %146 = getelementptr inbounds nuw { double, double }, ptr %139, i32 0, i32 1
  %147 = load double, ptr %146, align 8
  %148 = call { double, double } @dd_add(double %141, double %143, double %145, double %147)
  %149 = getelementptr inbounds nuw { double, double }, ptr %20, i32 0, i32 0
  %150 = extractvalue { double, double } %148, 0
  store double %150, ptr %149, align 8
  %151 = getelementptr inbounds nuw { double, double }, ptr %20, i32 0, i32 1
  %152 = extractvalue { double, double } %148, 1
  store double %152, ptr %151, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %18, ptr align 8 %20, i64 16, i1 false)
  br label %153

153:                                              ; preds = %136
  %154 = load i32, ptr %19, align 4
  %155 = add nsw i32 %154, 1
  store i32 %155, ptr %19, align 4
  br label %133, !llvm.loop !8

156:                                              ; preds = %133
  %157 = getelementptr inbounds nuw %struct.DD, ptr %18, i32 0, i32 0
  %158 = load double, ptr %157, align 8
  %159 = getelementptr inbounds nuw %struct.DD, ptr %18, i32 0, i32 1
  %160 = load double, ptr %159, align 8
  %161 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, double noundef %158, double noundef %160, i32 noundef 16, i32 noundef 12, i32 noundef 8, i32 noundef 16)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #4

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #5

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="64" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nofree nounwind willreturn memory(argmem: write) }

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
