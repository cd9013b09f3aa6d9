; ModuleID = 'goto_dowhile.c'
source_filename = "goto_dowhile.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [19 x i8] c"pair: %d -> %d %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [19 x i8] c"cleanup: %d %d %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [19 x i8] c"backward goto: %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [21 x i8] c"digits: %d %d %d %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [22 x i8] c"do-continue: %d k=%d\0A\00", align 1
@.str.5 = private unnamed_addr constant [34 x i8] c"state machine: state=%d steps=%d\0A\00", align 1

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
  store i32 0, ptr %2, align 4
  store i32 0, ptr %3, align 4
  %9 = call i32 @find_pair(i32 noundef 40, ptr noundef %2, ptr noundef %3)
  %10 = load i32, ptr %2, align 4
  %11 = load i32, ptr %3, align 4
  %12 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %9, i32 noundef %10, i32 noundef %11)
  %13 = call i32 @with_cleanup(i32 noundef 0)
  %14 = call i32 @with_cleanup(i32 noundef 1)
  %15 = call i32 @with_cleanup(i32 noundef 2)
  %16 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %13, i32 noundef %14, i32 noundef %15)
  store i32 0, ptr %4, align 4
  br label %17

17:                                               ; preds = %22, %0
  %18 = load i32, ptr %4, align 4
  %19 = add nsw i32 %18, 1
  store i32 %19, ptr %4, align 4
  %20 = load i32, ptr %4, align 4
  %21 = icmp slt i32 %20, 5
  br i1 %21, label %22, label %23

22:                                               ; preds = %17
  br label %17

23:                                               ; preds = %17
  %24 = load i32, ptr %4, align 4
  %25 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %24)
  %26 = call i32 @digits(i32 noundef 0)
  %27 = call i32 @digits(i32 noundef 9)
  %28 = call i32 @digits(i32 noundef 10)
  %29 = call i32 @digits(i32 noundef -1)
  %30 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %26, i32 noundef %27, i32 noundef %28, i32 noundef %29)
  store i32 0, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %31

31:                                               ; preds = %43, %23
  %32 = load i32, ptr %5, align 4
  %33 = load i32, ptr %6, align 4
  %34 = add nsw i32 %33, %32
  store i32 %34, ptr %6, align 4
  %35 = load i32, ptr %5, align 4
  %36 = icmp eq i32 %35, 6
  br i1 %36, label %37, label %40

37:                                               ; preds = %31
  %38 = load i32, ptr %5, align 4
  %39 = add nsw i32 %38, 2
  store i32 %39, ptr %5, align 4
  br label %43

40:                                               ; preds = %31
  %41 = load i32, ptr %5, align 4
  %42 = add nsw i32 %41, 1
  store i32 %42, ptr %5, align 4
  br label %43

43:                                               ; preds = %40, %37
  %44 = load i32, ptr %5, align 4
  %45 = icmp slt i32 %44, 10
  br i1 %45, label %31, label %46, !llvm.loop !6

46:                                               ; preds = %43
  %47 = load i32, ptr %6, align 4
  %48 = load i32, ptr %5, align 4
  %49 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %47, i32 noundef %48)
  store i32 0, ptr %7, align 4
  store i32 0, ptr %8, align 4
  br label %50

50:                                               ; preds = %58, %46
  %51 = load i32, ptr %8, align 4
  %52 = add nsw i32 %51, 1
  store i32 %52, ptr %8, align 4
  %53 = load i32, ptr %7, align 4
  %54 = add nsw i32 %53, 1
  store i32 %54, ptr %7, align 4
  %55 = icmp slt i32 %53, 3
  br i1 %55, label %56, label %57

56:                                               ; preds = %50
  br label %58

57:                                               ; preds = %50
  br label %61

58:                                               ; preds = %56
  %59 = load i32, ptr %8, align 4
  %60 = add nsw i32 %59, 10
  store i32 %60, ptr %8, align 4
  br label %50

61:                                               ; preds = %57
  %62 = load i32, ptr %7, align 4
  %63 = load i32, ptr %8, align 4
  %64 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %62, i32 noundef %63)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @find_pair(i32 noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store i32 %0, ptr %5, align 4
  store ptr %1, ptr %6, align 8
  store ptr %2, ptr %7, align 8
  store i32 0, ptr %8, align 4
  br label %10

10:                                               ; preds = %38, %3
  %11 = load i32, ptr %8, align 4
  %12 = icmp slt i32 %11, 20
  br i1 %12, label %13, label %41

13:                                               ; preds = %10
  store i32 0, ptr %9, align 4
  br label %14

14:                                               ; preds = %34, %13
  %15 = load i32, ptr %9, align 4
  %16 = icmp slt i32 %15, 20
  br i1 %16, label %17, label %37

17:                                               ; preds = %14
  %18 = load i32, ptr %8, align 4
  %19 = load i32, ptr %9, align 4
  %20 = mul nsw i32 %18, %19
  %21 = load i32, ptr %5, align 4
  %22 = icmp eq i32 %20, %21
  br i1 %22, label %23, label %33

23:                                               ; preds = %17
  %24 = load i32, ptr %8, align 4
  %25 = load i32, ptr %9, align 4
  %26 = add nsw i32 %24, %25
  %27 = icmp eq i32 %26, 13
  br i1 %27, label %28, label %33

28:                                               ; preds = %23
  %29 = load i32, ptr %8, align 4
  %30 = load ptr, ptr %6, align 8
  store i32 %29, ptr %30, align 4
  %31 = load i32, ptr %9, align 4
  %32 = load ptr, ptr %7, align 8
  store i32 %31, ptr %32, align 4
  br label %42

33:                                               ; preds = %23, %17
  br label %34

34:                                               ; preds = %33
  %35 = load i32, ptr %9, align 4
  %36 = add nsw i32 %35, 1
  store i32 %36, ptr %9, align 4
  br label %14, !llvm.loop !8

37:                                               ; preds = %14
  br label %38

38:                                               ; preds = %37
  %39 = load i32, ptr %8, align 4
  %40 = add nsw i32 %39, 1
  store i32 %40, ptr %8, align 4
  br label %10, !llvm.loop !9

41:                                               ; preds = %10
  store i32 0, ptr %4, align 4
  br label %43

42:                                               ; preds = %28
  store i32 1, ptr %4, align 4
  br label %43

43:                                               ; preds = %42, %41
  %44 = load i32, ptr %4, align 4
  ret i32 %44
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @with_cleanup(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  store i32 -1, ptr %3, align 4
  %8 = call noalias ptr @malloc(i64 noundef 64) #4
  store ptr %8, ptr %4, align 8
  %9 = load ptr, ptr %4, align 8
  %10 = icmp ne ptr %9, null
  br i1 %10, label %12, label %11

11:                                               ; preds = %1
  br label %70

12:                                               ; preds = %1
  %13 = load i32, ptr %2, align 4
  %14 = icmp eq i32 %13, 1
  br i1 %14, label %15, label %16

15:                                               ; preds = %12
  br label %68

16:                                               ; preds = %12
  %17 = call noalias ptr @malloc(i64 noundef 64) #4
  store ptr %17, ptr %5, align 8
  %18 = load ptr, ptr %5, align 8
  %19 = icmp ne ptr %18, null
  br i1 %19, label %21, label %20

20:                                               ; preds = %16
  br label %68

21:                                               ; preds = %16
  %22 = load i32, ptr %2, align 4
  %23 = icmp eq i32 %22, 2
  br i1 %23, label %24, label %25

24:                                               ; preds = %21
  br label %66

25:                                               ; preds = %21
  store i32 0, ptr %6, align 4
  br label %26

26:                                               ; preds = %41, %25
  %27 = load i32, ptr %6, align 4
  %28 = icmp slt i32 %27, 16
  br i1 %28, label %29, label %44

29:                                               ; preds = %26
  %30 = load i32, ptr %6, align 4
  %31 = load ptr, ptr %4, align 8
  %32 = load i32, ptr %6, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds i32, ptr %31, i64 %33
  store i32 %30, ptr %34, align 4
  %35 = load i32, ptr %6, align 4
  %36 = sub nsw i32 16, %35
  %37 = load ptr, ptr %5, align 8
  %38 = load i32, ptr %6, align 4
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds i32, ptr %37, i64 %39
  store i32 %36, ptr %40, align 4
  br label %41

41:                                               ; preds = %29
  %42 = load i32, ptr %6, align 4
  %43 = add nsw i32 %42, 1
  store i32 %43, ptr %6, align 4
  br label %26, !llvm.loop !10

44:                                               ; preds = %26
  store i32 0, ptr %3, align 4
  store i32 0, ptr %7, align 4
  br label %45

45:                                               ; preds = %62, %44
  %46 = load i32, ptr %7, align 4
  %47 = icmp slt i32 %46, 16
  br i1 %47, label %48, label %65

48:                                               ; preds = %45
  %49 = load ptr, ptr %4, align 8
  %50 = load i32, ptr %7, align 4
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds i32, ptr %49, i64 %51
  %53 = load i32, ptr %52, align 4
  %54 = load ptr, ptr %5, align 8
  %55 = load i32, ptr %7, align 4
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds i32, ptr %54, i64 %56
  %58 = load i32, ptr %57, align 4
  %59 = mul nsw i32 %53, %58
  %60 = load i32, ptr %3, align 4
  %61 = add nsw i32 %60, %59
  store i32 %61, ptr %3, align 4
  br label %62

62:                                               ; preds = %48
  %63 = load i32, ptr %7, align 4
  %64 = add nsw i32 %63, 1
  store i32 %64, ptr %7, align 4
  br label %45, !llvm.loop !11

65:                                               ; preds = %45
  br label %66

66:                                               ; preds = %65, %24
  %67 = load ptr, ptr %5, align 8
  call void @free(ptr noundef %67) #5
  br label %68

68:                                               ; preds = %66, %20, %15
  %69 = load ptr, ptr %4, align 8
  call void @free(ptr noundef %69) #5
  br label %70

70:                                               ; preds = %68, %11
  %71 = load i32, ptr %3, align 4
  ret i32 %71
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @digits(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  store i32 0, ptr %3, align 4
  br label %4

4:                                                ; preds = %9, %1
  %5 = load i32, ptr %3, align 4
  %6 = add nsw i32 %5, 1
  store i32 %6, ptr %3, align 4
  %7 = load i32, ptr %2, align 4
  %8 = udiv i32 %7, 10
  store i32 %8, ptr %2, align 4
  br label %9

9:                                                ; preds = %4
  %10 = load i32, ptr %2, align 4
  %11 = icmp ne i32 %10, 0
  br i1 %11, label %4, label %12, !llvm.loop !12

12:                                               ; preds = %9
  %13 = load i32, ptr %3, align 4
  ret i32 %13
}

; Function Attrs: nounwind allocsize(0)
declare noalias ptr @malloc(i64 noundef) #2

; Function Attrs: nounwind
declare void @free(ptr noundef) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind allocsize(0) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind allocsize(0) }
attributes #5 = { nounwind }

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
