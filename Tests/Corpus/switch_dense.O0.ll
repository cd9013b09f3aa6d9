; ModuleID = 'switch_dense.c'
source_filename = "switch_dense.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [7 x i8] c"%d:%s \00", align 1
@.str.1 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.2 = private unnamed_addr constant [14 x i8] c"weird(%d)=%d\0A\00", align 1
@.str.3 = private unnamed_addr constant [10 x i8] c"op%d: %g\0A\00", align 1
@.str.4 = private unnamed_addr constant [19 x i8] c"hist: %d %d %d %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [4 x i8] c"Sun\00", align 1
@.str.6 = private unnamed_addr constant [4 x i8] c"Mon\00", align 1
@.str.7 = private unnamed_addr constant [4 x i8] c"Tue\00", align 1
@.str.8 = private unnamed_addr constant [4 x i8] c"Wed\00", align 1
@.str.9 = private unnamed_addr constant [4 x i8] c"Thu\00", align 1
@.str.10 = private unnamed_addr constant [4 x i8] c"Fri\00", align 1
@.str.11 = private unnamed_addr constant [4 x i8] c"Sat\00", align 1
@.str.12 = private unnamed_addr constant [4 x i8] c"???\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i8, align 1
  %5 = alloca [4 x i32], align 16
  %6 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i32 -1, ptr %2, align 4
  br label %7

7:                                                ; preds = %15, %0
  %8 = load i32, ptr %2, align 4
  %9 = icmp sle i32 %8, 7
  br i1 %9, label %10, label %18

10:                                               ; preds = %7
  %11 = load i32, ptr %2, align 4
  %12 = load i32, ptr %2, align 4
  %13 = call ptr @day_name(i32 noundef %12)
  %14 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %11, ptr noundef %13)
  br label %15

15:                                               ; preds = %10
  %16 = load i32, ptr %2, align 4
  %17 = add nsw i32 %16, 1
  store i32 %17, ptr %2, align 4
  br label %7, !llvm.loop !6

18:                                               ; preds = %7
  %19 = call i32 (ptr, ...) @printf(ptr noundef @.str.1)
  store i32 8, ptr %3, align 4
  br label %20

20:                                               ; preds = %28, %18
  %21 = load i32, ptr %3, align 4
  %22 = icmp sle i32 %21, 19
  br i1 %22, label %23, label %31

23:                                               ; preds = %20
  %24 = load i32, ptr %3, align 4
  %25 = load i32, ptr %3, align 4
  %26 = call i32 @weird(i32 noundef %25)
  %27 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %24, i32 noundef %26)
  br label %28

28:                                               ; preds = %23
  %29 = load i32, ptr %3, align 4
  %30 = add nsw i32 %29, 1
  store i32 %30, ptr %3, align 4
  br label %20, !llvm.loop !8

31:                                               ; preds = %20
  store i8 0, ptr %4, align 1
  br label %32

32:                                               ; preds = %42, %31
  %33 = load i8, ptr %4, align 1
  %34 = zext i8 %33 to i32
  %35 = icmp slt i32 %34, 7
  br i1 %35, label %36, label %45

36:                                               ; preds = %32
  %37 = load i8, ptr %4, align 1
  %38 = zext i8 %37 to i32
  %39 = load i8, ptr %4, align 1
  %40 = call double @dswitch(i8 noundef zeroext %39, double noundef 7.500000e+00, double noundef 2.500000e+00)
  %41 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %38, double noundef %40)
  br label %42

42:                                               ; preds = %36
  %43 = load i8, ptr %4, align 1
  %44 = add i8 %43, 1
  store i8 %44, ptr %4, align 1
  br label %32, !llvm.loop !9

45:                                               ; preds = %32
  call void @llvm.memset.p0.i64(ptr align 16 %5, i8 0, i64 16, i1 false)
  store i32 0, ptr %6, align 4
  br label %46

46:                                               ; preds = %70, %45
  %47 = load i32, ptr %6, align 4
  %48 = icmp slt i32 %47, 100
  br i1 %48, label %49, label %73

49:                                               ; preds = %46
  %50 = load i32, ptr %6, align 4
  %51 = srem i32 %50, 4
  switch i32 %51, label %69 [
    i32 0, label %52
    i32 1, label %56
    i32 2, label %60
    i32 3, label %64
  ]

52:                                               ; preds = %49
  %53 = getelementptr inbounds [4 x i32], ptr %5, i64 0, i64 0
  %54 = load i32, ptr %53, align 16
  %55 = add nsw i32 %54, 1
  store i32 %55, ptr %53, align 16
  br label %69

56:                                               ; preds = %49
  %57 = getelementptr inbounds [4 x i32], ptr %5, i64 0, i64 1
  %58 = load i32, ptr %57, align 4
  %59 = add nsw i32 %58, 2
  store i32 %59, ptr %57, align 4
  br label %69

60:                                               ; preds = %49
  %61 = getelementptr inbounds [4 x i32], ptr %5, i64 0, i64 2
  %62 = load i32, ptr %61, align 8
  %63 = add nsw i32 %62, 3
  store i32 %63, ptr %61, align 8
  br label %69

64:                                               ; preds = %49
  %65 = load i32, ptr %6, align 4
  %66 = getelementptr inbounds [4 x i32], ptr %5, i64 0, i64 3
  %67 = load i32, ptr %66, align 4
  %68 = add nsw i32 %67, %65
  store i32 %68, ptr %66, align 4
  br label %69

69:                                               ; preds = %49, %64, %60, %56, %52
  br label %70

70:                                               ; preds = %69
  %71 = load i32, ptr %6, align 4
  %72 = add nsw i32 %71, 1
  store i32 %72, ptr %6, align 4
  br label %46, !llvm.loop !10

73:                                               ; preds = %46
  %74 = getelementptr inbounds [4 x i32], ptr %5, i64 0, i64 0
  %75 = load i32, ptr %74, align 16
  %76 = getelementptr inbounds [4 x i32], ptr %5, i64 0, i64 1
  %77 = load i32, ptr %76, align 4
  %78 = getelementptr inbounds [4 x i32], ptr %5, i64 0, i64 2
  %79 = load i32, ptr %78, align 8
  %80 = getelementptr inbounds [4 x i32], ptr %5, i64 0, i64 3
  %81 = load i32, ptr %80, align 4
  %82 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %75, i32 noundef %77, i32 noundef %79, i32 noundef %81)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @day_name(i32 noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  %4 = load i32, ptr %3, align 4
  switch i32 %4, label %12 [
    i32 0, label %5
    i32 1, label %6
    i32 2, label %7
    i32 3, label %8
    i32 4, label %9
    i32 5, label %10
    i32 6, label %11
  ]

5:                                                ; preds = %1
  store ptr @.str.5, ptr %2, align 8
  br label %13

6:                                                ; preds = %1
  store ptr @.str.6, ptr %2, align 8
  br label %13

7:                                                ; preds = %1
  store ptr @.str.7, ptr %2, align 8
  br label %13

8:                                                ; preds = %1
  store ptr @.str.8, ptr %2, align 8
  br label %13

9:                                                ; preds = %1
  store ptr @.str.9, ptr %2, align 8
  br label %13

10:                                               ; preds = %1
  store ptr @.str.10, ptr %2, align 8
  br label %13

11:                                               ; preds = %1
  store ptr @.str.11, ptr %2, align 8
  br label %13

12:                                               ; preds = %1
  store ptr @.str.12, ptr %2, align 8
  br label %13

13:                                               ; preds = %12, %11, %10, %9, %8, %7, %6, %5
  %14 = load ptr, ptr %2, align 8
  ret ptr %14
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @weird(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  store i32 0, ptr %3, align 4
  %4 = load i32, ptr %2, align 4
  switch i32 %4, label %29 [
    i32 10, label %5
    i32 11, label %8
    i32 12, label %11
    i32 13, label %14
    i32 14, label %17
    i32 15, label %20
    i32 16, label %23
    i32 17, label %26
  ]

5:                                                ; preds = %1
  %6 = load i32, ptr %2, align 4
  %7 = mul nsw i32 %6, 3
  store i32 %7, ptr %3, align 4
  br label %30

8:                                                ; preds = %1
  %9 = load i32, ptr %2, align 4
  %10 = sub nsw i32 %9, 100
  store i32 %10, ptr %3, align 4
  br label %30

11:                                               ; preds = %1
  %12 = load i32, ptr %2, align 4
  %13 = shl i32 %12, 4
  store i32 %13, ptr %3, align 4
  br label %30

14:                                               ; preds = %1
  %15 = load i32, ptr %2, align 4
  %16 = xor i32 %15, -1
  store i32 %16, ptr %3, align 4
  br label %30

17:                                               ; preds = %1
  %18 = load i32, ptr %2, align 4
  %19 = sdiv i32 %18, 3
  store i32 %19, ptr %3, align 4
  br label %30

20:                                               ; preds = %1
  %21 = load i32, ptr %2, align 4
  %22 = srem i32 %21, 4
  store i32 %22, ptr %3, align 4
  br label %30

23:                                               ; preds = %1
  %24 = load i32, ptr %2, align 4
  %25 = sub nsw i32 0, %24
  store i32 %25, ptr %3, align 4
  br label %30

26:                                               ; preds = %1
  %27 = load i32, ptr %2, align 4
  %28 = xor i32 %27, 85
  store i32 %28, ptr %3, align 4
  br label %30

29:                                               ; preds = %1
  store i32 1000, ptr %3, align 4
  br label %30

30:                                               ; preds = %29, %26, %23, %20, %17, %14, %11, %8, %5
  %31 = load i32, ptr %3, align 4
  ret i32 %31
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @dswitch(i8 noundef zeroext %0, double noundef %1, double noundef %2) #0 {
  %4 = alloca double, align 8
  %5 = alloca i8, align 1
  %6 = alloca double, align 8
  %7 = alloca double, align 8
  store i8 %0, ptr %5, align 1
  store double %1, ptr %6, align 8
  store double %2, ptr %7, align 8
  %8 = load i8, ptr %5, align 1
  %9 = zext i8 %8 to i32
  switch i32 %9, label %39 [
    i32 0, label %10
    i32 1, label %14
    i32 2, label %18
    i32 3, label %22
    i32 4, label %26
    i32 5, label %36
  ]

10:                                               ; preds = %3
  %11 = load double, ptr %6, align 8
  %12 = load double, ptr %7, align 8
  %13 = fadd double %11, %12
  store double %13, ptr %4, align 8
  br label %40

14:                                               ; preds = %3
  %15 = load double, ptr %6, align 8
  %16 = load double, ptr %7, align 8
  %17 = fsub double %15, %16
  store double %17, ptr %4, align 8
  br label %40

18:                                               ; preds = %3
  %19 = load double, ptr %6, align 8
  %20 = load double, ptr %7, align 8
  %21 = fmul double %19, %20
  store double %21, ptr %4, align 8
  br label %40

22:                                               ; preds = %3
  %23 = load double, ptr %6, align 8
  %24 = load double, ptr %7, align 8
  %25 = fdiv double %23, %24
  store double %25, ptr %4, align 8
  br label %40

26:                                               ; preds = %3
  %27 = load double, ptr %6, align 8
  %28 = load double, ptr %7, align 8
  %29 = fcmp ogt double %27, %28
  br i1 %29, label %30, label %32

30:                                               ; preds = %26
  %31 = load double, ptr %6, align 8
  br label %34

32:                                               ; preds = %26
  %33 = load double, ptr %7, align 8
  br label %34

34:                                               ; preds = %32, %30
  %35 = phi double [ %31, %30 ], [ %33, %32 ]
  store double %35, ptr %4, align 8
  br label %40

36:                                               ; preds = %3
  %37 = load double, ptr %6, align 8
  %38 = fneg double %37
  store double %38, ptr %4, align 8
  br label %40

39:                                               ; preds = %3
  store double 0.000000e+00, ptr %4, align 8
  br label %40

40:                                               ; preds = %39, %36, %34, %22, %18, %14, %10
  %41 = load double, ptr %4, align 8
  ret double %41
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
!9 = distinct !{!9, !7}
!10 = distinct !{!10, !7}
