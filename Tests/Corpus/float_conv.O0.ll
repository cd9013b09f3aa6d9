; ModuleID = 'float_conv.c'
source_filename = "float_conv.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@__const.main.ds = private unnamed_addr constant [8 x double] [double 0.000000e+00, double 5.000000e-01, double -5.000000e-01, double 1.990000e+00, double -1.990000e+00, double 0x40FE240C9FBE76C9, double 0xC1E0000000000000, double 0x41DFFFFFFFC00000], align 16
@.str = private unnamed_addr constant [21 x i8] c"d2i(%g)=%d d2l=%lld\0A\00", align 1
@.str.1 = private unnamed_addr constant [15 x i8] c"d2u: %u %u %u\0A\00", align 1
@.str.2 = private unnamed_addr constant [22 x i8] c"d2ul: %llu %llu %llu\0A\00", align 1
@.str.3 = private unnamed_addr constant [24 x i8] c"f2s: %d %d f2uc: %d %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [15 x i8] c"i2d: %g %g %g\0A\00", align 1
@.str.5 = private unnamed_addr constant [16 x i8] c"u2d: %.1f %.1f\0A\00", align 1
@.str.6 = private unnamed_addr constant [16 x i8] c"l2d: %.1f %.1f\0A\00", align 1
@.str.7 = private unnamed_addr constant [22 x i8] c"ul2d: %.1f %.1f %.1f\0A\00", align 1
@.str.8 = private unnamed_addr constant [32 x i8] c"l2f: %.1f %.1f ul2f: %.1f %.1f\0A\00", align 1
@.str.9 = private unnamed_addr constant [23 x i8] c"f<->d: %.10f %.10f %d\0A\00", align 1
@.str.10 = private unnamed_addr constant [15 x i8] c"d2f: %g %g %a\0A\00", align 1
@.str.11 = private unnamed_addr constant [22 x i8] c"small2d: %g %g %g %g\0A\00", align 1
@.str.12 = private unnamed_addr constant [11 x i8] c"sum: %lld\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [8 x double], align 16
  %3 = alloca i32, align 4
  %4 = alloca float, align 4
  %5 = alloca double, align 8
  %6 = alloca float, align 4
  %7 = alloca double, align 8
  %8 = alloca i8, align 1
  %9 = alloca i8, align 1
  %10 = alloca i16, align 2
  %11 = alloca i16, align 2
  %12 = alloca i64, align 8
  %13 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.ds, i64 64, i1 false)
  store i32 0, ptr %3, align 4
  br label %14

14:                                               ; preds = %33, %0
  %15 = load i32, ptr %3, align 4
  %16 = icmp slt i32 %15, 8
  br i1 %16, label %17, label %36

17:                                               ; preds = %14
  %18 = load i32, ptr %3, align 4
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds [8 x double], ptr %2, i64 0, i64 %19
  %21 = load double, ptr %20, align 8
  %22 = load i32, ptr %3, align 4
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds [8 x double], ptr %2, i64 0, i64 %23
  %25 = load double, ptr %24, align 8
  %26 = call i32 @d2i(double noundef %25)
  %27 = load i32, ptr %3, align 4
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds [8 x double], ptr %2, i64 0, i64 %28
  %30 = load double, ptr %29, align 8
  %31 = call i64 @d2l(double noundef %30)
  %32 = call i32 (ptr, ...) @printf(ptr noundef @.str, double noundef %21, i32 noundef %26, i64 noundef %31)
  br label %33

33:                                               ; preds = %17
  %34 = load i32, ptr %3, align 4
  %35 = add nsw i32 %34, 1
  store i32 %35, ptr %3, align 4
  br label %14, !llvm.loop !6

36:                                               ; preds = %14
  %37 = call i32 @d2u(double noundef 0x41EFFFFFFFE00000)
  %38 = call i32 @d2u(double noundef 0x41E65A0BC0100000)
  %39 = call i32 @d2u(double noundef 9.000000e-01)
  %40 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %37, i32 noundef %38, i32 noundef %39)
  %41 = call i64 @d2ul(double noundef 0x43EFFFFFFFFFFFFF)
  %42 = call i64 @d2ul(double noundef 0x43E0000000000000)
  %43 = call i64 @d2ul(double noundef 0x40C81CD6C8B43958)
  %44 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %41, i64 noundef %42, i64 noundef %43)
  %45 = call signext i16 @f2s(float noundef -3.276800e+04)
  %46 = sext i16 %45 to i32
  %47 = call signext i16 @f2s(float noundef 0x40C81CF340000000)
  %48 = sext i16 %47 to i32
  %49 = call zeroext i8 @f2uc(float noundef 2.555000e+02)
  %50 = zext i8 %49 to i32
  %51 = call zeroext i8 @f2uc(float noundef 0x400D9999A0000000)
  %52 = zext i8 %51 to i32
  %53 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %46, i32 noundef %48, i32 noundef %50, i32 noundef %52)
  %54 = call double @i2d(i32 noundef -2147483648)
  %55 = call double @i2d(i32 noundef 42)
  %56 = call double @i2d(i32 noundef -1)
  %57 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, double noundef %54, double noundef %55, double noundef %56)
  %58 = call double @u2d(i32 noundef -1)
  %59 = call double @u2d(i32 noundef -2147483648)
  %60 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, double noundef %58, double noundef %59)
  %61 = call double @l2d(i64 noundef 9007199254740993)
  %62 = call double @l2d(i64 noundef -9223372036854775808)
  %63 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, double noundef %61, double noundef %62)
  %64 = call double @ul2d(i64 noundef -1)
  %65 = call double @ul2d(i64 noundef -9223372036854775807)
  %66 = call double @ul2d(i64 noundef 1)
  %67 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, double noundef %64, double noundef %65, double noundef %66)
  %68 = call float @l2f(i64 noundef 16777217)
  %69 = fpext float %68 to double
  %70 = call float @l2f(i64 noundef -123456789)
  %71 = fpext float %70 to double
  %72 = call float @ul2f(i64 noundef -1)
  %73 = fpext float %72 to double
  %74 = call float @ul2f(i64 noundef 9223372036854775807)
  %75 = fpext float %74 to double
  %76 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, double noundef %69, double noundef %71, double noundef %73, double noundef %75)
  store float 0x400921FB60000000, ptr %4, align 4
  %77 = load float, ptr %4, align 4
  %78 = fpext float %77 to double
  store double %78, ptr %5, align 8
  store float 0x400921FB60000000, ptr %6, align 4
  %79 = load double, ptr %5, align 8
  %80 = load float, ptr %6, align 4
  %81 = fpext float %80 to double
  %82 = load float, ptr %4, align 4
  %83 = load float, ptr %6, align 4
  %84 = fcmp oeq float %82, %83
  %85 = zext i1 %84 to i32
  %86 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, double noundef %79, double noundef %81, i32 noundef %85)
  store double 1.000000e-50, ptr %7, align 8
  %87 = load double, ptr %7, align 8
  %88 = fptrunc double %87 to float
  %89 = fpext float %88 to double
  %90 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, double noundef %89, double noundef 0x7FF0000000000000, double noundef 0x3FB99999A0000000)
  store i8 -56, ptr %8, align 1
  store i8 -100, ptr %9, align 1
  store i16 -5536, ptr %10, align 2
  store i16 -30000, ptr %11, align 2
  %91 = load i8, ptr %8, align 1
  %92 = uitofp i8 %91 to double
  %93 = load i8, ptr %9, align 1
  %94 = sitofp i8 %93 to double
  %95 = load i16, ptr %10, align 2
  %96 = uitofp i16 %95 to float
  %97 = fpext float %96 to double
  %98 = load i16, ptr %11, align 2
  %99 = sitofp i16 %98 to float
  %100 = fpext float %99 to double
  %101 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, double noundef %92, double noundef %94, double noundef %97, double noundef %100)
  store i64 0, ptr %12, align 8
  store i32 0, ptr %13, align 4
  br label %102

102:                                              ; preds = %118, %36
  %103 = load i32, ptr %13, align 4
  %104 = icmp slt i32 %103, 50
  br i1 %104, label %105, label %121

105:                                              ; preds = %102
  %106 = load i32, ptr %13, align 4
  %107 = sitofp i32 %106 to double
  %108 = fmul double %107, 1.700000e+00
  %109 = fptosi double %108 to i64
  %110 = load i32, ptr %13, align 4
  %111 = sitofp i32 %110 to float
  %112 = fmul float %111, 0xBFECCCCCC0000000
  %113 = fptosi float %112 to i32
  %114 = sext i32 %113 to i64
  %115 = add nsw i64 %109, %114
  %116 = load i64, ptr %12, align 8
  %117 = add nsw i64 %116, %115
  store i64 %117, ptr %12, align 8
  br label %118

118:                                              ; preds = %105
  %119 = load i32, ptr %13, align 4
  %120 = add nsw i32 %119, 1
  store i32 %120, ptr %13, align 4
  br label %102, !llvm.loop !8

121:                                              ; preds = %102
  %122 = load i64, ptr %12, align 8
  %123 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i64 noundef %122)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #1

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @d2i(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = fptosi double %3 to i32
  ret i32 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @d2l(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = fptosi double %3 to i64
  ret i64 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @d2u(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = fptoui double %3 to i32
  ret i32 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @d2ul(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = fptoui double %3 to i64
  ret i64 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal signext i16 @f2s(float noundef %0) #0 {
  %2 = alloca float, align 4
  store float %0, ptr %2, align 4
  %3 = load float, ptr %2, align 4
  %4 = fptosi float %3 to i16
  ret i16 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal zeroext i8 @f2uc(float noundef %0) #0 {
  %2 = alloca float, align 4
  store float %0, ptr %2, align 4
  %3 = load float, ptr %2, align 4
  %4 = fptoui float %3 to i8
  ret i8 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @i2d(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = sitofp i32 %3 to double
  ret double %4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @u2d(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = uitofp i32 %3 to double
  ret double %4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @l2d(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8
  %4 = sitofp i64 %3 to double
  ret double %4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @ul2d(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8
  %4 = uitofp i64 %3 to double
  ret double %4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal float @l2f(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8
  %4 = sitofp i64 %3 to float
  ret float %4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal float @ul2f(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8
  %4 = uitofp i64 %3 to float
  ret float %4
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
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
