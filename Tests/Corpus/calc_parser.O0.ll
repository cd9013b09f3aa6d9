; ModuleID = 'calc_parser.c'
source_filename = "calc_parser.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [10 x i8] c"1 + 2 * 3\00", align 1
@.str.1 = private unnamed_addr constant [12 x i8] c"(1 + 2) * 3\00", align 1
@.str.2 = private unnamed_addr constant [10 x i8] c"2 ^ 3 ^ 2\00", align 1
@.str.3 = private unnamed_addr constant [16 x i8] c"-7 / 2 + -7 % 2\00", align 1
@.str.4 = private unnamed_addr constant [13 x i8] c"100 - 10 - 1\00", align 1
@.str.5 = private unnamed_addr constant [11 x i8] c"((((42))))\00", align 1
@.str.6 = private unnamed_addr constant [22 x i8] c"2 ^ 62 + (2 ^ 62 - 1)\00", align 1
@.str.7 = private unnamed_addr constant [12 x i8] c"5 / (3 - 3)\00", align 1
@.str.8 = private unnamed_addr constant [8 x i8] c"3 + * 4\00", align 1
@.str.9 = private unnamed_addr constant [7 x i8] c"(1 + 2\00", align 1
@.str.10 = private unnamed_addr constant [6 x i8] c"12 34\00", align 1
@pos = internal global ptr null, align 8
@error = internal global i32 0, align 4
@.str.11 = private unnamed_addr constant [19 x i8] c"%-28s => error %d\0A\00", align 1
@.str.12 = private unnamed_addr constant [15 x i8] c"%-28s => %lld\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @eval(ptr noundef @.str)
  call void @eval(ptr noundef @.str.1)
  call void @eval(ptr noundef @.str.2)
  call void @eval(ptr noundef @.str.3)
  call void @eval(ptr noundef @.str.4)
  call void @eval(ptr noundef @.str.5)
  call void @eval(ptr noundef @.str.6)
  call void @eval(ptr noundef @.str.7)
  call void @eval(ptr noundef @.str.8)
  call void @eval(ptr noundef @.str.9)
  call void @eval(ptr noundef @.str.10)
  ret i32 0
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @eval(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  store ptr %0, ptr %2, align 8
  %4 = load ptr, ptr %2, align 8
  store ptr %4, ptr @pos, align 8
  store i32 0, ptr @error, align 4
  %5 = call i64 @expr()
  store i64 %5, ptr %3, align 8
  call void @skip()
  %6 = load ptr, ptr @pos, align 8
  %7 = load i8, ptr %6, align 1
  %8 = icmp ne i8 %7, 0
  br i1 %8, label %9, label %17

9:                                                ; preds = %1
  %10 = load i32, ptr @error, align 4
  %11 = icmp ne i32 %10, 0
  br i1 %11, label %12, label %14

12:                                               ; preds = %9
  %13 = load i32, ptr @error, align 4
  br label %15

14:                                               ; preds = %9
  br label %15

15:                                               ; preds = %14, %12
  %16 = phi i32 [ %13, %12 ], [ 4, %14 ]
  store i32 %16, ptr @error, align 4
  br label %17

17:                                               ; preds = %15, %1
  %18 = load i32, ptr @error, align 4
  %19 = icmp ne i32 %18, 0
  br i1 %19, label %20, label %24

20:                                               ; preds = %17
  %21 = load ptr, ptr %2, align 8
  %22 = load i32, ptr @error, align 4
  %23 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, ptr noundef %21, i32 noundef %22)
  br label %28

24:                                               ; preds = %17
  %25 = load ptr, ptr %2, align 8
  %26 = load i64, ptr %3, align 8
  %27 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, ptr noundef %25, i64 noundef %26)
  br label %28

28:                                               ; preds = %24, %20
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @expr() #0 {
  %1 = alloca i64, align 8
  %2 = call i64 @term()
  store i64 %2, ptr %1, align 8
  br label %3

3:                                                ; preds = %28, %0
  call void @skip()
  %4 = load ptr, ptr @pos, align 8
  %5 = load i8, ptr %4, align 1
  %6 = sext i8 %5 to i32
  %7 = icmp eq i32 %6, 43
  br i1 %7, label %8, label %14

8:                                                ; preds = %3
  %9 = load ptr, ptr @pos, align 8
  %10 = getelementptr inbounds nuw i8, ptr %9, i32 1
  store ptr %10, ptr @pos, align 8
  %11 = call i64 @term()
  %12 = load i64, ptr %1, align 8
  %13 = add nsw i64 %12, %11
  store i64 %13, ptr %1, align 8
  br label %28

14:                                               ; preds = %3
  %15 = load ptr, ptr @pos, align 8
  %16 = load i8, ptr %15, align 1
  %17 = sext i8 %16 to i32
  %18 = icmp eq i32 %17, 45
  br i1 %18, label %19, label %25

19:                                               ; preds = %14
  %20 = load ptr, ptr @pos, align 8
  %21 = getelementptr inbounds nuw i8, ptr %20, i32 1
  store ptr %21, ptr @pos, align 8
  %22 = call i64 @term()
  %23 = load i64, ptr %1, align 8
  %24 = sub nsw i64 %23, %22
  store i64 %24, ptr %1, align 8
  br label %27

25:                                               ; preds = %14
  %26 = load i64, ptr %1, align 8
  ret i64 %26

27:                                               ; preds = %19
  br label %28

28:                                               ; preds = %27, %8
  br label %3
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @skip() #0 {
  br label %1

1:                                                ; preds = %6, %0
  %2 = load ptr, ptr @pos, align 8
  %3 = load i8, ptr %2, align 1
  %4 = sext i8 %3 to i32
  %5 = icmp eq i32 %4, 32
  br i1 %5, label %6, label %9

6:                                                ; preds = %1
  %7 = load ptr, ptr @pos, align 8
  %8 = getelementptr inbounds nuw i8, ptr %7, i32 1
  store ptr %8, ptr @pos, align 8
  br label %1, !llvm.loop !6

9:                                                ; preds = %1
  ret void
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @term() #0 {
  %1 = alloca i64, align 8
  %2 = alloca i64, align 8
  %3 = alloca i8, align 1
  %4 = alloca i64, align 8
  %5 = call i64 @power()
  store i64 %5, ptr %2, align 8
  br label %6

6:                                                ; preds = %52, %0
  call void @skip()
  %7 = load ptr, ptr @pos, align 8
  %8 = load i8, ptr %7, align 1
  store i8 %8, ptr %3, align 1
  %9 = load i8, ptr %3, align 1
  %10 = sext i8 %9 to i32
  %11 = icmp ne i32 %10, 42
  br i1 %11, label %12, label %22

12:                                               ; preds = %6
  %13 = load i8, ptr %3, align 1
  %14 = sext i8 %13 to i32
  %15 = icmp ne i32 %14, 47
  br i1 %15, label %16, label %22

16:                                               ; preds = %12
  %17 = load i8, ptr %3, align 1
  %18 = sext i8 %17 to i32
  %19 = icmp ne i32 %18, 37
  br i1 %19, label %20, label %22

20:                                               ; preds = %16
  %21 = load i64, ptr %2, align 8
  store i64 %21, ptr %1, align 8
  br label %53

22:                                               ; preds = %16, %12, %6
  %23 = load ptr, ptr @pos, align 8
  %24 = getelementptr inbounds nuw i8, ptr %23, i32 1
  store ptr %24, ptr @pos, align 8
  %25 = call i64 @power()
  store i64 %25, ptr %4, align 8
  %26 = load i8, ptr %3, align 1
  %27 = sext i8 %26 to i32
  %28 = icmp eq i32 %27, 47
  br i1 %28, label %33, label %29

29:                                               ; preds = %22
  %30 = load i8, ptr %3, align 1
  %31 = sext i8 %30 to i32
  %32 = icmp eq i32 %31, 37
  br i1 %32, label %33, label %37

33:                                               ; preds = %29, %22
  %34 = load i64, ptr %4, align 8
  %35 = icmp eq i64 %34, 0
  br i1 %35, label %36, label %37

36:                                               ; preds = %33
  store i32 3, ptr @error, align 4
  store i64 0, ptr %1, align 8
  br label %53

37:                                               ; preds = %33, %29
  %38 = load i8, ptr %3, align 1
  %39 = sext i8 %38 to i32
  switch i32 %39, label %48 [
    i32 42, label %40
    i32 47, label %44
  ]

40:                                               ; preds = %37
  %41 = load i64, ptr %4, align 8
  %42 = load i64, ptr %2, align 8
  %43 = mul nsw i64 %42, %41
  store i64 %43, ptr %2, align 8
  br label %52

44:                                               ; preds = %37
  %45 = load i64, ptr %4, align 8
  %46 = load i64, ptr %2, align 8
  %47 = sdiv i64 %46, %45
  store i64 %47, ptr %2, align 8
  br label %52

48:                                               ; preds = %37
  %49 = load i64, ptr %4, align 8
  %50 = load i64, ptr %2, align 8
  %51 = srem i64 %50, %49
  store i64 %51, ptr %2, align 8
  br label %52

52:                                               ; preds = %48, %44, %40
  br label %6

53:                                               ; preds = %36, %20
  %54 = load i64, ptr %1, align 8
  ret i64 %54
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @power() #0 {
  %1 = alloca i64, align 8
  %2 = alloca i64, align 8
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = call i64 @primary()
  store i64 %5, ptr %2, align 8
  call void @skip()
  %6 = load ptr, ptr @pos, align 8
  %7 = load i8, ptr %6, align 1
  %8 = sext i8 %7 to i32
  %9 = icmp eq i32 %8, 94
  br i1 %9, label %10, label %24

10:                                               ; preds = %0
  %11 = load ptr, ptr @pos, align 8
  %12 = getelementptr inbounds nuw i8, ptr %11, i32 1
  store ptr %12, ptr @pos, align 8
  %13 = call i64 @power()
  store i64 %13, ptr %3, align 8
  store i64 1, ptr %4, align 8
  br label %14

14:                                               ; preds = %18, %10
  %15 = load i64, ptr %3, align 8
  %16 = add nsw i64 %15, -1
  store i64 %16, ptr %3, align 8
  %17 = icmp sgt i64 %15, 0
  br i1 %17, label %18, label %22

18:                                               ; preds = %14
  %19 = load i64, ptr %2, align 8
  %20 = load i64, ptr %4, align 8
  %21 = mul nsw i64 %20, %19
  store i64 %21, ptr %4, align 8
  br label %14, !llvm.loop !8

22:                                               ; preds = %14
  %23 = load i64, ptr %4, align 8
  store i64 %23, ptr %1, align 8
  br label %26

24:                                               ; preds = %0
  %25 = load i64, ptr %2, align 8
  store i64 %25, ptr %1, align 8
  br label %26

26:                                               ; preds = %24, %22
  %27 = load i64, ptr %1, align 8
  ret i64 %27
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @primary() #0 {
  %1 = alloca i64, align 8
  %2 = alloca i64, align 8
  %3 = alloca i64, align 8
  call void @skip()
  %4 = load ptr, ptr @pos, align 8
  %5 = load i8, ptr %4, align 1
  %6 = sext i8 %5 to i32
  %7 = icmp eq i32 %6, 40
  br i1 %7, label %8, label %22

8:                                                ; preds = %0
  %9 = load ptr, ptr @pos, align 8
  %10 = getelementptr inbounds nuw i8, ptr %9, i32 1
  store ptr %10, ptr @pos, align 8
  %11 = call i64 @expr()
  store i64 %11, ptr %2, align 8
  call void @skip()
  %12 = load ptr, ptr @pos, align 8
  %13 = load i8, ptr %12, align 1
  %14 = sext i8 %13 to i32
  %15 = icmp eq i32 %14, 41
  br i1 %15, label %16, label %19

16:                                               ; preds = %8
  %17 = load ptr, ptr @pos, align 8
  %18 = getelementptr inbounds nuw i8, ptr %17, i32 1
  store ptr %18, ptr @pos, align 8
  br label %20

19:                                               ; preds = %8
  store i32 1, ptr @error, align 4
  br label %20

20:                                               ; preds = %19, %16
  %21 = load i64, ptr %2, align 8
  store i64 %21, ptr %1, align 8
  br label %68

22:                                               ; preds = %0
  %23 = load ptr, ptr @pos, align 8
  %24 = load i8, ptr %23, align 1
  %25 = sext i8 %24 to i32
  %26 = icmp eq i32 %25, 45
  br i1 %26, label %27, label %32

27:                                               ; preds = %22
  %28 = load ptr, ptr @pos, align 8
  %29 = getelementptr inbounds nuw i8, ptr %28, i32 1
  store ptr %29, ptr @pos, align 8
  %30 = call i64 @primary()
  %31 = sub nsw i64 0, %30
  store i64 %31, ptr %1, align 8
  br label %68

32:                                               ; preds = %22
  %33 = load ptr, ptr @pos, align 8
  %34 = load i8, ptr %33, align 1
  %35 = sext i8 %34 to i32
  %36 = icmp slt i32 %35, 48
  br i1 %36, label %42, label %37

37:                                               ; preds = %32
  %38 = load ptr, ptr @pos, align 8
  %39 = load i8, ptr %38, align 1
  %40 = sext i8 %39 to i32
  %41 = icmp sgt i32 %40, 57
  br i1 %41, label %42, label %43

42:                                               ; preds = %37, %32
  store i32 2, ptr @error, align 4
  store i64 0, ptr %1, align 8
  br label %68

43:                                               ; preds = %37
  store i64 0, ptr %3, align 8
  br label %44

44:                                               ; preds = %56, %43
  %45 = load ptr, ptr @pos, align 8
  %46 = load i8, ptr %45, align 1
  %47 = sext i8 %46 to i32
  %48 = icmp sge i32 %47, 48
  br i1 %48, label %49, label %54

49:                                               ; preds = %44
  %50 = load ptr, ptr @pos, align 8
  %51 = load i8, ptr %50, align 1
  %52 = sext i8 %51 to i32
  %53 = icmp sle i32 %52, 57
  br label %54

54:                                               ; preds = %49, %44
  %55 = phi i1 [ false, %44 ], [ %53, %49 ]
  br i1 %55, label %56, label %66

56:                                               ; preds = %54
  %57 = load i64, ptr %3, align 8
  %58 = mul nsw i64 %57, 10
  %59 = load ptr, ptr @pos, align 8
  %60 = getelementptr inbounds nuw i8, ptr %59, i32 1
  store ptr %60, ptr @pos, align 8
  %61 = load i8, ptr %59, align 1
  %62 = sext i8 %61 to i32
  %63 = sub nsw i32 %62, 48
  %64 = sext i32 %63 to i64
  %65 = add nsw i64 %58, %64
  store i64 %65, ptr %3, align 8
  br label %44, !llvm.loop !9

66:                                               ; preds = %54
  %67 = load i64, ptr %3, align 8
  store i64 %67, ptr %1, align 8
  br label %68

68:                                               ; preds = %66, %42, %27, %20
  %69 = load i64, ptr %1, align 8
  ret i64 %69
}

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
!8 = distinct !{!8, !7}
!9 = distinct !{!9, !7}
