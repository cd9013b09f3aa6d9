; ModuleID = 'printf_many.c'
source_filename = "printf_many.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [5 x i8] c"text\00", align 1
@.str.1 = private unnamed_addr constant [33 x i8] c"%d %u %lld %llu %f %f %c %hd %s\0A\00", align 1
@.str.2 = private unnamed_addr constant [34 x i8] c"%g %g %g %g %g %g %g %g %g %g %g\0A\00", align 1
@.str.3 = private unnamed_addr constant [43 x i8] c"%d %g %d %g %d %g %d %g %d %g %d %g %d %g\0A\00", align 1
@.str.4 = private unnamed_addr constant [48 x i8] c"[%5d] [%-5d] [%05d] [%+d] [%x] [%X] [%o] [%#x]\0A\00", align 1
@.str.5 = private unnamed_addr constant [37 x i8] c"[%10.3f] [%-10.2e] [%.0f] [%e] [%G]\0A\00", align 1
@.str.6 = private unnamed_addr constant [37 x i8] c"[%s] [%10s] [%-10s] [%.2s] [%c%c%c]\0A\00", align 1
@.str.7 = private unnamed_addr constant [41 x i8] c"%lld %lld %lld %lld %lld %lld %lld %lld\0A\00", align 1
@.str.8 = private unnamed_addr constant [10 x i8] c"%a %a %a\0A\00", align 1
@.str.9 = private unnamed_addr constant [21 x i8] c"%%literal%% %5.1f%%\0A\00", align 1
@.str.10 = private unnamed_addr constant [10 x i8] c"count me\0A\00", align 1
@.str.11 = private unnamed_addr constant [18 x i8] c"printed %d chars\0A\00", align 1
@.str.12 = private unnamed_addr constant [27 x i8] c"row %d: %d %.2f %s %c %lu\0A\00", align 1
@.str.13 = private unnamed_addr constant [4 x i8] c"odd\00", align 1
@.str.14 = private unnamed_addr constant [5 x i8] c"even\00", align 1
@.str.15 = private unnamed_addr constant [10 x i8] c"puts line\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca double, align 8
  %7 = alloca float, align 4
  %8 = alloca i8, align 1
  %9 = alloca i16, align 2
  %10 = alloca ptr, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i32 -42, ptr %2, align 4
  store i32 -294967296, ptr %3, align 4
  store i64 -1234567890123, ptr %4, align 8
  store i64 -1, ptr %5, align 8
  store double 0x400921FB54442D18, ptr %6, align 8
  store float 2.500000e+00, ptr %7, align 4
  store i8 90, ptr %8, align 1
  store i16 -1234, ptr %9, align 2
  store ptr @.str, ptr %10, align 8
  %13 = load i32, ptr %2, align 4
  %14 = load i32, ptr %3, align 4
  %15 = load i64, ptr %4, align 8
  %16 = load i64, ptr %5, align 8
  %17 = load double, ptr %6, align 8
  %18 = load float, ptr %7, align 4
  %19 = fpext float %18 to double
  %20 = load i8, ptr %8, align 1
  %21 = sext i8 %20 to i32
  %22 = load i16, ptr %9, align 2
  %23 = sext i16 %22 to i32
  %24 = load ptr, ptr %10, align 8
  %25 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %13, i32 noundef %14, i64 noundef %15, i64 noundef %16, double noundef %17, double noundef %19, i32 noundef %21, i32 noundef %23, ptr noundef %24)
  %26 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, double noundef 1.000000e+00, double noundef 2.500000e+00, double noundef -3.250000e+00, double noundef 4.000000e+10, double noundef 5.000000e-05, double noundef 6.000000e+00, double noundef 7.125000e+00, double noundef 8.000000e+00, double noundef 9.500000e+00, double noundef 1.000000e+01, double noundef 1.175000e+01)
  %27 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef 1, double noundef 1.500000e+00, i32 noundef 2, double noundef 2.500000e+00, i32 noundef 3, double noundef 3.500000e+00, i32 noundef 4, double noundef 4.500000e+00, i32 noundef 5, double noundef 5.500000e+00, i32 noundef 6, double noundef 6.500000e+00, i32 noundef 7, double noundef 7.500000e+00)
  %28 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef 42, i32 noundef 42, i32 noundef 42, i32 noundef 42, i32 noundef 255, i32 noundef 255, i32 noundef 8, i32 noundef 255)
  %29 = load double, ptr %6, align 8
  %30 = load double, ptr %6, align 8
  %31 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, double noundef %29, double noundef %30, double noundef 2.500000e+00, double noundef 0x40FE240C9FBE76C9, double noundef 1.000000e-10)
  %32 = load ptr, ptr %10, align 8
  %33 = load ptr, ptr %10, align 8
  %34 = load ptr, ptr %10, align 8
  %35 = load ptr, ptr %10, align 8
  %36 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, ptr noundef %32, ptr noundef %33, ptr noundef %34, ptr noundef %35, i32 noundef 97, i32 noundef 98, i32 noundef 99)
  %37 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i64 noundef 1, i64 noundef -2, i64 noundef 3298534883328, i64 noundef -4, i64 noundef 5, i64 noundef 6, i64 noundef 7, i64 noundef -8)
  %38 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, double noundef 1.000000e+00, double noundef -7.500000e-01, double noundef 9.999880e-321)
  %39 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, double noundef 9.950000e+01)
  %40 = call i32 (ptr, ...) @printf(ptr noundef @.str.10)
  store i32 %40, ptr %11, align 4
  %41 = load i32, ptr %11, align 4
  %42 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %41)
  store i32 0, ptr %12, align 4
  br label %43

43:                                               ; preds = %65, %0
  %44 = load i32, ptr %12, align 4
  %45 = icmp slt i32 %44, 3
  br i1 %45, label %46, label %68

46:                                               ; preds = %43
  %47 = load i32, ptr %12, align 4
  %48 = load i32, ptr %12, align 4
  %49 = load i32, ptr %12, align 4
  %50 = mul nsw i32 %48, %49
  %51 = load i32, ptr %12, align 4
  %52 = sitofp i32 %51 to double
  %53 = fdiv double %52, 3.000000e+00
  %54 = load i32, ptr %12, align 4
  %55 = srem i32 %54, 2
  %56 = icmp ne i32 %55, 0
  %57 = zext i1 %56 to i64
  %58 = select i1 %56, ptr @.str.13, ptr @.str.14
  %59 = load i32, ptr %12, align 4
  %60 = add nsw i32 120, %59
  %61 = load i32, ptr %12, align 4
  %62 = sext i32 %61 to i64
  %63 = mul i64 %62, 1000000000
  %64 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i32 noundef %47, i32 noundef %50, double noundef %53, ptr noundef %58, i32 noundef %60, i64 noundef %63)
  br label %65

65:                                               ; preds = %46
  %66 = load i32, ptr %12, align 4
  %67 = add nsw i32 %66, 1
  store i32 %67, ptr %12, align 4
  br label %43, !llvm.loop !6

68:                                               ; preds = %43
  %69 = call i32 @puts(ptr noundef @.str.15)
  %70 = call i32 @putchar(i32 noundef 33)
  %71 = call i32 @putchar(i32 noundef 10)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #1

declare i32 @puts(ptr noundef) #1

declare i32 @putchar(i32 noundef) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
