; ModuleID = 'qsort_cmp.c'
source_filename = "qsort_cmp.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Item = type { ptr, i32 }

@.str = private unnamed_addr constant [4 x i8] c"%d \00", align 1
@.str.1 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.2 = private unnamed_addr constant [4 x i8] c"%g \00", align 1
@.str.3 = private unnamed_addr constant [5 x i8] c"pear\00", align 1
@.str.4 = private unnamed_addr constant [6 x i8] c"apple\00", align 1
@.str.5 = private unnamed_addr constant [4 x i8] c"fig\00", align 1
@.str.6 = private unnamed_addr constant [7 x i8] c"banana\00", align 1
@.str.7 = private unnamed_addr constant [7 x i8] c"cherry\00", align 1
@.str.8 = private unnamed_addr constant [8 x i8] c"apricot\00", align 1
@.str.9 = private unnamed_addr constant [5 x i8] c"date\00", align 1
@__const.main.words = private unnamed_addr constant [7 x ptr] [ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6, ptr @.str.7, ptr @.str.8, ptr @.str.9], align 16
@.str.10 = private unnamed_addr constant [4 x i8] c"%s \00", align 1
@.str.11 = private unnamed_addr constant [7 x i8] c"hammer\00", align 1
@.str.12 = private unnamed_addr constant [5 x i8] c"nail\00", align 1
@.str.13 = private unnamed_addr constant [4 x i8] c"saw\00", align 1
@.str.14 = private unnamed_addr constant [5 x i8] c"glue\00", align 1
@.str.15 = private unnamed_addr constant [6 x i8] c"drill\00", align 1
@.str.16 = private unnamed_addr constant [4 x i8] c"axe\00", align 1
@__const.main.items = private unnamed_addr constant [6 x { ptr, i32, [4 x i8] }] [{ ptr, i32, [4 x i8] } { ptr @.str.11, i32 5, [4 x i8] zeroinitializer }, { ptr, i32, [4 x i8] } { ptr @.str.12, i32 1, [4 x i8] zeroinitializer }, { ptr, i32, [4 x i8] } { ptr @.str.13, i32 5, [4 x i8] zeroinitializer }, { ptr, i32, [4 x i8] } { ptr @.str.14, i32 2, [4 x i8] zeroinitializer }, { ptr, i32, [4 x i8] } { ptr @.str.15, i32 9, [4 x i8] zeroinitializer }, { ptr, i32, [4 x i8] } { ptr @.str.16, i32 5, [4 x i8] zeroinitializer }], align 16
@.str.17 = private unnamed_addr constant [7 x i8] c"%s:%d \00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [16 x i32], align 16
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca [7 x double], align 16
  %8 = alloca i32, align 4
  %9 = alloca [7 x ptr], align 16
  %10 = alloca i32, align 4
  %11 = alloca [6 x %struct.Item], align 16
  %12 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i32 7, ptr %3, align 4
  store i32 0, ptr %4, align 4
  br label %13

13:                                               ; preds = %26, %0
  %14 = load i32, ptr %4, align 4
  %15 = icmp slt i32 %14, 16
  br i1 %15, label %16, label %29

16:                                               ; preds = %13
  %17 = load i32, ptr %3, align 4
  %18 = mul i32 %17, 1664525
  %19 = add i32 %18, 1013904223
  store i32 %19, ptr %3, align 4
  %20 = load i32, ptr %3, align 4
  %21 = lshr i32 %20, 20
  %22 = sub nsw i32 %21, 2048
  %23 = load i32, ptr %4, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds [16 x i32], ptr %2, i64 0, i64 %24
  store i32 %22, ptr %25, align 4
  br label %26

26:                                               ; preds = %16
  %27 = load i32, ptr %4, align 4
  %28 = add nsw i32 %27, 1
  store i32 %28, ptr %4, align 4
  br label %13, !llvm.loop !6

29:                                               ; preds = %13
  %30 = getelementptr inbounds [16 x i32], ptr %2, i64 0, i64 0
  call void @qsort(ptr noundef %30, i64 noundef 16, i64 noundef 4, ptr noundef @cmp_int)
  store i32 0, ptr %5, align 4
  br label %31

31:                                               ; preds = %40, %29
  %32 = load i32, ptr %5, align 4
  %33 = icmp slt i32 %32, 16
  br i1 %33, label %34, label %43

34:                                               ; preds = %31
  %35 = load i32, ptr %5, align 4
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds [16 x i32], ptr %2, i64 0, i64 %36
  %38 = load i32, ptr %37, align 4
  %39 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %38)
  br label %40

40:                                               ; preds = %34
  %41 = load i32, ptr %5, align 4
  %42 = add nsw i32 %41, 1
  store i32 %42, ptr %5, align 4
  br label %31, !llvm.loop !8

43:                                               ; preds = %31
  %44 = call i32 (ptr, ...) @printf(ptr noundef @.str.1)
  %45 = getelementptr inbounds [16 x i32], ptr %2, i64 0, i64 0
  call void @qsort(ptr noundef %45, i64 noundef 16, i64 noundef 4, ptr noundef @cmp_int_desc)
  store i32 0, ptr %6, align 4
  br label %46

46:                                               ; preds = %55, %43
  %47 = load i32, ptr %6, align 4
  %48 = icmp slt i32 %47, 16
  br i1 %48, label %49, label %58

49:                                               ; preds = %46
  %50 = load i32, ptr %6, align 4
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds [16 x i32], ptr %2, i64 0, i64 %51
  %53 = load i32, ptr %52, align 4
  %54 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %53)
  br label %55

55:                                               ; preds = %49
  %56 = load i32, ptr %6, align 4
  %57 = add nsw i32 %56, 1
  store i32 %57, ptr %6, align 4
  br label %46, !llvm.loop !9

58:                                               ; preds = %46
  %59 = call i32 (ptr, ...) @printf(ptr noundef @.str.1)
  call void @llvm.memset.p0.i64(ptr align 16 %7, i8 0, i64 56, i1 false)
  %60 = getelementptr inbounds [7 x double], ptr %7, i32 0, i32 0
  store double 3.500000e+00, ptr %60, align 16
  %61 = getelementptr inbounds [7 x double], ptr %7, i32 0, i32 1
  store double -1.250000e+00, ptr %61, align 8
  %62 = getelementptr inbounds [7 x double], ptr %7, i32 0, i32 2
  store double 1.000000e+10, ptr %62, align 16
  %63 = getelementptr inbounds [7 x double], ptr %7, i32 0, i32 4
  store double -7.000000e+00, ptr %63, align 16
  %64 = getelementptr inbounds [7 x double], ptr %7, i32 0, i32 5
  store double 2.750000e+00, ptr %64, align 8
  %65 = getelementptr inbounds [7 x double], ptr %7, i32 0, i32 6
  store double 1.000000e-03, ptr %65, align 16
  %66 = getelementptr inbounds [7 x double], ptr %7, i64 0, i64 0
  call void @qsort(ptr noundef %66, i64 noundef 7, i64 noundef 8, ptr noundef @cmp_double)
  store i32 0, ptr %8, align 4
  br label %67

67:                                               ; preds = %77, %58
  %68 = load i32, ptr %8, align 4
  %69 = zext i32 %68 to i64
  %70 = icmp ult i64 %69, 7
  br i1 %70, label %71, label %80

71:                                               ; preds = %67
  %72 = load i32, ptr %8, align 4
  %73 = zext i32 %72 to i64
  %74 = getelementptr inbounds nuw [7 x double], ptr %7, i64 0, i64 %73
  %75 = load double, ptr %74, align 8
  %76 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, double noundef %75)
  br label %77

77:                                               ; preds = %71
  %78 = load i32, ptr %8, align 4
  %79 = add i32 %78, 1
  store i32 %79, ptr %8, align 4
  br label %67, !llvm.loop !10

80:                                               ; preds = %67
  %81 = call i32 (ptr, ...) @printf(ptr noundef @.str.1)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %9, ptr align 16 @__const.main.words, i64 56, i1 false)
  %82 = getelementptr inbounds [7 x ptr], ptr %9, i64 0, i64 0
  call void @qsort(ptr noundef %82, i64 noundef 7, i64 noundef 8, ptr noundef @cmp_str)
  store i32 0, ptr %10, align 4
  br label %83

83:                                               ; preds = %92, %80
  %84 = load i32, ptr %10, align 4
  %85 = icmp slt i32 %84, 7
  br i1 %85, label %86, label %95

86:                                               ; preds = %83
  %87 = load i32, ptr %10, align 4
  %88 = sext i32 %87 to i64
  %89 = getelementptr inbounds [7 x ptr], ptr %9, i64 0, i64 %88
  %90 = load ptr, ptr %89, align 8
  %91 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, ptr noundef %90)
  br label %92

92:                                               ; preds = %86
  %93 = load i32, ptr %10, align 4
  %94 = add nsw i32 %93, 1
  store i32 %94, ptr %10, align 4
  br label %83, !llvm.loop !11

95:                                               ; preds = %83
  %96 = call i32 (ptr, ...) @printf(ptr noundef @.str.1)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %11, ptr align 16 @__const.main.items, i64 96, i1 false)
  %97 = getelementptr inbounds [6 x %struct.Item], ptr %11, i64 0, i64 0
  call void @qsort(ptr noundef %97, i64 noundef 6, i64 noundef 16, ptr noundef @cmp_item)
  store i32 0, ptr %12, align 4
  br label %98

98:                                               ; preds = %113, %95
  %99 = load i32, ptr %12, align 4
  %100 = icmp slt i32 %99, 6
  br i1 %100, label %101, label %116

101:                                              ; preds = %98
  %102 = load i32, ptr %12, align 4
  %103 = sext i32 %102 to i64
  %104 = getelementptr inbounds [6 x %struct.Item], ptr %11, i64 0, i64 %103
  %105 = getelementptr inbounds nuw %struct.Item, ptr %104, i32 0, i32 0
  %106 = load ptr, ptr %105, align 16
  %107 = load i32, ptr %12, align 4
  %108 = sext i32 %107 to i64
  %109 = getelementptr inbounds [6 x %struct.Item], ptr %11, i64 0, i64 %108
  %110 = getelementptr inbounds nuw %struct.Item, ptr %109, i32 0, i32 1
  %111 = load i32, ptr %110, align 8
  %112 = call i32 (ptr, ...) @printf(ptr noundef @.str.17, ptr noundef %106, i32 noundef %111)
  br label %113

113:                                              ; preds = %101
  %114 = load i32, ptr %12, align 4
  %115 = add nsw i32 %114, 1
  store i32 %115, ptr %12, align 4
  br label %98, !llvm.loop !12

116:                                              ; preds = %98
  %117 = call i32 (ptr, ...) @printf(ptr noundef @.str.1)
  ret i32 0
}

declare void @qsort(ptr noundef, i64 noundef, i64 noundef, ptr noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @cmp_int(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %7 = load ptr, ptr %3, align 8
  %8 = load i32, ptr %7, align 4
  store i32 %8, ptr %5, align 4
  %9 = load ptr, ptr %4, align 8
  %10 = load i32, ptr %9, align 4
  store i32 %10, ptr %6, align 4
  %11 = load i32, ptr %5, align 4
  %12 = load i32, ptr %6, align 4
  %13 = icmp sgt i32 %11, %12
  %14 = zext i1 %13 to i32
  %15 = load i32, ptr %5, align 4
  %16 = load i32, ptr %6, align 4
  %17 = icmp slt i32 %15, %16
  %18 = zext i1 %17 to i32
  %19 = sub nsw i32 %14, %18
  ret i32 %19
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @cmp_int_desc(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %4, align 8
  %6 = load ptr, ptr %3, align 8
  %7 = call i32 @cmp_int(ptr noundef %5, ptr noundef %6)
  ret i32 %7
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @cmp_double(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %7 = load ptr, ptr %3, align 8
  %8 = load double, ptr %7, align 8
  store double %8, ptr %5, align 8
  %9 = load ptr, ptr %4, align 8
  %10 = load double, ptr %9, align 8
  store double %10, ptr %6, align 8
  %11 = load double, ptr %5, align 8
  %12 = load double, ptr %6, align 8
  %13 = fcmp olt double %11, %12
  br i1 %13, label %14, label %15

14:                                               ; preds = %2
  br label %21

15:                                               ; preds = %2
  %16 = load double, ptr %5, align 8
  %17 = load double, ptr %6, align 8
  %18 = fcmp ogt double %16, %17
  %19 = zext i1 %18 to i64
  %20 = select i1 %18, i32 1, i32 0
  br label %21

21:                                               ; preds = %15, %14
  %22 = phi i32 [ -1, %14 ], [ %20, %15 ]
  ret i32 %22
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @cmp_str(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %5, align 8
  %7 = load ptr, ptr %4, align 8
  %8 = load ptr, ptr %7, align 8
  %9 = call i32 @strcmp(ptr noundef %6, ptr noundef %8) #5
  ret i32 %9
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @cmp_item(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  %8 = load ptr, ptr %4, align 8
  store ptr %8, ptr %6, align 8
  %9 = load ptr, ptr %5, align 8
  store ptr %9, ptr %7, align 8
  %10 = load ptr, ptr %6, align 8
  %11 = getelementptr inbounds nuw %struct.Item, ptr %10, i32 0, i32 1
  %12 = load i32, ptr %11, align 8
  %13 = load ptr, ptr %7, align 8
  %14 = getelementptr inbounds nuw %struct.Item, ptr %13, i32 0, i32 1
  %15 = load i32, ptr %14, align 8
  %16 = icmp ne i32 %12, %15
  br i1 %16, label %17, label %25

17:                                               ; preds = %2
  %18 = load ptr, ptr %6, align 8
  %19 = getelementptr inbounds nuw %struct.Item, ptr %18, i32 0, i32 1
  %20 = load i32, ptr %19, align 8
  %21 = load ptr, ptr %7, align 8
  %22 = getelementptr inbounds nuw %struct.Item, ptr %21, i32 0, i32 1
  %23 = load i32, ptr %22, align 8
  %24 = sub nsw i32 %20, %23
  store i32 %24, ptr %3, align 4
  br label %33

25:                                               ; preds = %2
  %26 = load ptr, ptr %6, align 8
  %27 = getelementptr inbounds nuw %struct.Item, ptr %26, i32 0, i32 0
  %28 = load ptr, ptr %27, align 8
  %29 = load ptr, ptr %7, align 8
  %30 = getelementptr inbounds nuw %struct.Item, ptr %29, i32 0, i32 0
  %31 = load ptr, ptr %30, align 8
  %32 = call i32 @strcmp(ptr noundef %28, ptr noundef %31) #5
  store i32 %32, ptr %3, align 4
  br label %33

33:                                               ; preds = %25, %17
  %34 = load i32, ptr %3, align 4
  ret i32 %34
}

; Function Attrs: nounwind willreturn memory(read)
declare i32 @strcmp(ptr noundef, ptr noundef) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind willreturn memory(read) }

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
