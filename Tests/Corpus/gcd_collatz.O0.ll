; ModuleID = 'gcd_collatz.c'
source_filename = "gcd_collatz.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [18 x i8] c"gcd: %u %u %u %u\0A\00", align 1
@.str.1 = private unnamed_addr constant [17 x i8] c"bgcd: %llu %llu\0A\00", align 1
@.str.2 = private unnamed_addr constant [14 x i8] c"lcm(21,6)=%u\0A\00", align 1
@.str.3 = private unnamed_addr constant [49 x i8] c"collatz: longest below 3000 is %d with %d steps\0A\00", align 1
@.str.4 = private unnamed_addr constant [16 x i8] c"collatz(27)=%d\0A\00", align 1
@.str.5 = private unnamed_addr constant [24 x i8] c"powmod: %llu %llu %llu\0A\00", align 1
@.str.6 = private unnamed_addr constant [20 x i8] c"isqrt: %u %u %u %u\0A\00", align 1
@.str.7 = private unnamed_addr constant [19 x i8] c"coprime pairs: %d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %9 = call i32 @gcd(i32 noundef 48, i32 noundef 18)
  %10 = call i32 @gcd(i32 noundef 17, i32 noundef 5)
  %11 = call i32 @gcd(i32 noundef 0, i32 noundef 9)
  %12 = call i32 @gcd(i32 noundef 1071, i32 noundef 462)
  %13 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %9, i32 noundef %10, i32 noundef %11, i32 noundef %12)
  %14 = call i64 @bgcd(i64 noundef 51539607552, i64 noundef 188743680)
  %15 = call i64 @bgcd(i64 noundef 1234567890123, i64 noundef 9876543210)
  %16 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %14, i64 noundef %15)
  %17 = call i32 @gcd(i32 noundef 21, i32 noundef 6)
  %18 = udiv i32 21, %17
  %19 = mul i32 %18, 6
  %20 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %19)
  store i32 0, ptr %2, align 4
  store i32 0, ptr %3, align 4
  store i32 1, ptr %4, align 4
  br label %21

21:                                               ; preds = %35, %0
  %22 = load i32, ptr %4, align 4
  %23 = icmp slt i32 %22, 3000
  br i1 %23, label %24, label %38

24:                                               ; preds = %21
  %25 = load i32, ptr %4, align 4
  %26 = sext i32 %25 to i64
  %27 = call i32 @collatz_len(i64 noundef %26)
  store i32 %27, ptr %5, align 4
  %28 = load i32, ptr %5, align 4
  %29 = load i32, ptr %2, align 4
  %30 = icmp sgt i32 %28, %29
  br i1 %30, label %31, label %34

31:                                               ; preds = %24
  %32 = load i32, ptr %5, align 4
  store i32 %32, ptr %2, align 4
  %33 = load i32, ptr %4, align 4
  store i32 %33, ptr %3, align 4
  br label %34

34:                                               ; preds = %31, %24
  br label %35

35:                                               ; preds = %34
  %36 = load i32, ptr %4, align 4
  %37 = add nsw i32 %36, 1
  store i32 %37, ptr %4, align 4
  br label %21, !llvm.loop !6

38:                                               ; preds = %21
  %39 = load i32, ptr %3, align 4
  %40 = load i32, ptr %2, align 4
  %41 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %39, i32 noundef %40)
  %42 = call i32 @collatz_len(i64 noundef 27)
  %43 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %42)
  %44 = call i64 @powmod(i64 noundef 2, i64 noundef 10, i64 noundef 1000)
  %45 = call i64 @powmod(i64 noundef 3, i64 noundef 200, i64 noundef 1000000007)
  %46 = call i64 @powmod(i64 noundef 7, i64 noundef 0, i64 noundef 13)
  %47 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i64 noundef %44, i64 noundef %45, i64 noundef %46)
  %48 = call i32 @isqrt(i64 noundef 0)
  %49 = call i32 @isqrt(i64 noundef 99)
  %50 = call i32 @isqrt(i64 noundef 100)
  %51 = call i32 @isqrt(i64 noundef 10000000000)
  %52 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %48, i32 noundef %49, i32 noundef %50, i32 noundef %51)
  store i32 0, ptr %6, align 4
  store i32 1, ptr %7, align 4
  br label %53

53:                                               ; preds = %72, %38
  %54 = load i32, ptr %7, align 4
  %55 = icmp ule i32 %54, 30
  br i1 %55, label %56, label %75

56:                                               ; preds = %53
  store i32 1, ptr %8, align 4
  br label %57

57:                                               ; preds = %68, %56
  %58 = load i32, ptr %8, align 4
  %59 = icmp ule i32 %58, 30
  br i1 %59, label %60, label %71

60:                                               ; preds = %57
  %61 = load i32, ptr %7, align 4
  %62 = load i32, ptr %8, align 4
  %63 = call i32 @gcd(i32 noundef %61, i32 noundef %62)
  %64 = icmp eq i32 %63, 1
  %65 = zext i1 %64 to i32
  %66 = load i32, ptr %6, align 4
  %67 = add nsw i32 %66, %65
  store i32 %67, ptr %6, align 4
  br label %68

68:                                               ; preds = %60
  %69 = load i32, ptr %8, align 4
  %70 = add i32 %69, 1
  store i32 %70, ptr %8, align 4
  br label %57, !llvm.loop !8

71:                                               ; preds = %57
  br label %72

72:                                               ; preds = %71
  %73 = load i32, ptr %7, align 4
  %74 = add i32 %73, 1
  store i32 %74, ptr %7, align 4
  br label %53, !llvm.loop !9

75:                                               ; preds = %53
  %76 = load i32, ptr %6, align 4
  %77 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %76)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @gcd(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  br label %6

6:                                                ; preds = %9, %2
  %7 = load i32, ptr %4, align 4
  %8 = icmp ne i32 %7, 0
  br i1 %8, label %9, label %15

9:                                                ; preds = %6
  %10 = load i32, ptr %3, align 4
  %11 = load i32, ptr %4, align 4
  %12 = urem i32 %10, %11
  store i32 %12, ptr %5, align 4
  %13 = load i32, ptr %4, align 4
  store i32 %13, ptr %3, align 4
  %14 = load i32, ptr %5, align 4
  store i32 %14, ptr %4, align 4
  br label %6, !llvm.loop !10

15:                                               ; preds = %6
  %16 = load i32, ptr %3, align 4
  ret i32 %16
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @bgcd(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  store i64 %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  %8 = load i64, ptr %4, align 8
  %9 = icmp ne i64 %8, 0
  br i1 %9, label %12, label %10

10:                                               ; preds = %2
  %11 = load i64, ptr %5, align 8
  store i64 %11, ptr %3, align 8
  br label %55

12:                                               ; preds = %2
  %13 = load i64, ptr %5, align 8
  %14 = icmp ne i64 %13, 0
  br i1 %14, label %17, label %15

15:                                               ; preds = %12
  %16 = load i64, ptr %4, align 8
  store i64 %16, ptr %3, align 8
  br label %55

17:                                               ; preds = %12
  %18 = load i64, ptr %4, align 8
  %19 = load i64, ptr %5, align 8
  %20 = or i64 %18, %19
  %21 = call i64 @llvm.cttz.i64(i64 %20, i1 true)
  %22 = trunc i64 %21 to i32
  store i32 %22, ptr %6, align 4
  %23 = load i64, ptr %4, align 8
  %24 = call i64 @llvm.cttz.i64(i64 %23, i1 true)
  %25 = trunc i64 %24 to i32
  %26 = load i64, ptr %4, align 8
  %27 = zext i32 %25 to i64
  %28 = lshr i64 %26, %27
  store i64 %28, ptr %4, align 8
  br label %29

29:                                               ; preds = %47, %17
  %30 = load i64, ptr %5, align 8
  %31 = call i64 @llvm.cttz.i64(i64 %30, i1 true)
  %32 = trunc i64 %31 to i32
  %33 = load i64, ptr %5, align 8
  %34 = zext i32 %32 to i64
  %35 = lshr i64 %33, %34
  store i64 %35, ptr %5, align 8
  %36 = load i64, ptr %4, align 8
  %37 = load i64, ptr %5, align 8
  %38 = icmp ugt i64 %36, %37
  br i1 %38, label %39, label %43

39:                                               ; preds = %29
  %40 = load i64, ptr %4, align 8
  store i64 %40, ptr %7, align 8
  %41 = load i64, ptr %5, align 8
  store i64 %41, ptr %4, align 8
  %42 = load i64, ptr %7, align 8
  store i64 %42, ptr %5, align 8
  br label %43

43:                                               ; preds = %39, %29
  %44 = load i64, ptr %4, align 8
  %45 = load i64, ptr %5, align 8
  %46 = sub i64 %45, %44
  store i64 %46, ptr %5, align 8
  br label %47

47:                                               ; preds = %43
  %48 = load i64, ptr %5, align 8
  %49 = icmp ne i64 %48, 0
  br i1 %49, label %29, label %50, !llvm.loop !11

50:                                               ; preds = %47
  %51 = load i64, ptr %4, align 8
  %52 = load i32, ptr %6, align 4
  %53 = zext i32 %52 to i64
  %54 = shl i64 %51, %53
  store i64 %54, ptr %3, align 8
  br label %55

55:                                               ; preds = %50, %15, %10
  %56 = load i64, ptr %3, align 8
  ret i64 %56
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @collatz_len(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  store i64 %0, ptr %2, align 8
  store i32 1, ptr %3, align 4
  br label %4

4:                                                ; preds = %18, %1
  %5 = load i64, ptr %2, align 8
  %6 = icmp ne i64 %5, 1
  br i1 %6, label %7, label %22

7:                                                ; preds = %4
  %8 = load i64, ptr %2, align 8
  %9 = and i64 %8, 1
  %10 = icmp ne i64 %9, 0
  br i1 %10, label %11, label %15

11:                                               ; preds = %7
  %12 = load i64, ptr %2, align 8
  %13 = mul i64 3, %12
  %14 = add i64 %13, 1
  br label %18

15:                                               ; preds = %7
  %16 = load i64, ptr %2, align 8
  %17 = udiv i64 %16, 2
  br label %18

18:                                               ; preds = %15, %11
  %19 = phi i64 [ %14, %11 ], [ %17, %15 ]
  store i64 %19, ptr %2, align 8
  %20 = load i32, ptr %3, align 4
  %21 = add nsw i32 %20, 1
  store i32 %21, ptr %3, align 4
  br label %4, !llvm.loop !12

22:                                               ; preds = %4
  %23 = load i32, ptr %3, align 4
  ret i32 %23
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @powmod(i64 noundef %0, i64 noundef %1, i64 noundef %2) #0 {
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  store i64 %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  store i64 %2, ptr %6, align 8
  store i64 1, ptr %7, align 8
  %8 = load i64, ptr %6, align 8
  %9 = load i64, ptr %4, align 8
  %10 = urem i64 %9, %8
  store i64 %10, ptr %4, align 8
  br label %11

11:                                               ; preds = %24, %3
  %12 = load i64, ptr %5, align 8
  %13 = icmp ne i64 %12, 0
  br i1 %13, label %14, label %32

14:                                               ; preds = %11
  %15 = load i64, ptr %5, align 8
  %16 = and i64 %15, 1
  %17 = icmp ne i64 %16, 0
  br i1 %17, label %18, label %24

18:                                               ; preds = %14
  %19 = load i64, ptr %7, align 8
  %20 = load i64, ptr %4, align 8
  %21 = mul i64 %19, %20
  %22 = load i64, ptr %6, align 8
  %23 = urem i64 %21, %22
  store i64 %23, ptr %7, align 8
  br label %24

24:                                               ; preds = %18, %14
  %25 = load i64, ptr %4, align 8
  %26 = load i64, ptr %4, align 8
  %27 = mul i64 %25, %26
  %28 = load i64, ptr %6, align 8
  %29 = urem i64 %27, %28
  store i64 %29, ptr %4, align 8
  %30 = load i64, ptr %5, align 8
  %31 = lshr i64 %30, 1
  store i64 %31, ptr %5, align 8
  br label %11, !llvm.loop !13

32:                                               ; preds = %11
  %33 = load i64, ptr %7, align 8
  ret i64 %33
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @isqrt(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %5 = load i64, ptr %2, align 8
  store i64 %5, ptr %3, align 8
  %6 = load i64, ptr %3, align 8
  %7 = add i64 %6, 1
  %8 = udiv i64 %7, 2
  store i64 %8, ptr %4, align 8
  br label %9

9:                                                ; preds = %13, %1
  %10 = load i64, ptr %4, align 8
  %11 = load i64, ptr %3, align 8
  %12 = icmp ult i64 %10, %11
  br i1 %12, label %13, label %21

13:                                               ; preds = %9
  %14 = load i64, ptr %4, align 8
  store i64 %14, ptr %3, align 8
  %15 = load i64, ptr %3, align 8
  %16 = load i64, ptr %2, align 8
  %17 = load i64, ptr %3, align 8
  %18 = udiv i64 %16, %17
  %19 = add i64 %15, %18
  %20 = udiv i64 %19, 2
  store i64 %20, ptr %4, align 8
  br label %9, !llvm.loop !14

21:                                               ; preds = %9
  %22 = load i64, ptr %3, align 8
  %23 = trunc i64 %22 to i32
  ret i32 %23
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.cttz.i64(i64, i1 immarg) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

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
